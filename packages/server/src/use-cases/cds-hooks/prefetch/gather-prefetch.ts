/**
 * The data a service needs for one call: what the CDS Client prefetched
 * (checked against the templates), plus what it did not send, fetched from
 * its FHIR server inside the deadline. Neither sent nor fetchable is a 412.
 *
 * @module
 */
import type { CdsRequestEnvelope } from '@meridian/sdk';
import { OutcomeError } from '../../../platform/errors/outcome-error.js';
import { checkPrefetchValue } from './check-prefetch-value.js';
import { fetchPrefetch } from './fetch-prefetch.js';
import { fhirServerAllowed } from './fhir-server-allow.js';
import { followNextPages } from './follow-pages.js';
import { planPrefetch } from './prefetch-plan.js';

/** The gathered data and where it came from (for the AuditEvent). */
export interface GatheredPrefetch {
  data: Record<string, unknown>;
  /** Keys the client sent (including `null`: it has no data). */
  provided: string[];
  /** Keys Meridian fetched from the client's FHIR server. */
  fetched: string[];
  /** Keys whose template could not be resolved for this context (e.g. no encounterId), left empty. */
  skipped: string[];
  /** Paged searchsets whose further pages could not be read (used as they were). */
  incomplete: string[];
}

/**
 * Gathers every key of `templates` for `request`, fetching missing keys with
 * `request.fhirAuthorization` until `signal` aborts, from a `fhirServer` on
 * the caller's list only (`fhirServers`; `undefined`: any, the embedded
 * demo's unsigned caller).
 *
 * @example
 * ```ts
 * const { data, fetched } = await gatherPrefetch(service.prefetch, request, AbortSignal.timeout(400), ['https://ehr.example.org/fhir']);
 * ```
 */
export async function gatherPrefetch(
  templates: Readonly<Record<string, string>>,
  request: CdsRequestEnvelope,
  signal: AbortSignal,
  fhirServers: readonly string[] | undefined,
): Promise<GatheredPrefetch> {
  const patientId = typeof request.context.patientId === 'string' ? request.context.patientId : undefined;
  const gathered: GatheredPrefetch = { data: {}, provided: [], fetched: [], skipped: [], incomplete: [] };
  const missing: Record<string, string> = {};
  const plans = planPrefetch(templates, request.context);
  for (const plan of plans) {
    const sent = request.prefetch !== undefined && Object.hasOwn(request.prefetch, plan.key);
    const state = sent ? checkPrefetchValue(plan, request.prefetch![plan.key], patientId) : undefined;
    if (state === 'data' || state === 'none') {
      gathered.data[plan.key] = request.prefetch![plan.key];
      gathered.provided.push(plan.key);
    } else if (plan.query === undefined) {
      // A template whose token this context lacks (an optional context field): nothing to read.
      gathered.data[plan.key] = null;
      gathered.skipped.push(plan.key);
    } else {
      missing[plan.key] = plan.query;
    }
  }
  const keys = Object.keys(missing);
  const { fhirServer, fhirAuthorization } = request;
  const completePages = async () => {
    gathered.incomplete = await followNextPages(gathered.data, plans, {
      fhirServer,
      accessToken: fhirAuthorization?.access_token,
      fhirServers,
      signal,
      patientId,
    });
    return gathered;
  };
  if (!keys.length) return completePages();
  if (!fhirServer || !fhirAuthorization) {
    throw new OutcomeError(
      'fhir-data-unavailable',
      `prefetch ${keys.map((k) => `'${k}'`).join(', ')} not sent, and the request carries no fhirServer and fhirAuthorization to fetch it`,
      keys.map((k) => `prefetch.${k}`),
    );
  }
  if (!fhirServerAllowed(fhirServer, fhirServers)) {
    throw new OutcomeError(
      'fhir-data-unavailable',
      `prefetch ${keys.map((k) => `'${k}'`).join(', ')} not sent, and fhirServer is not one this EHR client registered, so Meridian will not fetch from it (an operator adds it with PATCH /admin/tenants/{tenant}/ehr-clients/{id} {"fhirServers": [...]})`,
      ['fhirServer'],
    );
  }
  Object.assign(
    gathered.data,
    await fetchPrefetch({ fhirServer, accessToken: fhirAuthorization.access_token, queries: missing, signal }),
  );
  gathered.fetched.push(...keys);
  return completePages();
}
