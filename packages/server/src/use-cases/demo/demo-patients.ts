/**
 * Meridian's own demo patients, fictional and written for the quickstart (no
 * real or sample-set record): one acutely unwell inpatient with a fresh set of
 * vital signs, one outpatient with atrial fibrillation on warfarin. Times are
 * relative to `now`, so the vitals are current whenever the demo starts.
 */

const LOINC = 'http://loinc.org';
const SNOMED = 'http://snomed.info/sct';
const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
const UCUM = 'http://unitsofmeasure.org';
const VITAL_SIGNS = [
  { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs' }] },
];
const LABORATORY = [
  { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] },
];

type Entry = { resource: Record<string, unknown>; request: { method: 'PUT'; url: string } };
const put = (resource: Record<string, unknown> & { resourceType: string; id: string }): Entry => ({
  resource,
  request: { method: 'PUT', url: `${resource.resourceType}/${resource.id}` },
});

function observation(
  patient: string,
  id: string,
  code: string,
  display: string,
  value: number,
  unit: string,
  at: Date,
  lab = false,
): Entry {
  return put({
    resourceType: 'Observation',
    id: `${patient}-${id}`,
    status: 'final',
    category: lab ? LABORATORY : VITAL_SIGNS,
    code: { coding: [{ system: LOINC, code, display }], text: display },
    subject: { reference: `Patient/${patient}` },
    effectiveDateTime: at.toISOString(),
    valueQuantity: { value, unit, system: UCUM, code: unit },
  });
}

function condition(patient: string, id: string, code: string, display: string, onset: string): Entry {
  return put({
    resourceType: 'Condition',
    id: `${patient}-${id}`,
    clinicalStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
    },
    verificationStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' }],
    },
    code: { coding: [{ system: SNOMED, code, display }], text: display },
    subject: { reference: `Patient/${patient}` },
    onsetDateTime: onset,
  });
}

/**
 * The demo patients as a FHIR transaction Bundle (PUTs, so loading twice
 * updates rather than duplicates).
 *
 * @example
 * ```ts
 * const bundle = demoPatientsBundle(new Date());
 * ```
 */
export function demoPatientsBundle(now: Date) {
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
  const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
  const ada = 'demo-ada';
  const ben = 'demo-ben';
  const entry: Entry[] = [
    put({
      resourceType: 'Patient',
      id: ada,
      name: [{ family: 'Demo', given: ['Ada'] }],
      gender: 'female',
      birthDate: '1948-04-12',
    }),
    observation(ada, 'rr', '9279-1', 'Respiratory rate', 24, '/min', minutesAgo(20)),
    observation(ada, 'spo2', '59408-5', 'Oxygen saturation by pulse oximetry', 93, '%', minutesAgo(20)),
    observation(ada, 'sbp', '8480-6', 'Systolic blood pressure', 98, 'mm[Hg]', minutesAgo(20)),
    observation(ada, 'dbp', '8462-4', 'Diastolic blood pressure', 58, 'mm[Hg]', minutesAgo(20)),
    observation(ada, 'hr', '8867-4', 'Heart rate', 118, '/min', minutesAgo(20)),
    observation(ada, 'temp', '8310-5', 'Body temperature', 38.6, 'Cel', minutesAgo(20)),
    observation(ada, 'urea', '22664-7', 'Urea [Moles/volume] in Serum or Plasma', 9.1, 'mmol/L', minutesAgo(90), true),
    condition(ada, 'pneumonia', '233604007', 'Pneumonia', minutesAgo(600).toISOString()),
    // Earlier observations, so the portal's trend charts show the deterioration (the scores use the latest).
    observation(ada, 'rr-8h', '9279-1', 'Respiratory rate', 17, '/min', minutesAgo(480)),
    observation(ada, 'rr-4h', '9279-1', 'Respiratory rate', 21, '/min', minutesAgo(240)),
    observation(ada, 'spo2-8h', '59408-5', 'Oxygen saturation by pulse oximetry', 97, '%', minutesAgo(480)),
    observation(ada, 'spo2-4h', '59408-5', 'Oxygen saturation by pulse oximetry', 95, '%', minutesAgo(240)),
    observation(ada, 'sbp-8h', '8480-6', 'Systolic blood pressure', 124, 'mm[Hg]', minutesAgo(480)),
    observation(ada, 'sbp-4h', '8480-6', 'Systolic blood pressure', 109, 'mm[Hg]', minutesAgo(240)),
    observation(ada, 'hr-8h', '8867-4', 'Heart rate', 88, '/min', minutesAgo(480)),
    observation(ada, 'hr-4h', '8867-4', 'Heart rate', 104, '/min', minutesAgo(240)),
    observation(ada, 'temp-8h', '8310-5', 'Body temperature', 37.4, 'Cel', minutesAgo(480)),
    observation(ada, 'temp-4h', '8310-5', 'Body temperature', 38.2, 'Cel', minutesAgo(240)),
    observation(
      ada,
      'urea-1d',
      '22664-7',
      'Urea [Moles/volume] in Serum or Plasma',
      6.2,
      'mmol/L',
      minutesAgo(1500),
      true,
    ),

    put({
      resourceType: 'Patient',
      id: ben,
      name: [{ family: 'Demo', given: ['Ben'] }],
      gender: 'male',
      birthDate: '1957-09-30',
    }),
    condition(ben, 'af', '49436004', 'Atrial fibrillation', '2019-02-01'),
    condition(ben, 'htn', '38341003', 'Hypertensive disorder', '2012-06-15'),
    condition(ben, 'dm2', '44054006', 'Diabetes mellitus type 2', '2016-11-03'),
    observation(ben, 'sbp', '8480-6', 'Systolic blood pressure', 142, 'mm[Hg]', daysAgo(10)),
    observation(ben, 'dbp', '8462-4', 'Diastolic blood pressure', 86, 'mm[Hg]', daysAgo(10)),
    observation(ben, 'tc', '2093-3', 'Cholesterol [Mass/volume] in Serum or Plasma', 205, 'mg/dL', daysAgo(40), true),
    observation(ben, 'hdl', '2085-9', 'HDL cholesterol', 44, 'mg/dL', daysAgo(40), true),
    observation(ben, 'inr', '6301-6', 'INR', 2.4, '{INR}', daysAgo(5), true),
    observation(ben, 'sbp-100d', '8480-6', 'Systolic blood pressure', 151, 'mm[Hg]', daysAgo(100)),
    observation(ben, 'sbp-50d', '8480-6', 'Systolic blood pressure', 147, 'mm[Hg]', daysAgo(50)),
    observation(
      ben,
      'tc-1y',
      '2093-3',
      'Cholesterol [Mass/volume] in Serum or Plasma',
      221,
      'mg/dL',
      daysAgo(380),
      true,
    ),
    observation(ben, 'hdl-1y', '2085-9', 'HDL cholesterol', 41, 'mg/dL', daysAgo(380), true),
    put({
      resourceType: 'MedicationRequest',
      id: `${ben}-warfarin`,
      status: 'active',
      intent: 'order',
      medicationCodeableConcept: { coding: [{ system: RXNORM, code: '11289', display: 'warfarin' }], text: 'warfarin' },
      subject: { reference: `Patient/${ben}` },
      authoredOn: daysAgo(300).toISOString().slice(0, 10),
    }),
  ];
  return { resourceType: 'Bundle' as const, type: 'transaction' as const, entry };
}
