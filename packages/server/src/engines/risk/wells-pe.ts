/**
 * Wells criteria for pulmonary embolism (Wells 2000), with the three-tier (low < 2, moderate 2–6,
 * high > 6) and two-tier (PE unlikely ≤ 4, PE likely > 4) interpretations.
 *
 * Signs of DVT, "PE the most likely diagnosis" and recent immobilisation/surgery are clinical
 * judgements not held in a FHIR record: they are missing until a clinician answers. Heart rate is
 * current physiology (stale → missing). Haemoptysis counts when coded, else is missing (a symptom's
 * absence from the problem list is not evidence). Previous DVT/PE and malignancy are read from the
 * problem list, absence read as "no".
 *
 * @module
 */
import type { PatientContext } from '@meridian/fhir-adapter';
import { WELLS_PE_2000 } from './citations.js';
import { HAEMOPTYSIS, MALIGNANCY, PRIOR_VTE } from './codes/condition-concepts.js';
import { scenarioTotal, scoredCriterion, unscoredCriterion } from './core/criteria.js';
import { flagCriterion } from './core/flag-criterion.js';
import { InputReader } from './core/input-reader.js';
import { buildResult, type BandScheme } from './core/result.js';
import type { ClinicianAnswers, InputDefinition, InputPolicy, RiskBand, RiskCalculator, RiskResult } from './types.js';

const JUDGEMENT: InputPolicy = { whenNotRecorded: 'missing', whenStale: 'missing' };
const HISTORY: InputPolicy = { whenNotRecorded: 'absent', whenStale: 'use-with-warning' };

/** Wells PE inputs by name. */
export const WELLS_PE_INPUTS = {
  clinicalSignsOfDvt: {
    name: 'clinicalSignsOfDvt',
    description:
      'Clinical signs and symptoms of DVT (minimum: leg swelling and pain on palpation of the deep veins) — 3 points.',
    sources: [{ from: 'clinician-only' }],
    answer: { type: 'boolean' },
    policy: JUDGEMENT,
  },
  peMostLikelyDiagnosis: {
    name: 'peMostLikelyDiagnosis',
    description: 'An alternative diagnosis is less likely than PE — 3 points.',
    sources: [{ from: 'clinician-only' }],
    answer: { type: 'boolean' },
    policy: JUDGEMENT,
  },
  heartRate: {
    name: 'heartRate',
    description: 'Heart rate (beats/min); > 100 scores 1.5.',
    sources: [{ from: 'measurement', measure: 'heartRate' }],
    answer: { type: 'number', unit: '/min' },
    policy: JUDGEMENT,
  },
  immobilisationOrRecentSurgery: {
    name: 'immobilisationOrRecentSurgery',
    description: 'Immobilisation (≥ 3 days) or surgery in the previous 4 weeks — 1.5 points.',
    sources: [{ from: 'clinician-only' }],
    answer: { type: 'boolean' },
    policy: JUDGEMENT,
  },
  previousDvtOrPe: {
    name: 'previousDvtOrPe',
    description: 'Previous DVT or PE — 1.5 points.',
    sources: [{ from: 'condition', concept: PRIOR_VTE }],
    answer: { type: 'boolean' },
    policy: HISTORY,
  },
  haemoptysis: {
    name: 'haemoptysis',
    description: 'Haemoptysis — 1 point.',
    sources: [{ from: 'condition', concept: HAEMOPTYSIS }],
    answer: { type: 'boolean' },
    policy: JUDGEMENT,
  },
  malignancy: {
    name: 'malignancy',
    description: 'Malignancy (on treatment, treated in the last 6 months, or palliative) — 1 point.',
    sources: [{ from: 'condition', concept: MALIGNANCY }],
    answer: { type: 'boolean' },
    policy: HISTORY,
  },
} as const satisfies Record<string, InputDefinition>;

/** Three-tier bands. */
export const WELLS_PE_THREE_TIER_BANDS = {
  low: { id: 'low', label: 'Low probability (< 2)', order: 0, description: 'Low clinical probability of PE.' },
  moderate: {
    id: 'moderate',
    label: 'Moderate probability (2–6)',
    order: 1,
    description: 'Moderate clinical probability of PE.',
  },
  high: { id: 'high', label: 'High probability (> 6)', order: 2, description: 'High clinical probability of PE.' },
} as const satisfies Record<string, RiskBand>;

/** Two-tier bands. */
export const WELLS_PE_TWO_TIER_BANDS = {
  unlikely: { id: 'pe-unlikely', label: 'PE unlikely (≤ 4)', order: 0, description: 'PE unlikely.' },
  likely: { id: 'pe-likely', label: 'PE likely (> 4)', order: 1, description: 'PE likely.' },
} as const satisfies Record<string, RiskBand>;

const THREE_TIER: BandScheme = {
  scheme: 'three-tier',
  title: 'Wells three-tier clinical probability',
  bands: Object.values(WELLS_PE_THREE_TIER_BANDS),
  bandOf: (points) => {
    const total = scenarioTotal(points);
    return total < 2
      ? WELLS_PE_THREE_TIER_BANDS.low
      : total <= 6
        ? WELLS_PE_THREE_TIER_BANDS.moderate
        : WELLS_PE_THREE_TIER_BANDS.high;
  },
};

const TWO_TIER: BandScheme = {
  scheme: 'two-tier',
  title: 'Wells two-tier (PE likely / unlikely)',
  bands: Object.values(WELLS_PE_TWO_TIER_BANDS),
  bandOf: (points) => (scenarioTotal(points) <= 4 ? WELLS_PE_TWO_TIER_BANDS.unlikely : WELLS_PE_TWO_TIER_BANDS.likely),
};

/**
 * Compute the Wells score for PE.
 *
 * @example
 * computeWellsPe(context, { clinicalSignsOfDvt: false, peMostLikelyDiagnosis: true, immobilisationOrRecentSurgery: false, haemoptysis: false });
 */
export function computeWellsPe(context: PatientContext, answers: ClinicianAnswers = {}): RiskResult {
  const reader = new InputReader(context, answers);
  const IN = WELLS_PE_INPUTS;
  const hr = reader.measured(IN.heartRate);
  const criteria = [
    flagCriterion(reader, IN.clinicalSignsOfDvt, 'Clinical signs and symptoms of DVT', 3),
    flagCriterion(reader, IN.peMostLikelyDiagnosis, 'PE is the most likely diagnosis', 3),
    hr.known
      ? scoredCriterion('heartRate', 'Heart rate > 100/min', hr.value > 100 ? 1.5 : 0, hr.value, ['heartRate'], '/min')
      : unscoredCriterion('heartRate', 'Heart rate > 100/min', { min: 0, max: 1.5 }, ['heartRate']),
    flagCriterion(reader, IN.immobilisationOrRecentSurgery, 'Immobilisation or surgery in the previous 4 weeks', 1.5),
    flagCriterion(reader, IN.previousDvtOrPe, 'Previous DVT or PE', 1.5),
    flagCriterion(reader, IN.haemoptysis, 'Haemoptysis', 1),
    flagCriterion(reader, IN.malignancy, 'Malignancy', 1),
  ];
  return buildResult({ calculator: wellsPeCalculator, reader, criteria, schemes: [THREE_TIER, TWO_TIER] });
}

/** The Wells PE calculator. */
export const wellsPeCalculator: RiskCalculator = {
  id: 'wells-pe',
  title: 'Wells criteria for pulmonary embolism',
  description: 'Clinical probability of PE, three-tier and two-tier.',
  inputs: Object.values(WELLS_PE_INPUTS),
  citations: [WELLS_PE_2000],
  compute: computeWellsPe,
};
