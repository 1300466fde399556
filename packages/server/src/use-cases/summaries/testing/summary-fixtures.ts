const LOINC = 'http://loinc.org';
const put = (resource: { resourceType: string; id: string }) => ({
  resource,
  request: { method: 'PUT', url: `${resource.resourceType}/${resource.id}` },
});

/** A vital-sign Observation of `patient` (UCUM unit), for summary tests. */
export function vitalSign(patient: string, id: string, code: string, value: number, unit: string, at: string) {
  return put({
    resourceType: 'Observation',
    id,
    status: 'final',
    category: [
      { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs' }] },
    ],
    subject: { reference: `Patient/${patient}` },
    effectiveDateTime: at,
    code: { coding: [{ system: LOINC, code }] },
    valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit },
  } as { resourceType: string; id: string });
}

/**
 * A transaction Bundle of a small record with trends: heart rate 80 → 90 →
 * 104 /min, temperature recorded in °F (converted to Cel by the adapter), a
 * respiratory rate at a red-flag level, hypertension, a medication whose
 * name carries a dose, an allergy, and an encounter.
 */
export function trendPatientBundle(patient: string) {
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      put({ resourceType: 'Patient', id: patient, gender: 'female', birthDate: '1950-03-01' } as {
        resourceType: string;
        id: string;
      }),
      vitalSign(patient, `${patient}-hr1`, '8867-4', 80, '/min', '2026-05-30T08:00:00Z'),
      vitalSign(patient, `${patient}-hr2`, '8867-4', 90, '/min', '2026-05-31T08:00:00Z'),
      vitalSign(patient, `${patient}-hr3`, '8867-4', 104, '/min', '2026-06-01T08:00:00Z'),
      vitalSign(patient, `${patient}-t1`, '8310-5', 98.6, '[degF]', '2026-05-31T08:00:00Z'),
      vitalSign(patient, `${patient}-t2`, '8310-5', 101.3, '[degF]', '2026-06-01T08:00:00Z'),
      vitalSign(patient, `${patient}-rr`, '9279-1', 27, '/min', '2026-06-01T08:00:00Z'),
      put({
        resourceType: 'Condition',
        id: `${patient}-htn`,
        subject: { reference: `Patient/${patient}` },
        onsetDateTime: '2015-04-02',
        clinicalStatus: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
        },
        code: { coding: [{ system: 'http://snomed.info/sct', code: '38341003', display: 'Hypertensive disorder' }] },
      } as { resourceType: string; id: string }),
      put({
        resourceType: 'MedicationRequest',
        id: `${patient}-med`,
        status: 'active',
        intent: 'order',
        subject: { reference: `Patient/${patient}` },
        authoredOn: '2026-01-10',
        medicationCodeableConcept: {
          coding: [
            {
              system: 'http://www.nlm.nih.gov/research/umls/rxnorm',
              code: '308182',
              display: 'Amoxicillin 250 MG Oral Capsule',
            },
          ],
        },
      } as { resourceType: string; id: string }),
      put({
        resourceType: 'AllergyIntolerance',
        id: `${patient}-pen`,
        patient: { reference: `Patient/${patient}` },
        criticality: 'high',
        code: { coding: [{ system: 'http://snomed.info/sct', code: '91936005', display: 'Allergy to penicillin' }] },
      } as { resourceType: string; id: string }),
      put({
        resourceType: 'Encounter',
        id: `${patient}-enc`,
        status: 'finished',
        subject: { reference: `Patient/${patient}` },
        class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' },
        type: [{ text: 'General examination' }],
        period: { start: '2026-06-01T07:30:00Z' },
      } as { resourceType: string; id: string }),
    ],
  };
}
