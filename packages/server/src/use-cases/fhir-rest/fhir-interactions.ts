/**
 * FHIR REST over Meridian's own store, without HTTP: a transaction or batch
 * Bundle, a read, a resource's history and a search, each in one transaction
 * with its AuditEvent (the patients and resources touched).
 *
 * @module
 */
import { fhirSearchParamsSchema } from '@meridian/sdk';
import { parseOrThrow } from '../../platform/errors/zod-outcome.js';
import { processBundle, type ProcessedBundle } from '../../platform/fhir-store/process-bundle.js';
import { patientRefOf, patientReference, type FhirResource } from '../../platform/fhir-store/resource-fields.js';
import { readResource, resourceHistory } from '../../platform/fhir-store/resource-repository.js';
import { searchResources, type ResourcePage } from '../../platform/fhir-store/search-resources.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import type { Services } from '../services.js';

function patientsOf(resource: FhirResource | undefined): string[] {
  const ref = resource ? patientRefOf(resource) : null;
  return ref ? [ref] : [];
}

/**
 * Applies a validated transaction or batch Bundle; audited as a create (an update when nothing was created).
 *
 * @example
 * ```ts
 * const { response } = await applyFhirBundle(services, actor, transactionRequestSchema.parse(bundle));
 * ```
 */
export async function applyFhirBundle(
  services: Services,
  actor: Actor,
  bundle: Parameters<typeof processBundle>[2],
): Promise<ProcessedBundle> {
  return services.audit.record(
    actor,
    (tx) => processBundle(tx, actor.tenantId, bundle),
    (r) => ({
      action: r?.anyCreated === false ? 'U' : 'C',
      interaction: bundle.type,
      patients: r?.patients ?? [],
      resources: r?.resources ?? [],
    }),
  );
}

/**
 * The current version of a resource (404 when unknown, 410 when deleted), audited with its patient.
 *
 * @example
 * ```ts
 * const patient = await readFhirResource(services, actor, 'Patient', 'p1');
 * ```
 */
export async function readFhirResource(
  services: Services,
  actor: Actor,
  type: string,
  id: string,
): Promise<FhirResource> {
  return services.audit.record(
    actor,
    (tx) => readResource(tx, actor.tenantId, type, id),
    (r) => ({ action: 'R', interaction: 'read', patients: patientsOf(r), resources: [`${type}/${id}`] }),
  );
}

/**
 * Every version of a resource, newest first, audited with its patient.
 *
 * @example
 * ```ts
 * const versions = await readFhirHistory(services, actor, 'Patient', 'p1');
 * ```
 */
export async function readFhirHistory(
  services: Services,
  actor: Actor,
  type: string,
  id: string,
): Promise<FhirResource[]> {
  return services.audit.record(
    actor,
    (tx) => resourceHistory(tx, actor.tenantId, type, id),
    (v) => ({
      action: 'R',
      interaction: 'history-instance',
      patients: patientsOf(v?.[0]),
      resources: [`${type}/${id}`],
    }),
  );
}

/**
 * One page of a search of one resource type. Search parameters that do not
 * parse are a 400, audited as a refused search; the search is audited with
 * the patient searched for and every resource found.
 *
 * @example
 * ```ts
 * const page = await searchFhir(services, actor, 'Observation', { patient: 'Patient/p1', code: 'http://loinc.org|8867-4' });
 * ```
 */
export async function searchFhir(
  services: Services,
  actor: Actor,
  type: string,
  query: unknown,
): Promise<ResourcePage> {
  const parsed = fhirSearchParamsSchema.safeParse(query);
  const patient = parsed.success ? (parsed.data.patient ?? parsed.data.subject) : undefined;
  return services.audit.record(
    actor,
    (tx) => searchResources(tx, actor.tenantId, type, parseOrThrow(fhirSearchParamsSchema, query, 'query')),
    (p) => ({
      action: 'R',
      interaction: 'search-type',
      patients: [...(patient ? [patientReference(patient)] : []), ...(p?.resources ?? []).flatMap(patientsOf)],
      resources: (p?.resources ?? []).map((r) => `${r.resourceType}/${r.id}`),
    }),
  );
}
