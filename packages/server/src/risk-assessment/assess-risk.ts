import type { RiskAssessRequest } from '@meridian/sdk';
import type { Queryable } from '../store/db.js';
import { loadPatientContext } from './load-patient-context.js';
import type { RiskCache } from './risk-cache.js';
import { scoreRisk } from './score-risk.js';
import { storeRiskAssessments, type AssessedRisk } from './store-risk-assessments.js';

export type { AssessedRisk } from './store-risk-assessments.js';

/**
 * The `POST /risk/assess` use case, in the caller's transaction: load the
 * PatientContext (stored record or given Bundle), score it
 * ({@link scoreRisk}: cache, then calculators), store the RiskAssessments
 * ({@link storeRiskAssessments}).
 *
 * @example
 * ```ts
 * const { response } = await assessRisk(tx, 'demo', { patient: 'Patient/1' }, cache);
 * ```
 */
export async function assessRisk(tx: Queryable, tenantId: string, request: RiskAssessRequest, cache: RiskCache, now = new Date()): Promise<AssessedRisk> {
  const referenceTime = request.referenceTime ?? now.toISOString();
  const context = await loadPatientContext(tx, tenantId, request, referenceTime);
  const scored = scoreRisk(context, { tenantId, referenceTime, calculators: request.calculators, answers: request.answers }, cache);
  return storeRiskAssessments(tx, tenantId, scored, cache, now);
}
