/**
 * qSOFA (quick Sequential Organ Failure Assessment), Sepsis-3 (Seymour 2016; Singer 2016).
 *
 * One point each: respiratory rate ≥ 22/min; altered mentation; systolic BP ≤ 100 mmHg.
 * Staleness: all three describe the patient now — a stale value is treated as missing.
 * Altered mentation is read from the level-of-consciousness finding (anything but ACVPU "Alert"),
 * or answered by a clinician (GCS < 15).
 *
 * @module
 */
import type { PatientContext } from '@meridian/fhir-adapter';
import { SEYMOUR_QSOFA_2016, SINGER_SEPSIS3_2016 } from './citations.js';
import { ACVPU_LEVELS } from './codes/finding-codes.js';
import { scenarioTotal, scoredCriterion, unscoredCriterion } from './core/criteria.js';
import { readNotAlert } from './core/findings.js';
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

const ACUTE: InputPolicy = { whenNotRecorded: 'missing', whenStale: 'missing' };

/** qSOFA inputs by name. */
export const QSOFA_INPUTS = {
  respiratoryRate: {
    name: 'respiratoryRate',
    description: 'Respiratory rate (breaths/min); ≥ 22 scores 1.',
    sources: [{ from: 'measurement', measure: 'respiratoryRate' }],
    answer: { type: 'number', unit: '/min' },
    policy: ACUTE,
  },
  alteredMentation: {
    name: 'alteredMentation',
    description: 'Altered mentation (GCS < 15): read as any ACVPU level other than Alert, or answered by a clinician.',
    sources: [{ from: 'finding', finding: 'levelOfConsciousness', codeSets: ACVPU_LEVELS.map((l) => l.codeSet) }],
    answer: { type: 'boolean' },
    policy: ACUTE,
  },
  systolicBp: {
    name: 'systolicBp',
    description: 'Systolic blood pressure (mmHg); ≤ 100 scores 1.',
    sources: [{ from: 'measurement', measure: 'systolicBp' }],
    answer: { type: 'number', unit: 'mm[Hg]' },
    policy: ACUTE,
  },
} as const satisfies Record<string, InputDefinition>;

/** qSOFA bands. */
export const QSOFA_BANDS = {
  negative: {
    id: 'negative',
    label: 'qSOFA < 2',
    order: 0,
    description: 'Does not meet the qSOFA threshold; qSOFA alone does not exclude sepsis — continue to reassess.',
  },
  positive: {
    id: 'positive',
    label: 'qSOFA ≥ 2',
    order: 1,
    description:
      'Suspected infection with qSOFA ≥ 2 identifies patients at greater risk of poor outcome (prolonged ICU stay or death); prompt assessment for organ dysfunction and consideration of sepsis.',
  },
} as const satisfies Record<string, RiskBand>;

const QSOFA_SCHEME: BandScheme = {
  scheme: 'sepsis-3',
  title: 'qSOFA (Sepsis-3)',
  bands: Object.values(QSOFA_BANDS),
  bandOf: (points) => (scenarioTotal(points) >= 2 ? QSOFA_BANDS.positive : QSOFA_BANDS.negative),
};

function thresholdCriterion(
  reader: InputReader,
  def: InputDefinition,
  label: string,
  unit: string,
  meets: (v: number) => boolean,
): CriterionResult {
  const read = reader.measured(def);
  return read.known
    ? scoredCriterion(def.name, label, meets(read.value) ? 1 : 0, read.value, [def.name], unit)
    : unscoredCriterion(def.name, label, { min: 0, max: 1 }, [def.name]);
}

/**
 * Compute qSOFA.
 *
 * @example
 * computeQsofa(context, { alteredMentation: true }).interpretations[0]?.band?.id; // 'positive' | 'negative' | undefined
 */
export function computeQsofa(context: PatientContext, answers: ClinicianAnswers = {}): RiskResult {
  const reader = new InputReader(context, answers);
  const def = QSOFA_INPUTS.alteredMentation;
  const mentation = readNotAlert(reader, def);
  const criteria = [
    thresholdCriterion(reader, QSOFA_INPUTS.respiratoryRate, 'Respiratory rate ≥ 22/min', '/min', (v) => v >= 22),
    mentation.known
      ? scoredCriterion(def.name, 'Altered mentation', mentation.value ? 1 : 0, mentation.value, [def.name])
      : unscoredCriterion(def.name, 'Altered mentation', { min: 0, max: 1 }, [def.name]),
    thresholdCriterion(reader, QSOFA_INPUTS.systolicBp, 'Systolic BP ≤ 100 mmHg', 'mm[Hg]', (v) => v <= 100),
  ];
  return buildResult({ calculator: qsofaCalculator, reader, criteria, schemes: [QSOFA_SCHEME] });
}

/** The qSOFA calculator. */
export const qsofaCalculator: RiskCalculator = {
  id: 'qsofa',
  title: 'qSOFA (quick SOFA)',
  description: 'Bedside prompt for patients with suspected infection at risk of poor outcome (Sepsis-3).',
  inputs: Object.values(QSOFA_INPUTS),
  citations: [SEYMOUR_QSOFA_2016, SINGER_SEPSIS3_2016],
  compute: computeQsofa,
};
