import { randomUUID } from 'node:crypto';
import { OutcomeError } from '../errors/outcome-error.js';
import type { Queryable } from '../store/db.js';
import { effectiveTimeOf, patientRefOf, type FhirResource } from './resource-fields.js';

/** A FHIR id: 1–64 of letters, digits, `-` and `.`. */
export const FHIR_ID = /^[A-Za-z0-9.-]{1,64}$/;
/** A FHIR resource type name. */
export const FHIR_TYPE = /^[A-Z][A-Za-z]{1,63}$/;

/** The outcome of writing one resource. */
export interface WrittenResource {
  resource: FhirResource;
  created: boolean;
}

/**
 * Writes a resource as a new version (version 1 when new), keeping history:
 * the previous version stays, no longer current. Sets `meta.versionId` and
 * `meta.lastUpdated`. Runs inside the caller's transaction.
 *
 * @example
 * ```ts
 * const { resource, created } = await writeResource(tx, 'demo', { resourceType: 'Patient', id: 'p1' });
 * ```
 */
export async function writeResource(tx: Queryable, tenantId: string, input: FhirResource, now = new Date()): Promise<WrittenResource> {
  const id = input.id ?? randomUUID();
  if (!FHIR_ID.test(id)) throw new OutcomeError('validation-failed', `not a valid FHIR id`, [`${input.resourceType}.id`]);
  const { rows } = await tx.query<{ version_id: number }>(
    `UPDATE fhir_resource SET is_current = false
     WHERE tenant_id = $1 AND resource_type = $2 AND id = $3 AND is_current RETURNING version_id`,
    [tenantId, input.resourceType, id],
  );
  const version = (rows[0]?.version_id ?? 0) + 1;
  const resource: FhirResource = { ...input, id, meta: { ...input.meta, versionId: String(version), lastUpdated: now.toISOString() } };
  await tx.query(
    `INSERT INTO fhir_resource (tenant_id, resource_type, id, version_id, last_updated, patient_ref, effective_at, resource)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
    [tenantId, resource.resourceType, id, version, now.toISOString(), patientRefOf(resource), effectiveTimeOf(resource), JSON.stringify(resource)],
  );
  return { resource, created: version === 1 };
}

/**
 * The current version of a resource; 404 when there is none.
 *
 * @example
 * ```ts
 * const patient = await readResource(db, 'demo', 'Patient', 'p1');
 * ```
 */
export async function readResource(db: Queryable, tenantId: string, type: string, id: string): Promise<FhirResource> {
  const { rows } = await db.query<{ resource: FhirResource }>(
    `SELECT resource FROM fhir_resource WHERE tenant_id = $1 AND resource_type = $2 AND id = $3 AND is_current`,
    [tenantId, type, id],
  );
  if (!rows[0]) throw new OutcomeError('resource-not-found', `${type}/${id} is not known`);
  return rows[0].resource;
}

/**
 * Every version of a resource, newest first; 404 when there is none.
 *
 * @example
 * ```ts
 * const versions = await resourceHistory(db, 'demo', 'Patient', 'p1');
 * ```
 */
export async function resourceHistory(db: Queryable, tenantId: string, type: string, id: string): Promise<FhirResource[]> {
  const { rows } = await db.query<{ resource: FhirResource }>(
    `SELECT resource FROM fhir_resource WHERE tenant_id = $1 AND resource_type = $2 AND id = $3 ORDER BY version_id DESC LIMIT 1000`,
    [tenantId, type, id],
  );
  if (!rows.length) throw new OutcomeError('resource-not-found', `${type}/${id} is not known`);
  return rows.map((r) => r.resource);
}

/**
 * Every current resource in a patient's compartment (the Patient and every
 * resource whose subject or patient is it), for building a PatientContext.
 *
 * @example
 * ```ts
 * const resources = await patientCompartment(db, 'demo', 'Patient/p1');
 * ```
 */
export async function patientCompartment(db: Queryable, tenantId: string, patientRef: string, limit = 20_000): Promise<FhirResource[]> {
  const { rows } = await db.query<{ resource: FhirResource }>(
    `SELECT resource FROM fhir_resource WHERE tenant_id = $1 AND patient_ref = $2 AND is_current AND NOT deleted LIMIT ${limit}`,
    [tenantId, patientRef],
  );
  return rows.map((r) => r.resource);
}
