/**
 * CHA2DS2-VASc stroke risk in atrial fibrillation (Lip 2010), with the ESC 2020 risk categories.
 *
 * Criteria come from the problem list: a diagnosis not in the record is read as absent
 * (`record-absence` provenance, visible in the result) — the score is defined on documented
 * history. Age and sex come from demographics and are missing if not recorded. No measurement is
 * read, so staleness does not arise. Stroke rates per score are deliberately not reported.
 *
 * @module
 */
import type { PatientContext } from '@meridian/fhir-adapter';
import { ESC_AF_2020, LIP_CHA2DS2VASC_2010 } from './citations.js';
import {
  ATRIAL_FIBRILLATION,
  DIABETES,
  HEART_FAILURE,
  HYPERTENSION,
  STROKE_TIA_OR_THROMBOEMBOLISM,
  VASCULAR_DISEASE,
} from './codes/condition-concepts.js';
import { scoredCriterion, unscoredCriterion } from './core/criteria.js';
import { flagCriterion } from './core/flag-criterion.js';
import { InputReader } from './core/input-reader.js';
import { buildResult, type BandScheme } from './core/result.js';
import type { ClinicianAnswers, InputDefinition, InputPolicy, RiskBand, RiskCalculator, RiskResult } from './types.js';

const HISTORY: InputPolicy = { whenNotRecorded: 'absent', whenStale: 'use-with-warning' };
const DEMOGRAPHIC: InputPolicy = { whenNotRecorded: 'missing', whenStale: 'use-with-warning' };

/** CHA2DS2-VASc inputs by name. */
export const CHA2DS2_VASC_INPUTS = {
  congestiveHeartFailure: {
    name: 'congestiveHeartFailure',
    description: 'Congestive heart failure or LV dysfunction (1 point).',
    sources: [{ from: 'condition', concept: HEART_FAILURE }],
    answer: { type: 'boolean' },
    policy: HISTORY,
  },
  hypertension: {
    name: 'hypertension',
    description: 'History of hypertension (1 point).',
    sources: [{ from: 'condition', concept: HYPERTENSION }],
    answer: { type: 'boolean' },
    policy: HISTORY,
  },
  age: {
    name: 'age',
    description: 'Age in years: 65–74 scores 1, ≥ 75 scores 2.',
    sources: [{ from: 'demographics', field: 'ageYears' }],
    answer: { type: 'number', unit: 'a' },
    policy: DEMOGRAPHIC,
  },
  diabetes: {
    name: 'diabetes',
    description: 'Diabetes mellitus (1 point).',
    sources: [{ from: 'condition', concept: DIABETES }],
    answer: { type: 'boolean' },
    policy: HISTORY,
  },
  strokeTiaOrThromboembolism: {
    name: 'strokeTiaOrThromboembolism',
    description: 'Prior stroke, TIA or thromboembolism (2 points).',
    sources: [{ from: 'condition', concept: STROKE_TIA_OR_THROMBOEMBOLISM }],
    answer: { type: 'boolean' },
    policy: HISTORY,
  },
  vascularDisease: {
    name: 'vascularDisease',
    description: 'Vascular disease: prior MI, peripheral artery disease or aortic plaque (1 point).',
    sources: [{ from: 'condition', concept: VASCULAR_DISEASE }],
    answer: { type: 'boolean' },
    policy: HISTORY,
  },
  sex: {
    name: 'sex',
    description: 'Sex category: female scores 1.',
    sources: [{ from: 'demographics', field: 'sex' }],
    answer: { type: 'choice', options: ['male', 'female'] },
    policy: DEMOGRAPHIC,
  },
} as const satisfies Record<string, InputDefinition>;

/** ESC 2020 categories, by the number of non-sex risk points (female sex alone is not a risk factor). */
export const CHA2DS2_VASC_BANDS = {
  low: {
    id: 'low',
    label: 'Low risk (0 in men, 1 in women)',
    order: 0,
    description:
      'ESC 2020: low stroke risk; the category in which antithrombotic therapy is not indicated for stroke prevention.',
  },
  intermediate: {
    id: 'intermediate',
    label: 'One non-sex risk factor (1 in men, 2 in women)',
    order: 1,
    description:
      'ESC 2020: the category in which oral anticoagulation should be considered, weighing individual benefit and bleeding risk.',
  },
  high: {
    id: 'high',
    label: 'Two or more non-sex risk factors (≥ 2 in men, ≥ 3 in women)',
    order: 2,
    description: 'ESC 2020: the category in which oral anticoagulation is recommended for stroke prevention.',
  },
} as const satisfies Record<string, RiskBand>;

const CHA2DS2_VASC_SCHEME: BandScheme = {
  scheme: 'esc-2020',
  title: 'ESC 2020 stroke-risk category',
  bands: Object.values(CHA2DS2_VASC_BANDS),
  bandOf: (points) => {
    let nonSex = 0;
    for (const key in points) if (key !== 'sex') nonSex += points[key] ?? 0;
    return nonSex === 0
      ? CHA2DS2_VASC_BANDS.low
      : nonSex === 1
        ? CHA2DS2_VASC_BANDS.intermediate
        : CHA2DS2_VASC_BANDS.high;
  },
};

/** Age points: ≥ 75 → 2; 65–74 → 1; < 65 → 0. */
export function cha2ds2VascAgePoints(age: number): number {
  return age >= 75 ? 2 : age >= 65 ? 1 : 0;
}

/**
 * Compute CHA2DS2-VASc.
 *
 * @example
 * computeCha2ds2Vasc(context).total; // 0–9, or null while age or sex is missing
 */
export function computeCha2ds2Vasc(context: PatientContext, answers: ClinicianAnswers = {}): RiskResult {
  const reader = new InputReader(context, answers);
  const IN = CHA2DS2_VASC_INPUTS;
  const age = reader.age(IN.age);
  const sex = reader.sex(IN.sex);
  const criteria = [
    flagCriterion(reader, IN.congestiveHeartFailure, 'Congestive heart failure', 1),
    flagCriterion(reader, IN.hypertension, 'Hypertension', 1),
    age.known
      ? scoredCriterion('age', 'Age (65–74: 1; ≥ 75: 2)', cha2ds2VascAgePoints(age.value), age.value, ['age'], 'a')
      : unscoredCriterion('age', 'Age (65–74: 1; ≥ 75: 2)', { min: 0, max: 2 }, ['age']),
    flagCriterion(reader, IN.diabetes, 'Diabetes mellitus', 1),
    flagCriterion(reader, IN.strokeTiaOrThromboembolism, 'Stroke, TIA or thromboembolism', 2),
    flagCriterion(reader, IN.vascularDisease, 'Vascular disease', 1),
    sex.known
      ? scoredCriterion('sex', 'Sex category (female)', sex.value === 'female' ? 1 : 0, sex.value, ['sex'])
      : unscoredCriterion('sex', 'Sex category (female)', { min: 0, max: 1 }, ['sex']),
  ];
  if (!context.conditions.some((c) => ATRIAL_FIBRILLATION.match(c.codes))) {
    reader.warn(
      'population-caveat',
      undefined,
      undefined,
      'No atrial fibrillation or flutter is recorded; CHA2DS2-VASc is validated in atrial fibrillation.',
    );
  }
  return buildResult({ calculator: cha2ds2VascCalculator, reader, criteria, schemes: [CHA2DS2_VASC_SCHEME] });
}

/** The CHA2DS2-VASc calculator. */
export const cha2ds2VascCalculator: RiskCalculator = {
  id: 'cha2ds2-vasc',
  title: 'CHA2DS2-VASc',
  description: 'Stroke and thromboembolism risk in atrial fibrillation.',
  inputs: Object.values(CHA2DS2_VASC_INPUTS),
  citations: [LIP_CHA2DS2VASC_2010, ESC_AF_2020],
  compute: computeCha2ds2Vasc,
};
