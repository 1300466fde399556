/**
 * Test-only builders of `PatientContext` objects, so the calculators' tests do not depend on the
 * FHIR adapter's implementation. Not exported from the package.
 *
 * @module
 */
import type {
  CodedFinding,
  CodingRef,
  ConditionEntry,
  FindingKey,
  MeasureKey,
  Measurement,
  MedicationEntry,
  PatientContext,
} from '@meridian/fhir-adapter';

/** The canonical unit of each measure, as the adapter normalises it. */
export const CANONICAL_UNITS: Record<MeasureKey, string> = {
  respiratoryRate: '/min',
  heartRate: '/min',
  systolicBp: 'mm[Hg]',
  diastolicBp: 'mm[Hg]',
  temperature: 'Cel',
  oxygenSaturation: '%',
  inhaledOxygenFlow: 'L/min',
  inhaledOxygenConcentration: '%',
  bodyWeight: 'kg',
  bodyHeight: 'cm',
  bmi: 'kg/m2',
  glucose: 'mmol/L',
  creatinine: 'umol/L',
  urea: 'mmol/L',
  ureaNitrogen: 'mg/dL',
  totalCholesterol: 'mg/dL',
  hdlCholesterol: 'mg/dL',
  ldlCholesterol: 'mg/dL',
  hba1c: '%',
  hemoglobin: 'g/dL',
  whiteBloodCells: '10*3/uL',
  platelets: '10*3/uL',
  inr: '{INR}',
  lactate: 'mmol/L',
  sodium: 'mmol/L',
  potassium: 'mmol/L',
  egfr: 'mL/min/{1.73_m2}',
};

const REFERENCE_TIME = '2024-06-01T12:00:00Z';

/** A measurement of `concept`, fresh unless `stale` is given. */
export function measurement(
  concept: MeasureKey,
  value: number,
  options: { stale?: boolean; id?: string } = {},
): Measurement {
  const id = options.id ?? `${concept}-1`;
  return {
    concept,
    value,
    unit: CANONICAL_UNITS[concept],
    effective: REFERENCE_TIME,
    source: `Observation/${id}`,
    matchedCode: { system: 'http://loinc.org', code: 'test' },
    original: { value, unit: CANONICAL_UNITS[concept] },
    stale: options.stale ?? false,
  };
}

/** A coded (or boolean) finding. */
export function finding(
  concept: FindingKey,
  value: CodingRef[] | boolean,
  options: { stale?: boolean } = {},
): CodedFinding {
  return {
    concept,
    value,
    effective: REFERENCE_TIME,
    source: `Observation/${concept}-1`,
    stale: options.stale ?? false,
  };
}

let conditionCounter = 0;
/** A condition with one coding. */
export function condition(system: string, code: string, display = code): ConditionEntry {
  conditionCounter += 1;
  return { codes: [{ system, code, display }], clinicalStatus: 'active', source: `Condition/c${conditionCounter}` };
}

let medicationCounter = 0;
/** A medication with one coding (e.g. an RxNorm clinical drug with its display). */
export function medication(system: string, code: string, display: string): MedicationEntry {
  medicationCounter += 1;
  return { codes: [{ system, code, display }], status: 'active', source: `MedicationRequest/m${medicationCounter}` };
}

/** What a test may set on a context. */
export interface ContextOverrides {
  ageYears?: number;
  sex?: PatientContext['patient']['sex'];
  raceCodes?: CodingRef[];
  measurements?: Partial<Record<MeasureKey, number | Measurement>>;
  findings?: Partial<Record<FindingKey, CodingRef[] | boolean | CodedFinding>>;
  conditions?: ConditionEntry[];
  medications?: MedicationEntry[];
}

/**
 * A patient context; numbers become fresh measurements, codings/booleans fresh findings.
 *
 * @example
 * makeContext({ ageYears: 70, measurements: { heartRate: 88 } });
 */
export function makeContext(overrides: ContextOverrides = {}): PatientContext {
  const measurements: PatientContext['measurements'] = {};
  for (const [key, value] of Object.entries(overrides.measurements ?? {}) as [MeasureKey, number | Measurement][]) {
    measurements[key] = typeof value === 'number' ? measurement(key, value) : value;
  }
  const findings: PatientContext['findings'] = {};
  for (const [key, value] of Object.entries(overrides.findings ?? {}) as [
    FindingKey,
    CodingRef[] | boolean | CodedFinding,
  ][]) {
    findings[key] = typeof value === 'boolean' || Array.isArray(value) ? finding(key, value) : value;
  }
  return {
    patient: {
      reference: 'Patient/p1',
      id: 'p1',
      ...(overrides.ageYears !== undefined ? { ageYears: overrides.ageYears } : {}),
      ...(overrides.sex !== undefined ? { sex: overrides.sex } : {}),
      ...(overrides.raceCodes !== undefined ? { raceCodes: overrides.raceCodes } : {}),
    },
    referenceTime: REFERENCE_TIME,
    measurements,
    findings,
    conditions: overrides.conditions ?? [],
    medications: overrides.medications ?? [],
    allergies: [],
    issues: [],
  };
}
