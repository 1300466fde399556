/**
 * `writeResource` for many resources at once: two statements (retire the
 * current versions, insert the new ones) instead of two per resource, for
 * writers of many resources per transaction (an HL7 message maps to a dozen).
 * Same versioning (version 1 when new, the previous version kept) and the
 * same per-resource advisory locks as `writeResource`, so both kinds of
 * writers can touch one resource concurrently.
 *
 * @module
 */
import { OutcomeError } from '../errors/outcome-error.js';
import type { Queryable } from '../store/db.js';
import { effectiveTimeOf, patientRefOf, type FhirResource } from './resource-fields.js';
import { lockResources } from './resource-locks.js';
import { unstorableReason, type WrittenResource } from './resource-repository.js';

/**
 * Writes every resource (each must carry a type and an id; no two the same)
 * as a new version, inside the caller's transaction.
 *
 * @example
 * ```ts
 * const written = await writeResources(tx, 'demo', [patient, encounter, ...observations]);
 * ```
 */
export async function writeResources(
  tx: Queryable,
  tenantId: string,
  inputs: readonly FhirResource[],
  now = new Date(),
): Promise<WrittenResource[]> {
  if (inputs.length === 0) return [];
  const keys = new Set<string>();
  for (const r of inputs) {
    const refused =
      r.id === undefined ? { expression: `${r.resourceType}.id`, problem: 'an id is required' } : unstorableReason(r);
    if (refused)
      throw new OutcomeError('validation-failed', `${refused.expression}: ${refused.problem}`, [refused.expression]);
    const key = `${r.resourceType}/${r.id}`;
    if (keys.has(key)) throw new OutcomeError('validation-failed', `duplicate: ${key} written twice`, [key]);
    keys.add(key);
  }
  await lockResources(tx, tenantId, [...keys]);
  const types = inputs.map((r) => r.resourceType);
  const ids = inputs.map((r) => r.id!);
  const { rows } = await tx.query<{ resource_type: string; id: string; version_id: number }>(
    `UPDATE fhir_resource f SET is_current = false
     FROM (SELECT c.resource_type, c.id, c.version_id FROM unnest($2::text[], $3::text[]) AS k(resource_type, id)
       CROSS JOIN LATERAL (SELECT resource_type, id, version_id FROM fhir_resource
         WHERE tenant_id = $1 AND resource_type = k.resource_type AND id = k.id AND is_current) c) cur
     WHERE f.tenant_id = $1 AND f.resource_type = cur.resource_type AND f.id = cur.id AND f.version_id = cur.version_id
     RETURNING f.resource_type, f.id, f.version_id`,
    // Planned at each call: a generic plan cached while the table is small would keep a sequential scan.
    [tenantId, types, ids],
  );
  const previous = new Map(rows.map((r) => [`${r.resource_type}/${r.id}`, r.version_id]));
  const lastUpdated = now.toISOString();
  const written = inputs.map((input) => {
    const version = (previous.get(`${input.resourceType}/${input.id}`) ?? 0) + 1;
    const resource: FhirResource = { ...input, meta: { ...input.meta, versionId: String(version), lastUpdated } };
    return { resource, created: version === 1, version };
  });
  await tx.query(
    `INSERT INTO fhir_resource (tenant_id, resource_type, id, version_id, last_updated, patient_ref, effective_at, resource)
     SELECT $1, u.resource_type, u.id, u.version_id, $5, u.patient_ref, u.effective_at, u.resource::jsonb
     FROM unnest($2::text[], $3::text[], $4::int[], $6::text[], $7::timestamptz[], $8::text[])
       AS u(resource_type, id, version_id, patient_ref, effective_at, resource)`,
    [
      tenantId,
      types,
      ids,
      written.map((w) => w.version),
      lastUpdated,
      written.map((w) => patientRefOf(w.resource)),
      written.map((w) => effectiveTimeOf(w.resource)),
      written.map((w) => JSON.stringify(w.resource)),
    ],
    { name: 'fhir-insert-many' },
  );
  return written.map(({ resource, created }) => ({ resource, created }));
}
