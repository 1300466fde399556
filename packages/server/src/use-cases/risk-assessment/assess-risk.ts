import type { RiskAssessRequest } from '@meridian/sdk';
import type { Queryable } from '../../platform/store/db.js';
import { loadPatientContext } from './load-patient-context.js';
import type { RiskCache } from './risk-cache.js';
import { scoreRisk } from './score-risk.js';
import { storeRiskAssessments, type AssessedRisk } from './store-risk-assessments.js';
import type { RemoteTerminology } from '@meridian/fhir-adapter';
import { withRemoteMemberships } from './resolve-remote-codes.js';
import { CALCULATOR_IDS } from '../../engines/risk/index.js';
import { assertPlausibleAnswers } from './check-answers.js';

export type { AssessedRisk } from './store-risk-assessments.js';

/**
 * The `POST /risk/assess` use case, in the caller's transaction: load the
 * PatientContext (stored record or given Bundle), score it
 * ({@link scoreRisk}: cache, then calculators), store the RiskAssessments
 * ({@link storeRiskAssessments}). Answers outside physiological limits are
 * a 400 naming the field. With a terminology server, codes no loaded
 * value set holds are asked about before scoring, within its time budget.
 *
 * @example
 * ```ts
 * const { response } = await assessRisk(tx, 'demo', { patient: 'Patient/1' }, cache);
 * ```
 */
export async function assessRisk(
  tx: Queryable,
  tenantId: string,
  request: RiskAssessRequest,
  cache: RiskCache,
  now = new Date(),
  terminology?: RemoteTerminology,
): Promise<AssessedRisk> {
  assertPlausibleAnswers(request.answers);
  const referenceTime = request.referenceTime ?? now.toISOString();
  const loaded = await loadPatientContext(tx, tenantId, request, referenceTime);
  const context = terminology
    ? await withRemoteMemberships(loaded, request.calculators ?? CALCULATOR_IDS, terminology)
    : loaded;
  const scored = scoreRisk(
    context,
    { tenantId, referenceTime, calculators: request.calculators, answers: request.answers },
    cache,
  );
  return storeRiskAssessments(tx, tenantId, scored, cache, now);
}
