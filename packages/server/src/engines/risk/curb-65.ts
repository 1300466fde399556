/**
 * CURB-65 severity of community-acquired pneumonia (Lim 2003), or CRB-65 when no urea is available.
 *
 * One point each: new Confusion; Urea > 7 mmol/L (or BUN > 19 mg/dL); Respiratory rate ≥ 30/min;
 * low Blood pressure (systolic < 90 or diastolic ≤ 60 mmHg); age ≥ 65.
 * Staleness: all but age describe the presentation — a stale value is treated as missing. A
 * missing (or stale) urea switches the score to CRB-65, reported in `variant`.
 *
 * @module
 */
import type { PatientContext } from '@meridian/fhir-adapter';
import { BTS_CAP_2009, LIM_CURB65_2003 } from './citations.js';
import { PNEUMONIA } from './codes/condition-concepts.js';
import { ACVPU_LEVELS } from './codes/finding-codes.js';
import { scoredCriterion, unscoredCriterion } from './core/criteria.js';
import { readNotAlert } from './core/findings.js';
import { InputReader } from './core/input-reader.js';
import { buildResult } from './core/result.js';
import { CRB65_SCHEME, CURB65_SCHEME } from './curb-65-bands.js';
import type {
  ClinicianAnswers,
  CriterionResult,
  InputDefinition,
  InputPolicy,
  RiskCalculator,
  RiskResult,
} from './types.js';

const ACUTE: InputPolicy = { whenNotRecorded: 'missing', whenStale: 'missing' };

/** CURB-65 inputs by name. */
export const CURB65_INPUTS = {
  confusion: {
    name: 'confusion',
    description:
      'New mental confusion (AMT ≤ 8): read as any ACVPU level other than Alert, or answered by a clinician.',
    sources: [{ from: 'finding', finding: 'levelOfConsciousness', codeSets: ACVPU_LEVELS.map((l) => l.codeSet) }],
    answer: { type: 'boolean' },
    policy: ACUTE,
  },
  urea: {
    name: 'urea',
    description: 'Serum urea (mmol/L; > 7 scores), or blood urea nitrogen (mg/dL; > 19 scores). Answer in mmol/L.',
    sources: [
      { from: 'measurement', measure: 'urea' },
      { from: 'measurement', measure: 'ureaNitrogen', unit: 'mg/dL' },
    ],
    answer: { type: 'number', unit: 'mmol/L' },
    policy: ACUTE,
  },
  respiratoryRate: {
    name: 'respiratoryRate',
    description: 'Respiratory rate (breaths/min); ≥ 30 scores.',
    sources: [{ from: 'measurement', measure: 'respiratoryRate' }],
    answer: { type: 'number', unit: '/min' },
    policy: ACUTE,
  },
  systolicBp: {
    name: 'systolicBp',
    description: 'Systolic blood pressure (mmHg); < 90 scores.',
    sources: [{ from: 'measurement', measure: 'systolicBp' }],
    answer: { type: 'number', unit: 'mm[Hg]' },
    policy: ACUTE,
  },
  diastolicBp: {
    name: 'diastolicBp',
    description: 'Diastolic blood pressure (mmHg); ≤ 60 scores.',
    sources: [{ from: 'measurement', measure: 'diastolicBp' }],
    answer: { type: 'number', unit: 'mm[Hg]' },
    policy: ACUTE,
  },
  age: {
    name: 'age',
    description: 'Age in years; ≥ 65 scores.',
    sources: [{ from: 'demographics', field: 'ageYears' }],
    answer: { type: 'number', unit: 'a' },
    policy: { whenNotRecorded: 'missing', whenStale: 'use-with-warning' },
  },
} as const satisfies Record<string, InputDefinition>;

const IN = CURB65_INPUTS;
const ONE = { min: 0, max: 1 } as const;

/** Urea points: > 7 mmol/L, or > 19 mg/dL when the value is blood urea nitrogen. */
export function curb65UreaPoints(value: number, unit: string): number {
  return unit === 'mg/dL' ? (value > 19 ? 1 : 0) : value > 7 ? 1 : 0;
}

function bloodPressureCriterion(reader: InputReader): CriterionResult {
  const label = 'Blood pressure (SBP < 90 or DBP ≤ 60 mmHg)';
  const inputs = [IN.systolicBp.name, IN.diastolicBp.name];
  const sbp = reader.measured(IN.systolicBp);
  const dbp = reader.measured(IN.diastolicBp);
  if (sbp.known && sbp.value < 90) {
    reader.markNotUsed(IN.diastolicBp, 'Systolic BP < 90 mmHg already scores.');
    return scoredCriterion('bloodPressure', label, 1, `SBP ${sbp.value}`, inputs, 'mm[Hg]');
  }
  if (dbp.known && dbp.value <= 60) {
    reader.markNotUsed(IN.systolicBp, 'Diastolic BP ≤ 60 mmHg already scores.');
    return scoredCriterion('bloodPressure', label, 1, `DBP ${dbp.value}`, inputs, 'mm[Hg]');
  }
  if (sbp.known && dbp.known)
    return scoredCriterion('bloodPressure', label, 0, `${sbp.value}/${dbp.value}`, inputs, 'mm[Hg]');
  return unscoredCriterion('bloodPressure', label, ONE, inputs);
}

/**
 * Compute CURB-65, or CRB-65 when no current urea/BUN is available.
 *
 * @example
 * const r = computeCurb65(context);
 * r.variant; // 'CURB-65' | 'CRB-65'
 */
export function computeCurb65(context: PatientContext, answers: ClinicianAnswers = {}): RiskResult {
  const reader = new InputReader(context, answers);
  const confusion = readNotAlert(reader, IN.confusion);
  const urea = reader.measured(IN.urea);
  const rr = reader.measured(IN.respiratoryRate);
  const age = reader.age(IN.age);
  const criteria: CriterionResult[] = [
    confusion.known
      ? scoredCriterion('confusion', 'Confusion', confusion.value ? 1 : 0, confusion.value, [IN.confusion.name])
      : unscoredCriterion('confusion', 'Confusion', ONE, [IN.confusion.name]),
  ];
  if (urea.known) {
    const unit = reader.reportsFor([IN.urea])[0]?.unit ?? 'mmol/L';
    criteria.push(
      scoredCriterion(
        'urea',
        unit === 'mg/dL' ? 'BUN > 19 mg/dL' : 'Urea > 7 mmol/L',
        curb65UreaPoints(urea.value, unit),
        urea.value,
        [IN.urea.name],
        unit,
      ),
    );
  } else {
    reader.markNotUsed(IN.urea, 'No current urea or BUN: CRB-65 computed instead of CURB-65.');
  }
  criteria.push(
    rr.known
      ? scoredCriterion(
          'respiratoryRate',
          'Respiratory rate ≥ 30/min',
          rr.value >= 30 ? 1 : 0,
          rr.value,
          [IN.respiratoryRate.name],
          '/min',
        )
      : unscoredCriterion('respiratoryRate', 'Respiratory rate ≥ 30/min', ONE, [IN.respiratoryRate.name]),
    bloodPressureCriterion(reader),
    age.known
      ? scoredCriterion('age', 'Age ≥ 65', age.value >= 65 ? 1 : 0, age.value, [IN.age.name], 'a')
      : unscoredCriterion('age', 'Age ≥ 65', ONE, [IN.age.name]),
  );
  if (!context.conditions.some((c) => PNEUMONIA.match(c.codes))) {
    reader.warn(
      'population-caveat',
      undefined,
      undefined,
      'No pneumonia is recorded; CURB-65 is validated in community-acquired pneumonia.',
    );
  }
  return buildResult({
    calculator: curb65Calculator,
    reader,
    criteria,
    schemes: [urea.known ? CURB65_SCHEME : CRB65_SCHEME],
    variant: urea.known ? 'CURB-65' : 'CRB-65',
  });
}

/** The CURB-65 / CRB-65 calculator. */
export const curb65Calculator: RiskCalculator = {
  id: 'curb-65',
  title: 'CURB-65 / CRB-65',
  description: 'Severity of community-acquired pneumonia; CRB-65 when no urea is available.',
  inputs: Object.values(CURB65_INPUTS),
  citations: [LIM_CURB65_2003, BTS_CAP_2009],
  compute: computeCurb65,
};
