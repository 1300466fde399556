/**
 * `POST /risk/assess` without HTTP: validated risk scores for a stored
 * patient or a given Bundle, the RiskAssessments stored and the access
 * audited in one transaction.
 *
 * @module
 */
import type { RiskAssessRequest, RiskAssessResponse } from '@meridian/sdk';
import { patientReference } from '../../platform/fhir-store/resource-fields.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import type { Services } from '../services.js';
import { assessRisk } from './assess-risk.js';

/**
 * Assesses the patient, audited as `risk-assess` naming the patient and every resource written.
 *
 * @example
 * ```ts
 * const { results } = await assessRiskAudited(services, actor, { patient: 'Patient/demo-ada', calculators: ['news2'] });
 * ```
 */
export async function assessRiskAudited(
  services: Services,
  actor: Actor,
  request: RiskAssessRequest,
): Promise<RiskAssessResponse> {
  const assessed = await services.audit.record(
    actor,
    (tx) => assessRisk(tx, actor.tenantId, request, services.riskCache, new Date(), services.terminology),
    (r) => ({
      action: 'E',
      interaction: 'operation',
      operation: 'risk-assess',
      patients: r ? [r.response.patient] : request.patient ? [patientReference(request.patient)] : [],
      resources: r?.touched ?? [],
    }),
  );
  return assessed.response;
}
