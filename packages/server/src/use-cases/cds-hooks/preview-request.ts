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
import { patientCompartment } from '../../platform/fhir-store/resource-repository.js';
import type { Queryable } from '../../platform/store/db.js';
import { prefetchFromBundle } from './prefetch/prefetch-from-bundle.js';
import type { CdsServiceDefinition } from './service-definition.js';

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
 * 404 when the patient is not stored in the tenant.
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
  if (!service.hooks.some((h) => h === 'patient-view'))
    throw badRequest(
      `service '${service.id}' answers ${service.hooks.join(' and ')}; only a patient-view service can be previewed`,
      [],
    );
  const reference = patientReference(request.patient);
  const resources = await patientCompartment(db, tenantId, reference);
  if (!resources.some((r) => r.resourceType === 'Patient'))
    throw new OutcomeError('resource-not-found', `${reference} is not known`);
  const context = { userId: request.userId ?? PREVIEW_USER, patientId: reference.slice('Patient/'.length) };
  const bundle = { resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) };
  return {
    hook: 'patient-view',
    hookInstance: randomUUID(),
    context,
    prefetch: prefetchFromBundle(bundle, service.prefetch, context),
  };
}
