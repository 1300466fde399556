/**
 * Reads of one patient's record bounded by type, code and time, so that their
 * cost does not grow with the record (issue 24): each one is served by an
 * index (`observation_code_latest`, `fhir_resource_by_patient_time`,
 * `fhir_resource_current`; migration 17).
 *
 * @module
 */
import type { Queryable } from '../store/db.js';
import type { FhirResource } from './resource-fields.js';

/** One code to look for, and the start of its window (its concept's staleness window). */
export interface ObservationCodeWindow {
  /** `system|code`, exactly as the Observation codes it. */
  code: string;
  /** Values newer than this are "within the window". */
  since: Date;
}

/**
 * The patient's current Patient resource, or `undefined`: one index look-up,
 * whatever else the record holds.
 *
 * @example
 * ```ts
 * const patient = await readPatient(db, 'demo', 'Patient/p1');
 * ```
 */
export async function readPatient(
  q: Queryable,
  tenantId: string,
  patientRef: string,
): Promise<FhirResource | undefined> {
  const { rows } = await q.query<{ resource: FhirResource }>(
    `SELECT resource FROM fhir_resource
     WHERE tenant_id = $1 AND resource_type = 'Patient' AND id = $2 AND is_current AND NOT deleted`,
    [tenantId, patientRef.slice('Patient/'.length)],
  );
  return rows[0]?.resource;
}

/**
 * The latest current Observations of a patient for each code: up to
 * `perCode` dated within the code's window and not after `until` (skipping
 * entered-in-error and cancelled ones, which no reader uses); only when the
 * window holds none, up to `perCode` of the latest before it (so that a value
 * older than its window is still seen, and reported stale). More than one,
 * because the latest may be unusable (no value, a unit that cannot be
 * converted) or tie with others. Each Observation once, newest first.
 *
 * @example
 * ```ts
 * const heartRates = await latestObservations(db, 'demo', 'Patient/p1',
 *   [{ code: 'http://loinc.org|8867-4', since: new Date(Date.now() - 86_400_000) }], new Date());
 * ```
 */
export async function latestObservations(
  q: Queryable,
  tenantId: string,
  patientRef: string,
  windows: readonly ObservationCodeWindow[],
  until: Date,
  perCode = 3,
): Promise<FhirResource[]> {
  if (windows.length === 0) return [];
  const { rows } = await q.query<{ resource: FhirResource }>(LATEST_OBSERVATIONS_SQL, [
    tenantId,
    patientRef,
    windows.map((w) => w.code),
    windows.map((w) => sqlInstant(w.since)),
    sqlInstant(until),
    perCode,
  ]);
  return rows.map((r) => r.resource);
}

const FIRST_INSTANT = Date.parse('0001-01-01T00:00:00Z');
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z');

/** An instant Postgres reads: years 1 to 9999 (a window reaching before year 1 starts there). */
function sqlInstant(at: Date): string {
  return new Date(Math.min(Math.max(at.getTime(), FIRST_INSTANT), LAST_INSTANT)).toISOString();
}

const USABLE = `f.is_current AND NOT f.deleted
  AND coalesce(f.resource->>'status', '') NOT IN ('entered-in-error', 'cancelled')`;
const CODE_ROWS = `FROM observation_code t
  JOIN fhir_resource f ON f.tenant_id = t.tenant_id AND f.resource_type = 'Observation'
    AND f.id = t.id AND f.version_id = t.version_id
  WHERE t.tenant_id = $1 AND t.patient_ref = $2 AND t.code = w.code`;

/** Exported for the EXPLAIN test. */
export const LATEST_OBSERVATIONS_SQL = `
WITH hits AS (
  SELECT DISTINCT o.id, o.version_id, o.effective_at
  FROM unnest($3::text[], $4::timestamptz[]) AS w(code, since)
  CROSS JOIN LATERAL (
    (SELECT t.id, t.version_id, t.effective_at ${CODE_ROWS}
       AND t.effective_at > w.since AND t.effective_at <= $5 AND ${USABLE}
     ORDER BY t.effective_at DESC LIMIT $6)
    UNION ALL
    (SELECT t.id, t.version_id, t.effective_at ${CODE_ROWS}
       AND t.effective_at <= w.since AND t.effective_at <= $5 AND ${USABLE}
       AND NOT EXISTS (SELECT 1 ${CODE_ROWS} AND t.effective_at > w.since AND t.effective_at <= $5 AND ${USABLE})
     ORDER BY t.effective_at DESC LIMIT $6)
  ) o
)
SELECT f.resource FROM hits h
JOIN fhir_resource f ON f.tenant_id = $1 AND f.resource_type = 'Observation' AND f.id = h.id AND f.version_id = h.version_id
ORDER BY h.effective_at DESC, h.id`;

/** Exported for the EXPLAIN test. */
export const PATIENT_RESOURCES_SQL = `
SELECT r.resource FROM unnest($3::text[]) WITH ORDINALITY AS ty(resource_type, n)
CROSS JOIN LATERAL (
  SELECT resource, effective_at, id FROM fhir_resource
  WHERE tenant_id = $1 AND patient_ref = $2 AND resource_type = ty.resource_type AND is_current AND NOT deleted
    AND NOT coalesce(jsonb_typeof(resource->'status') = 'string' AND ty.resource_type || '|' || (resource->>'status') = ANY($4::text[]), false)
    AND NOT coalesce(ty.resource_type || '|' || fhir_first_code(resource->'clinicalStatus') = ANY($5::text[]), false)
    AND NOT coalesce(ty.resource_type || '|' || fhir_first_code(resource->'verificationStatus') = ANY($6::text[]), false)
  ORDER BY effective_at DESC NULLS LAST
  LIMIT $7
) r
ORDER BY ty.n, r.effective_at DESC NULLS LAST, r.id`;

/**
 * A resource type to read, and the values of its status elements that mean
 * it no longer applies (left out in the query).
 *
 * @example
 * ```ts
 * const conditions: ActiveFilter = { type: 'Condition', clinicalStatus: ['resolved'], verificationStatus: ['refuted'] };
 * ```
 */
export interface ActiveFilter {
  type: string;
  /** `status` values (MedicationRequest `stopped`, …), exactly. */
  status?: readonly string[];
  /** First `clinicalStatus` codes, lower-case (Condition `resolved`, …), as `fhir_first_code` reads them. */
  clinicalStatus?: readonly string[];
  /** First `verificationStatus` codes, lower-case (Condition `refuted`, …). */
  verificationStatus?: readonly string[];
}

/**
 * The patient's current resources of some types, minus those whose status
 * says they no longer apply: per type, the newest `limit` by clinical time
 * (served by `fhir_resource_by_patient_time`), in the order of `filters`.
 *
 * @example
 * ```ts
 * const conditions = await activePatientResources(db, 'demo', 'Patient/p1',
 *   [{ type: 'Condition', clinicalStatus: ['resolved'], verificationStatus: ['refuted'] }]);
 * ```
 */
export async function activePatientResources(
  q: Queryable,
  tenantId: string,
  patientRef: string,
  filters: readonly ActiveFilter[],
  limit = 2_000,
): Promise<FhirResource[]> {
  const keyed = (pick: (f: ActiveFilter) => readonly string[] | undefined) =>
    filters.flatMap((f) => (pick(f) ?? []).map((value) => `${f.type}|${value}`));
  const { rows } = await q.query<{ resource: FhirResource }>(PATIENT_RESOURCES_SQL, [
    tenantId,
    patientRef,
    filters.map((f) => f.type),
    keyed((f) => f.status),
    keyed((f) => f.clinicalStatus),
    keyed((f) => f.verificationStatus),
    limit,
  ]);
  return rows.map((r) => r.resource);
}

/**
 * Current resources of one type by id (`Medication`s that requests name),
 * from the primary key.
 *
 * @example
 * ```ts
 * const medications = await resourcesById(db, 'demo', 'Medication', ['m1', 'm2']);
 * ```
 */
export async function resourcesById(
  q: Queryable,
  tenantId: string,
  type: string,
  ids: readonly string[],
): Promise<FhirResource[]> {
  if (ids.length === 0) return [];
  const { rows } = await q.query<{ resource: FhirResource }>(
    `SELECT resource FROM fhir_resource
     WHERE tenant_id = $1 AND resource_type = $2 AND id = ANY($3::text[]) AND is_current AND NOT deleted`,
    [tenantId, type, ids],
  );
  return rows.map((r) => r.resource);
}
