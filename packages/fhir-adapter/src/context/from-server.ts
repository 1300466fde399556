/**
 * `PatientContext` fetched from a FHIR R4 server with a bearer token
 * (fhir-kit-client), e.g. when a CDS Hooks request carries no prefetch.
 *
 * @module
 */
import type { Client as FhirKitClient } from 'fhir-kit-client';
import { assemblePatientContext } from './assemble.js';
import { bundleEntries } from './from-bundle.js';
import { IssueLog } from './issues.js';
import { isObject } from './json.js';
import type { PatientContextOptions } from './options.js';
import type { RawEntry } from './resource-set.js';
import { FhirServerError, statusOf } from './server-errors.js';
import type { PatientContext } from './types.js';

/**
 * Where and how to fetch, plus the usual context options.
 *
 * @example
 * ```ts
 * const request: FetchPatientContextOptions = {
 *   baseUrl: hook.fhirServer,
 *   accessToken: hook.fhirAuthorization?.access_token,
 *   patientId: hook.context.patientId,
 *   maxPages: 3,
 * };
 * ```
 */
export interface FetchPatientContextOptions extends PatientContextOptions {
  /** FHIR base URL, e.g. `https://ehr.example.org/fhir`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer ...` on every request. */
  accessToken?: string;
  patientId: string;
  /** Pages followed per search (`next` links), default 5. */
  maxPages?: number;
  /** `_count` per page, default 100. */
  pageSize?: number;
  /** Observation categories searched, default vital-signs, laboratory, social-history. */
  observationCategories?: readonly string[];
  /** Aborts every request. */
  signal?: AbortSignal;
}

interface SearchPlan {
  label: string;
  resourceType: string;
  searchParams: Record<string, string | number>;
}

type FhirClient = FhirKitClient;

/**
 * Reads the Patient and searches Observation (by category, newest first),
 * Condition, MedicationRequest and AllergyIntolerance, following `next` links
 * up to `maxPages`, then builds the context like `buildPatientContext`.
 * Throws `FhirServerError` when the Patient cannot be read; failed searches
 * become `fetch-failed` issues, truncated paging a `page-limit-reached` issue.
 *
 * @example
 * ```ts
 * import { fetchPatientContext } from '@meridian/fhir-adapter';
 * const context = await fetchPatientContext({
 *   baseUrl: 'https://ehr.example.org/fhir',
 *   accessToken: token,
 *   patientId: '123',
 *   staleAfterHours: { heartRate: 4 },
 * });
 * ```
 */
export async function fetchPatientContext(options: FetchPatientContextOptions): Promise<PatientContext> {
  const { baseUrl, accessToken, patientId, maxPages = 5, pageSize = 100, signal } = options;
  const categories = options.observationCategories ?? ['vital-signs', 'laboratory', 'social-history'];
  const { Client } = await import('fhir-kit-client');
  const client = new Client({ baseUrl, ...(accessToken === undefined ? {} : { bearerToken: accessToken }) });
  const requestOptions = signal === undefined ? {} : { options: { signal } };
  const log = new IssueLog();

  let patient: unknown;
  try {
    patient = await client.read({ resourceType: 'Patient', id: patientId, ...requestOptions });
  } catch (error) {
    const status = statusOf(error);
    throw new FhirServerError(`FHIR server did not return the Patient (${status ?? 'network error'}).`, status, {
      cause: error,
    });
  }
  const plans: SearchPlan[] = [
    ...categories.map((category) => ({
      label: `Observation(${category})`,
      resourceType: 'Observation',
      searchParams: { patient: patientId, category, _sort: '-date', _count: pageSize },
    })),
    ...['Condition', 'MedicationRequest', 'AllergyIntolerance'].map((resourceType) => ({
      label: resourceType,
      resourceType,
      searchParams: { patient: patientId, _count: pageSize },
    })),
  ];
  const results = await Promise.all(plans.map((plan) => runSearch(client, plan, maxPages, requestOptions, log)));
  const entries: RawEntry[] = [{ resource: patient, position: 'server.Patient' }, ...results.flat()];
  const {
    baseUrl: _b,
    accessToken: _a,
    maxPages: _m,
    pageSize: _p,
    observationCategories: _c,
    signal: _s,
    ...contextOptions
  } = options;
  return assemblePatientContext(entries, contextOptions, log);
}

async function runSearch(
  client: FhirClient,
  plan: SearchPlan,
  maxPages: number,
  requestOptions: { options?: { signal: AbortSignal } },
  log: IssueLog,
): Promise<RawEntry[]> {
  const entries: RawEntry[] = [];
  try {
    let page: unknown = await client.search({
      resourceType: plan.resourceType,
      searchParams: plan.searchParams,
      ...requestOptions,
    });
    for (let pageIndex = 0; isObject(page); pageIndex += 1) {
      entries.push(...bundleEntries(page, `server.${plan.label}.page[${pageIndex}]`));
      if (!hasNextLink(page)) break;
      if (pageIndex + 1 >= maxPages) {
        log.add(
          'warning',
          'page-limit-reached',
          `server.${plan.label}`,
          `Stopped after ${maxPages} pages; older results were not read.`,
        );
        break;
      }
      page = await client.nextPage({
        bundle: page as Parameters<FhirClient['nextPage']>[0]['bundle'],
        ...requestOptions,
      });
    }
  } catch (error) {
    const status = statusOf(error);
    log.add(
      'error',
      'fetch-failed',
      `server.${plan.label}`,
      `Search failed (${status ?? 'network error'}); its data is missing from the context.`,
    );
  }
  return entries;
}

function hasNextLink(bundle: Record<string, unknown>): boolean {
  return (
    Array.isArray(bundle.link) &&
    bundle.link.some((link) => isObject(link) && link.relation === 'next' && typeof link.url === 'string')
  );
}
