import { buildPatientContext, FhirInputError, type PatientContext, type RemoteTerminology } from '@meridian/fhir-adapter';
import type { RiskAssessRequest, RiskAssessResponse } from '@meridian/sdk';
import { CALCULATOR_IDS, runCalculators, type CalculatorId } from '../engines/risk/index.js';
import { OutcomeError } from '../errors/outcome-error.js';
import { patientReference } from '../fhir-store/resource-fields.js';
import { patientCompartment, writeResource } from '../fhir-store/resource-repository.js';
import type { Queryable } from '../store/db.js';
import { withRemoteMemberships } from '../terminology/resolve-remote-codes.js';
import { riskCacheKey, type RiskCache } from './risk-cache.js';
import { toRiskAssessment } from './to-risk-assessment.js';

/** What an assessment touched, for its AuditEvent. */
export interface AssessedRisk {
  response: RiskAssessResponse;
  /** Every resource read (the basis) and written (the RiskAssessments). */
  touched: string[];
}

async function contextFor(tx: Queryable, tenantId: string, request: RiskAssessRequest, referenceTime: string): Promise<PatientContext> {
  try {
    if (request.bundle) return buildPatientContext(request.bundle, { referenceTime });
    const reference = patientReference(request.patient!);
    const resources = await patientCompartment(tx, tenantId, reference);
    if (!resources.some((r) => r.resourceType === 'Patient')) throw new OutcomeError('resource-not-found', `${reference} is not known`);
    const bundle = { resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) };
    return buildPatientContext(bundle, { referenceTime, patientId: reference.slice('Patient/'.length) });
  } catch (error) {
    if (error instanceof FhirInputError) throw new OutcomeError('validation-failed', error.message, ['body.bundle']);
    throw error;
  }
}

/**
 * Assesses a patient's risk with the validated calculators: builds the
 * PatientContext (from the stored record or the given Bundle), runs the
 * calculators, emits and stores a RiskAssessment per determined band, all in
 * the caller's transaction. Identical inputs within the cache's TTL are
 * answered from the cache (marked `cached`), writing nothing new. With a
 * terminology server, codes no loaded value set holds are asked about first,
 * within its time budget.
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
  const referenceTime = request.referenceTime ?? now.toISOString();
  const context = await contextFor(tx, tenantId, request, referenceTime);
  const calculators: readonly CalculatorId[] = request.calculators ?? CALCULATOR_IDS;
  const answers = request.answers ?? {};
  const key = riskCacheKey(tenantId, context, calculators, answers);
  const cached = cache.get(key);
  const touched = (r: RiskAssessResponse) => [
    ...new Set(r.riskAssessments.flatMap((ra) => [`RiskAssessment/${ra.id}`, ...((ra.basis as { reference: string }[] | undefined) ?? []).map((b) => b.reference)])),
  ];
  if (cached) return { response: { ...cached, cached: true }, touched: touched(cached) };

  const scored = terminology ? await withRemoteMemberships(context, calculators, terminology) : context;
  const results = runCalculators(scored, { calculators, answers });
  const riskAssessments = [];
  for (const result of results) {
    const resource = toRiskAssessment(result, context.patient.reference, referenceTime);
    if (resource) riskAssessments.push((await writeResource(tx, tenantId, resource as never, now)).resource);
  }
  const response: RiskAssessResponse = {
    patient: context.patient.reference,
    referenceTime,
    engine: 'deterministic',
    cached: false,
    results,
    riskAssessments,
    issues: context.issues,
  };
  cache.set(key, response);
  return { response, touched: touched(response) };
}
