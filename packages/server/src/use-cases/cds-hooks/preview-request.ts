/**
 * The `patient-view` request for a patient Meridian stores: what an EHR
 * would send when the chart opens, its prefetch read from the stored record.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import type { CdsPreviewRequest } from '@meridian/sdk';
import { badRequest, OutcomeError } from '../../platform/errors/outcome-error.js';
import { patientReference } from '../../platform/fhir-store/resource-fields.js';
import { activePatientResources } from '../../platform/fhir-store/patient-reads.js';
import type { Queryable } from '../../platform/store/db.js';
import { readScoringRecord, SCORING_RESOURCE_FILTERS } from '../risk-assessment/scoring-record.js';
import { prefetchFromBundle } from './prefetch/prefetch-from-bundle.js';
import { planPrefetch } from './prefetch/prefetch-plan.js';
import type { CdsServiceDefinition } from './service-definition.js';

/** The newest resources of each other type a template searches (its `_count` is at most this). */
const OTHER_TYPE_LIMIT = 100;

/** Types the scoring record already holds (read by code, window and status). */
const SCORING_TYPES = new Set(['Patient', 'Observation', 'Medication', ...SCORING_RESOURCE_FILTERS.map((f) => f.type)]);

/**
 * The user of a preview when the request names none: the CDS Hooks request
 * needs a `userId`, but it stands for no one, so it is not recorded as the
 * AuditEvent's user (see {@link previewAuditUser}).
 */
export const PREVIEW_USER = 'Practitioner/meridian-preview';

/**
 * The end user a preview's AuditEvent names: the user the request named,
 * else no one (the API key that asked is then the requesting agent, not the
 * placeholder {@link PREVIEW_USER}).
 *
 * @example
 * ```ts
 * previewAuditUser({ patient: 'Patient/demo-ada' }); // undefined
 * previewAuditUser({ patient: 'Patient/demo-ada', userId: 'Practitioner/7' }); // 'Practitioner/7'
 * ```
 */
export function previewAuditUser(request: CdsPreviewRequest): string | undefined {
  return request.userId;
}

/**
 * Builds the request; 400 when the service does not answer `patient-view`,
 * 404 when the patient is not stored in the tenant. The record is read as
 * risk scoring reads it (bounded by type, code and time), plus the newest
 * resources of any other type the templates search: never the patient's
 * whole history.
 *
 * @example
 * ```ts
 * const body = await previewRequest(db, 'demo', patientRiskService, { patient: 'Patient/demo-ada' });
 * const result = await callCdsService({ service: patientRiskService, body, ... });
 * ```
 */
export async function previewRequest(
  db: Queryable,
  tenantId: string,
  service: CdsServiceDefinition,
  request: CdsPreviewRequest,
): Promise<Record<string, unknown>> {
  if (service.hook !== 'patient-view')
    throw badRequest(
      `service '${service.id}' answers ${service.hook}; only a patient-view service can be previewed`,
      [],
    );
  const reference = patientReference(request.patient);
  const scoring = await readScoringRecord(db, tenantId, reference, new Date());
  if (!scoring) throw new OutcomeError('resource-not-found', `${reference} is not known`);
  const context = { userId: request.userId ?? PREVIEW_USER, patientId: reference.slice('Patient/'.length) };
  const otherTypes = [
    ...new Set(planPrefetch(service.prefetch, context).map((plan) => plan.expect.resourceType)),
  ].filter((type) => !SCORING_TYPES.has(type) && type !== 'Resource');
  const others = await activePatientResources(
    db,
    tenantId,
    reference,
    otherTypes.map((type) => ({ type })),
    OTHER_TYPE_LIMIT,
  );
  const resources = [...scoring, ...others];
  const bundle = { resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) };
  return {
    hook: 'patient-view',
    hookInstance: randomUUID(),
    context,
    prefetch: prefetchFromBundle(bundle, service.prefetch, context),
  };
}
