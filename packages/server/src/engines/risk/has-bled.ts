/**
 * HAS-BLED one-year major bleeding risk in atrial fibrillation (Pisters 2010).
 *
 * Missing and stale inputs:
 * - Coded history (stroke, bleeding, liver disease, dialysis/transplant, antiplatelet/NSAID use) not
 *   in the record is read as absent (`record-absence` provenance).
 * - Uncontrolled hypertension (SBP > 160 mmHg) and renal function (creatinine ≥ 200 µmol/L) need a
 *   measurement; a stale one is used with a warning (chronic values), none at all is missing.
 * - Labile INR is a clinician judgement; it is 0 (derived) when no vitamin K antagonist is listed.
 * - Alcohol (≥ 8 drinks/week) is missing unless answered or an alcohol-use disorder is coded.
 *
 * @module
 */
import type { PatientContext } from '@meridian/fhir-adapter';
import { PISTERS_HASBLED_2010 } from './citations.js';
import {
  ALCOHOL_EXCESS,
  BLEEDING_HISTORY_OR_PREDISPOSITION,
  CHRONIC_LIVER_DISEASE,
  RENAL_DIALYSIS_OR_TRANSPLANT,
  STROKE_HISTORY,
} from './codes/condition-concepts.js';
import { ANTIPLATELET_OR_NSAID, VITAMIN_K_ANTAGONIST } from './codes/medication-concepts.js';
import { scenarioTotal, scoredCriterion, unscoredCriterion } from './core/criteria.js';
import { flagCriterion } from './core/flag-criterion.js';
import { InputReader } from './core/input-reader.js';
import { buildResult, type BandScheme } from './core/result.js';
import type {
  ClinicianAnswers,
  CriterionResult,
  InputDefinition,
  InputPolicy,
  RiskBand,
  RiskCalculator,
  RiskResult,
} from './types.js';

const HISTORY: InputPolicy = { whenNotRecorded: 'absent', whenStale: 'use-with-warning' };
const NEEDS_VALUE: InputPolicy = { whenNotRecorded: 'missing', whenStale: 'use-with-warning' };

/** HAS-BLED inputs by name. */
export const HAS_BLED_INPUTS = {
  uncontrolledHypertension: {
    name: 'uncontrolledHypertension',
    description: 'Uncontrolled hypertension: systolic BP > 160 mmHg (latest value, or a clinician answer).',
    sources: [{ from: 'measurement', measure: 'systolicBp' }],
    answer: { type: 'boolean' },
    policy: NEEDS_VALUE,
  },
  abnormalRenalFunction: {
    name: 'abnormalRenalFunction',
    description: 'Chronic dialysis, renal transplantation or serum creatinine ≥ 200 µmol/L.',
    sources: [
      { from: 'condition', concept: RENAL_DIALYSIS_OR_TRANSPLANT },
      { from: 'measurement', measure: 'creatinine' },
    ],
    answer: { type: 'boolean' },
    policy: NEEDS_VALUE,
  },
  abnormalLiverFunction: {
    name: 'abnormalLiverFunction',
    description:
      'Chronic hepatic disease (e.g. cirrhosis) or biochemical derangement (bilirubin > 2× ULN with AST/ALT/ALP > 3× ULN — answer only; the context carries no liver enzymes).',
    sources: [{ from: 'condition', concept: CHRONIC_LIVER_DISEASE }],
    answer: { type: 'boolean' },
    policy: HISTORY,
  },
  strokeHistory: {
    name: 'strokeHistory',
    description: 'Previous stroke (a transient ischaemic attack alone does not count).',
    sources: [{ from: 'condition', concept: STROKE_HISTORY }],
    answer: { type: 'boolean' },
    policy: HISTORY,
  },
  bleedingHistoryOrPredisposition: {
    name: 'bleedingHistoryOrPredisposition',
    description:
      'Previous major bleeding, or predisposition to bleeding: anaemia, thrombocytopenia or a bleeding diathesis (thrombophilias and carrier states do not count).',
    sources: [{ from: 'condition', concept: BLEEDING_HISTORY_OR_PREDISPOSITION }],
    answer: { type: 'boolean' },
    policy: HISTORY,
  },
  labileInr: {
    name: 'labileInr',
    description:
      'Labile INR: unstable/high INRs or time in therapeutic range < 60% (clinician judgement; 0 when not on a vitamin K antagonist).',
    sources: [{ from: 'clinician-only' }, { from: 'medication', medication: VITAMIN_K_ANTAGONIST }],
    answer: { type: 'boolean' },
    policy: NEEDS_VALUE,
  },
  age: {
    name: 'age',
    description: 'Elderly: age > 65 years.',
    sources: [{ from: 'demographics', field: 'ageYears' }],
    answer: { type: 'number', unit: 'a' },
    policy: NEEDS_VALUE,
  },
  antiplateletOrNsaid: {
    name: 'antiplateletOrNsaid',
    description: 'Concomitant antiplatelet agent or NSAID.',
    sources: [{ from: 'medication', medication: ANTIPLATELET_OR_NSAID }],
    answer: { type: 'boolean' },
    policy: HISTORY,
  },
  alcoholExcess: {
    name: 'alcoholExcess',
    description:
      'Current alcohol use ≥ 8 drinks a week (clinician answer, or a coded alcohol abuse or dependence that is not in remission).',
    sources: [{ from: 'condition', concept: ALCOHOL_EXCESS }],
    answer: { type: 'boolean' },
    policy: NEEDS_VALUE,
  },
} as const satisfies Record<string, InputDefinition>;

const RATE_SOURCE = 'Pisters 2010, Euro Heart Survey';
const band = (score: number, rate: string | undefined): RiskBand => ({
  id: `score-${score}`,
  label: score >= 3 ? `HAS-BLED ${score >= 6 ? '≥ 6' : score}: high risk` : `HAS-BLED ${score}`,
  order: Math.min(score, 6),
  description:
    score >= 3
      ? 'A score ≥ 3 indicates high bleeding risk: caution and regular review, and attention to the correctable risk factors.'
      : 'Score below the high-risk threshold of 3.',
  ...(rate
    ? { reportedRisk: `${rate} major bleeds per 100 patient-years (${RATE_SOURCE})` }
    : { reportedRisk: `Insufficient data for scores above 5 (${RATE_SOURCE})` }),
});

/** One band per score 0–5 with the published bleed rate, and one for ≥ 6. */
export const HAS_BLED_BANDS: readonly RiskBand[] = [
  band(0, '1.13'),
  band(1, '1.02'),
  band(2, '1.88'),
  band(3, '3.74'),
  band(4, '8.70'),
  band(5, '12.50'),
  band(6, undefined),
];

const HAS_BLED_SCHEME: BandScheme = {
  scheme: 'pisters-2010',
  title: 'HAS-BLED bleeding risk',
  bands: HAS_BLED_BANDS,
  bandOf: (points) => HAS_BLED_BANDS[Math.min(scenarioTotal(points), 6)] ?? HAS_BLED_BANDS[6]!,
};

function measuredFlag(
  reader: InputReader,
  def: InputDefinition,
  label: string,
  meets: (v: number) => boolean,
): CriterionResult {
  const answered = reader.fromAnswer<boolean>(def);
  if (answered.known) return scoredCriterion(def.name, label, answered.value ? 1 : 0, answered.value, [def.name]);
  const coded = reader.findCoded(def);
  if (coded) {
    reader.use(def, true, coded);
    return scoredCriterion(def.name, label, 1, true, [def.name]);
  }
  const m = reader.measured(def);
  return m.known
    ? scoredCriterion(def.name, label, meets(m.value) ? 1 : 0, m.value, [def.name], reader.reportsFor([def])[0]?.unit)
    : unscoredCriterion(def.name, label, { min: 0, max: 1 }, [def.name]);
}

function labileInrCriterion(reader: InputReader): CriterionResult {
  const def = HAS_BLED_INPUTS.labileInr;
  const label = 'Labile INR';
  const answered = reader.fromAnswer<boolean>(def);
  if (answered.known) return scoredCriterion(def.name, label, answered.value ? 1 : 0, answered.value, [def.name]);
  if (!reader.findCoded(def)) {
    reader.use(def, false, {
      kind: 'derived',
      detail: 'No vitamin K antagonist in the medication list: labile INR does not apply.',
      sources: [],
    });
    return scoredCriterion(def.name, label, 0, false, [def.name]);
  }
  reader.miss(def);
  return unscoredCriterion(def.name, label, { min: 0, max: 1 }, [def.name]);
}

/**
 * Compute HAS-BLED.
 *
 * @example
 * computeHasBled(context, { labileInr: false, alcoholExcess: false }).total;
 */
export function computeHasBled(context: PatientContext, answers: ClinicianAnswers = {}): RiskResult {
  const reader = new InputReader(context, answers);
  const IN = HAS_BLED_INPUTS;
  const age = reader.age(IN.age);
  const criteria = [
    measuredFlag(reader, IN.uncontrolledHypertension, 'Hypertension (SBP > 160 mmHg)', (sbp) => sbp > 160),
    measuredFlag(reader, IN.abnormalRenalFunction, 'Abnormal renal function', (creatinine) => creatinine >= 200),
    flagCriterion(reader, IN.abnormalLiverFunction, 'Abnormal liver function', 1),
    flagCriterion(reader, IN.strokeHistory, 'Stroke', 1),
    flagCriterion(reader, IN.bleedingHistoryOrPredisposition, 'Bleeding history or predisposition', 1),
    labileInrCriterion(reader),
    age.known
      ? scoredCriterion('age', 'Elderly (age > 65)', age.value > 65 ? 1 : 0, age.value, ['age'], 'a')
      : unscoredCriterion('age', 'Elderly (age > 65)', { min: 0, max: 1 }, ['age']),
    flagCriterion(reader, IN.antiplateletOrNsaid, 'Drugs (antiplatelet or NSAID)', 1),
    flagCriterion(reader, IN.alcoholExcess, 'Alcohol (≥ 8 drinks/week)', 1),
  ];
  return buildResult({ calculator: hasBledCalculator, reader, criteria, schemes: [HAS_BLED_SCHEME] });
}

/** The HAS-BLED calculator. */
export const hasBledCalculator: RiskCalculator = {
  id: 'has-bled',
  title: 'HAS-BLED',
  description: 'One-year major bleeding risk in atrial fibrillation.',
  inputs: Object.values(HAS_BLED_INPUTS),
  citations: [PISTERS_HASBLED_2010],
  compute: computeHasBled,
};
