/**
 * Long patient histories for tests and benchmarks, written in one statement
 * each (generate_series) into `fhir_resource` with the columns the store's
 * writers set (patient, clinical time, version), so that triggers and indexes
 * see them as they would see an HL7 feed's years of writes.
 *
 * @module
 */
import type { Queryable } from '../platform/store/db.js';

/** A LOINC vital sign a feed sends, with a plausible value range. */
export interface SeededVital {
  code: string;
  unit: string;
  min: number;
  max: number;
}

/** NEWS2's vital signs, as a ward feed sends them every few minutes. */
export const WARD_VITALS: readonly SeededVital[] = [
  { code: '9279-1', unit: '/min', min: 12, max: 20 },
  { code: '59408-5', unit: '%', min: 96, max: 99 },
  { code: '8867-4', unit: '/min', min: 60, max: 90 },
  { code: '8480-6', unit: 'mm[Hg]', min: 110, max: 130 },
  { code: '8310-5', unit: 'Cel', min: 36.5, max: 37.5 },
];

/**
 * Writes `count` Observations of `patient`, one every `stepMinutes` going back
 * from `end` (exclusive), cycling through `vitals`; ids `${prefix}-1…`
 * (default prefix: the patient's id and `-obs`).
 *
 * @example
 * ```ts
 * await seedObservations(db, 'demo', 'Patient/p1', { count: 50_000, end: new Date(), stepMinutes: 3 });
 * ```
 */
export async function seedObservations(
  q: Queryable,
  tenantId: string,
  patient: string,
  options: { count: number; end: Date; stepMinutes: number; prefix?: string; vitals?: readonly SeededVital[] },
): Promise<void> {
  const vitals = options.vitals ?? WARD_VITALS;
  await q.query(
    `INSERT INTO fhir_resource (tenant_id, resource_type, id, version_id, last_updated, patient_ref, effective_at, resource)
     SELECT $1::text, 'Observation', $3::text || '-' || g, 1, now(), $2::text, at,
       jsonb_build_object('resourceType', 'Observation', 'id', $3::text || '-' || g, 'status', 'final',
         'category', jsonb_build_array(jsonb_build_object('coding', jsonb_build_array(jsonb_build_object(
           'system', 'http://terminology.hl7.org/CodeSystem/observation-category', 'code', 'vital-signs')))),
         'subject', jsonb_build_object('reference', $2::text),
         'effectiveDateTime', to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
         'code', jsonb_build_object('coding', jsonb_build_array(jsonb_build_object('system', 'http://loinc.org', 'code', v.code))),
         'valueQuantity', jsonb_build_object('value', round((v.min + (v.max - v.min) * ((g * 7919) % 100) / 100.0)::numeric, 1),
           'unit', v.unit, 'system', 'http://unitsofmeasure.org', 'code', v.unit))
     FROM generate_series(1, $4::int) AS g
     CROSS JOIN LATERAL (SELECT $5::timestamptz - g * make_interval(mins => $6::int) AS at) t
     JOIN unnest($7::text[], $8::text[], $9::float8[], $10::float8[]) WITH ORDINALITY AS v(code, unit, min, max, n)
       ON v.n = 1 + (g % $11::int)`,
    [
      tenantId,
      patient,
      options.prefix ?? `${patient.slice('Patient/'.length)}-obs`,
      options.count,
      options.end.toISOString(),
      options.stepMinutes,
      vitals.map((v) => v.code),
      vitals.map((v) => v.unit),
      vitals.map((v) => v.min),
      vitals.map((v) => v.max),
      vitals.length,
    ],
  );
}

/**
 * Writes `count` RiskAssessments of `patient` (NEWS2, one a step back from
 * `end`), as years of re-scoring leave them.
 *
 * @example
 * ```ts
 * await seedRiskAssessments(db, 'demo', 'Patient/p1', { count: 5_000, end: new Date(), stepMinutes: 15 });
 * ```
 */
export async function seedRiskAssessments(
  q: Queryable,
  tenantId: string,
  patient: string,
  options: { count: number; end: Date; stepMinutes: number },
): Promise<void> {
  await q.query(
    `INSERT INTO fhir_resource (tenant_id, resource_type, id, version_id, last_updated, patient_ref, effective_at, resource)
     SELECT $1::text, 'RiskAssessment', 'ra-' || md5($2::text || g), 1, now(), $2::text, at,
       jsonb_build_object('resourceType', 'RiskAssessment', 'id', 'ra-' || md5($2::text || g), 'status', 'final',
         'subject', jsonb_build_object('reference', $2::text),
         'occurrenceDateTime', to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
         'method', jsonb_build_object('coding', jsonb_build_array(jsonb_build_object('system', 'https://meridian.dev/fhir/CodeSystem/risk-calculator', 'code', 'news2'))),
         'prediction', jsonb_build_array(jsonb_build_object('qualitativeRisk', jsonb_build_object('text', 'low'))),
         'note', jsonb_build_array(jsonb_build_object('text', repeat('NEWS2 0 (low). ', 40))))
     FROM generate_series(1, $3::int) AS g
     CROSS JOIN LATERAL (SELECT $4::timestamptz - g * make_interval(mins => $5::int) AS at) t`,
    [tenantId, patient, options.count, options.end.toISOString(), options.stepMinutes],
  );
}

/**
 * Gives a stored resource `count` earlier versions (version 1…count, not
 * current), below its current one, which becomes version `count + 1`.
 *
 * @example
 * ```ts
 * await seedEarlierVersions(db, 'demo', 'Patient', 'p1', 300);
 * ```
 */
export async function seedEarlierVersions(
  q: Queryable,
  tenantId: string,
  type: string,
  id: string,
  count: number,
): Promise<void> {
  await q.query(
    `UPDATE fhir_resource SET version_id = version_id + $4
     WHERE tenant_id = $1 AND resource_type = $2 AND id = $3 AND is_current`,
    [tenantId, type, id, count],
  );
  await q.query(
    `INSERT INTO fhir_resource (tenant_id, resource_type, id, version_id, last_updated, is_current, patient_ref, effective_at, resource)
     SELECT tenant_id, resource_type, id, g, last_updated - g * interval '1 hour', false, patient_ref, effective_at,
       resource || jsonb_build_object('meta', jsonb_build_object('versionId', g::text))
     FROM fhir_resource, generate_series(1, $4::int) AS g
     WHERE tenant_id = $1 AND resource_type = $2 AND id = $3 AND is_current`,
    [tenantId, type, id, count],
  );
}
