import { randomUUID } from 'node:crypto';
import { FHIR_ID, FHIR_RESOURCE_TYPE, hasForbiddenFhirText } from '@meridian/sdk';
import { OutcomeError } from '../errors/outcome-error.js';
import type { Queryable } from '../store/db.js';
import { findJsonShapeProblem, JSON_BODY_LIMITS } from '../validation/json-shape.js';
import { lockResources } from './resource-locks.js';
import { effectiveTimeOf, patientRefOf, type FhirResource } from './resource-fields.js';

/** What a stored resource is held to: the body bounds, and FHIR's string rule. */
export const STORABLE_RESOURCE = { ...JSON_BODY_LIMITS, forbiddenText: hasForbiddenFhirText } as const;

/**
 * Why a resource cannot be stored (an invalid id, a string FHIR forbids and
 * Postgres refuses, a shape out of bounds), or `undefined`. Checked before any
 * SQL, so a batch can answer the entry alone.
 *
 * @example
 * ```ts
 * unstorableReason({ resourceType: 'Patient', id: '..' }); // { problem: 'not a valid FHIR id …', expression: 'Patient.id' }
 * ```
 */
export function unstorableReason(resource: FhirResource): { problem: string; expression: string } | undefined {
  if (!FHIR_RESOURCE_TYPE.test(resource.resourceType))
    return { problem: 'not a FHIR resource type name', expression: 'resourceType' };
  if (resource.id !== undefined && (typeof resource.id !== 'string' || !FHIR_ID.test(resource.id))) {
    return {
      problem: 'not a valid FHIR id (1-64 of A-Z a-z 0-9 - ., not only dots)',
      expression: `${resource.resourceType}.id`,
    };
  }
  const found = findJsonShapeProblem(resource, STORABLE_RESOURCE, resource.resourceType);
  return found ? { problem: found.problem, expression: found.path } : undefined;
}

/** Options of {@link writeResource}. */
export interface WriteOptions {
  /** Version-aware update: write only if this version is current (else 412 `precondition-failed`). */
  ifMatch?: number | undefined;
  /** The caller already holds this resource's lock in this transaction (`lockResources`): saves a round trip. */
  lockedByCaller?: boolean | undefined;
}

/** The outcome of writing one resource. */
export interface WrittenResource {
  resource: FhirResource;
  created: boolean;
}

/**
 * Writes a resource as a new version (version 1 when new), keeping history:
 * the previous version stays, no longer current. Sets `meta.versionId` and
 * `meta.lastUpdated`. Runs inside the caller's transaction, holding the
 * resource's advisory lock to its end, so concurrent writers of one resource
 * are serialised and each gets the next version. Refuses (400, before any SQL)
 * what {@link unstorableReason} names; with `ifMatch`, refuses (412) when
 * another version is current.
 *
 * @example
 * ```ts
 * const { resource, created } = await writeResource(tx, 'demo', { resourceType: 'Patient', id: 'p1' }, new Date(), { ifMatch: 2 });
 * ```
 */
export async function writeResource(
  tx: Queryable,
  tenantId: string,
  input: FhirResource,
  now = new Date(),
  options: WriteOptions = {},
): Promise<WrittenResource> {
  const id = input.id ?? randomUUID();
  const refused = unstorableReason({ ...input, id });
  if (refused)
    throw new OutcomeError('validation-failed', `${refused.expression}: ${refused.problem}`, [refused.expression]);
  if (!options.lockedByCaller) await lockResources(tx, tenantId, [`${input.resourceType}/${id}`]);
  if (options.ifMatch !== undefined) await checkVersion(tx, tenantId, input.resourceType, id, options.ifMatch);
  const { rows } = await tx.query<{ version_id: number }>(
    `UPDATE fhir_resource SET is_current = false
     WHERE tenant_id = $1 AND resource_type = $2 AND id = $3 AND is_current RETURNING version_id`,
    [tenantId, input.resourceType, id],
  );
  const version = (rows[0]?.version_id ?? 0) + 1;
  const resource: FhirResource = {
    ...input,
    id,
    meta: { ...input.meta, versionId: String(version), lastUpdated: now.toISOString() },
  };
  await tx.query(
    `INSERT INTO fhir_resource (tenant_id, resource_type, id, version_id, last_updated, patient_ref, effective_at, resource)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`,
    [
      tenantId,
      resource.resourceType,
      id,
      version,
      now.toISOString(),
      patientRefOf(resource),
      effectiveTimeOf(resource),
      JSON.stringify(resource),
    ],
  );
  return { resource, created: version === 1 };
}

async function checkVersion(
  tx: Queryable,
  tenantId: string,
  type: string,
  id: string,
  expected: number,
): Promise<void> {
  const { rows } = await tx.query<{ version_id: number }>(
    `SELECT version_id FROM fhir_resource WHERE tenant_id = $1 AND resource_type = $2 AND id = $3 AND is_current`,
    [tenantId, type, id],
  );
  const actual = rows[0]?.version_id;
  if (actual !== expected) {
    const now = actual === undefined ? 'does not exist' : `is at version ${actual}`;
    throw new OutcomeError(
      'precondition-failed',
      `${type}/${id} ${now}, not version ${expected} (If-Match): read it again and retry`,
    );
  }
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
export async function resourceHistory(
  db: Queryable,
  tenantId: string,
  type: string,
  id: string,
): Promise<FhirResource[]> {
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
export async function patientCompartment(
  db: Queryable,
  tenantId: string,
  patientRef: string,
  limit = 20_000,
): Promise<FhirResource[]> {
  const { rows } = await db.query<{ resource: FhirResource }>(
    `SELECT resource FROM fhir_resource WHERE tenant_id = $1 AND patient_ref = $2 AND is_current AND NOT deleted LIMIT ${limit}`,
    [tenantId, patientRef],
  );
  return rows.map((r) => r.resource);
}
