import { buildPatientContext, FhirInputError, type PatientContext } from '@meridian/fhir-adapter';
import type { RiskAssessRequest } from '@meridian/sdk';
import { OutcomeError } from '../../platform/errors/outcome-error.js';
import { patientReference } from '../../platform/fhir-store/resource-fields.js';
import type { Queryable } from '../../platform/store/db.js';
import { readScoringRecord } from './scoring-record.js';

/**
 * The PatientContext of a risk request: from its inline Bundle, or from the
 * stored record of its patient (404 when the patient is not known), read
 * with queries bounded by type, code and time ({@link readScoringRecord}):
 * the patient's own RiskAssessments and other outputs are never read. A
 * Bundle the adapter cannot read is a 400.
 *
 * @example
 * ```ts
 * const context = await loadPatientContext(tx, 'demo', { patient: 'Patient/demo-ada' }, new Date().toISOString());
 * ```
 */
export async function loadPatientContext(
  tx: Queryable,
  tenantId: string,
  request: Pick<RiskAssessRequest, 'patient' | 'bundle'>,
  referenceTime: string,
): Promise<PatientContext> {
  try {
    if (request.bundle) return buildPatientContext(request.bundle, { referenceTime });
    const reference = patientReference(request.patient!);
    const resources = await readScoringRecord(tx, tenantId, reference, new Date(referenceTime));
    if (!resources) throw new OutcomeError('resource-not-found', `${reference} is not known`);
    const bundle = { resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) };
    return buildPatientContext(bundle, { referenceTime, patientId: reference.slice('Patient/'.length) });
  } catch (error) {
    if (error instanceof FhirInputError) throw new OutcomeError('validation-failed', error.message, ['body.bundle']);
    throw error;
  }
}
