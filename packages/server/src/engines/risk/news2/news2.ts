/**
 * NEWS2 — the Royal College of Physicians' National Early Warning Score 2 (2017).
 *
 * @module
 */
import type { PatientContext } from '@meridian/fhir-adapter';
import { COPD } from '../codes/condition-concepts.js';
import { RCP_NEWS2_2017 } from '../citations.js';
import { scoredCriterion, unscoredCriterion } from '../core/criteria.js';
import { readAcvpu, readSupplementalOxygen } from '../core/findings.js';
import { InputReader, type Resolved } from '../core/input-reader.js';
import { buildResult } from '../core/result.js';
import type { ClinicianAnswers, CriterionResult, InputDefinition, RiskCalculator, RiskResult } from '../types.js';
import { NEWS2_SCHEME } from './news2-bands.js';
import { NEWS2_INPUTS as IN } from './news2-inputs.js';
import {
  roundToChartPrecision,
  scoreNews2Consciousness,
  scoreNews2Oxygen,
  scoreNews2Pulse,
  scoreNews2RespiratoryRate,
  scoreNews2Spo2Scale1,
  scoreNews2Spo2Scale2,
  scoreNews2SystolicBp,
  scoreNews2Temperature,
} from './news2-thresholds.js';

const UP_TO_3 = { min: 0, max: 3 } as const;

/** Score one numeric vital sign, rounding it to chart precision first. */
function vitalCriterion(
  reader: InputReader,
  def: InputDefinition,
  label: string,
  unit: string,
  decimals: 0 | 1,
  score: (v: number) => number,
  maxPoints = 3,
): CriterionResult {
  const read = reader.measured(def);
  if (!read.known) return unscoredCriterion(def.name, label, { min: 0, max: maxPoints }, [def.name]);
  const charted = roundToChartPrecision(read.value, decimals);
  if (charted !== read.value)
    reader.warn('value-rounded', def, undefined, `${def.name} ${read.value} was charted as ${charted}.`);
  return scoredCriterion(def.name, label, score(charted), charted, [def.name], unit);
}

function spo2Criterion(reader: InputReader, scale2: boolean, onOxygen: Resolved<boolean>): CriterionResult {
  const label = scale2 ? 'SpO2 (Scale 2)' : 'SpO2 (Scale 1)';
  const read = reader.measured(IN.oxygenSaturation);
  const inputs = [IN.oxygenSaturation.name, IN.useSpo2Scale2.name, ...(scale2 ? [IN.supplementalOxygen.name] : [])];
  if (!read.known) return unscoredCriterion('oxygenSaturation', label, UP_TO_3, inputs);
  const spo2 = roundToChartPrecision(read.value, 0);
  if (!scale2) return scoredCriterion('oxygenSaturation', label, scoreNews2Spo2Scale1(spo2), spo2, inputs, '%');
  if (spo2 <= 92 || onOxygen.known) {
    return scoredCriterion(
      'oxygenSaturation',
      label,
      scoreNews2Spo2Scale2(spo2, onOxygen.known && onOxygen.value),
      spo2,
      inputs,
      '%',
    );
  }
  return unscoredCriterion('oxygenSaturation', label, { min: 0, max: scoreNews2Spo2Scale2(spo2, true) }, inputs, spo2);
}

/**
 * Compute NEWS2 from a patient context.
 *
 * @example
 * const result = computeNews2(context, { useSpo2Scale2: true });
 * result.total; // e.g. 6, with result.interpretations[0].band?.id === 'medium'
 */
export function computeNews2(context: PatientContext, answers: ClinicianAnswers = {}): RiskResult {
  const reader = new InputReader(context, answers);
  const scale = reader.coded(IN.useSpo2Scale2);
  const scale2 = scale.known && scale.value;
  const scaleReport = reader.reportsFor([IN.useSpo2Scale2])[0];
  if (scale2 && scaleReport?.provenance?.kind === 'record') {
    reader.warn(
      'proxy-used',
      IN.useSpo2Scale2,
      scaleReport.provenance.source,
      'SpO2 Scale 2 was selected from a coded hypercapnic respiratory failure; confirm that a target of 88–92% is prescribed.',
    );
  }
  const copd =
    scaleReport?.provenance?.kind === 'record-absence'
      ? context.conditions.find((c) => COPD.match(c.codes))
      : undefined;
  if (copd) {
    reader.warn(
      'population-caveat',
      IN.useSpo2Scale2,
      copd.source,
      'COPD is recorded: SpO2 Scale 1 was used. If a target of 88–92% is prescribed, answer useSpo2Scale2 = true.',
    );
  }
  const onOxygen = readSupplementalOxygen(reader, IN.supplementalOxygen);
  const criteria: CriterionResult[] = [
    vitalCriterion(reader, IN.respiratoryRate, 'Respiration rate', '/min', 0, scoreNews2RespiratoryRate),
    spo2Criterion(reader, scale2, onOxygen),
    onOxygen.known
      ? scoredCriterion('supplementalOxygen', 'Air or oxygen', scoreNews2Oxygen(onOxygen.value), onOxygen.value, [
          IN.supplementalOxygen.name,
        ])
      : unscoredCriterion('supplementalOxygen', 'Air or oxygen', { min: 0, max: 2 }, [IN.supplementalOxygen.name]),
    vitalCriterion(reader, IN.systolicBp, 'Systolic blood pressure', 'mm[Hg]', 0, scoreNews2SystolicBp),
    vitalCriterion(reader, IN.heartRate, 'Pulse', '/min', 0, scoreNews2Pulse),
  ];
  const level = readAcvpu(reader, IN.consciousness);
  criteria.push(
    level.known
      ? scoredCriterion('consciousness', 'Consciousness', scoreNews2Consciousness(level.value), level.value, [
          IN.consciousness.name,
        ])
      : unscoredCriterion('consciousness', 'Consciousness', UP_TO_3, [IN.consciousness.name]),
    vitalCriterion(reader, IN.temperature, 'Temperature', 'Cel', 1, scoreNews2Temperature),
  );
  return buildResult({
    calculator: news2Calculator,
    reader,
    criteria,
    schemes: [NEWS2_SCHEME],
    variant: scale2 ? 'SpO2 scale 2' : 'SpO2 scale 1',
  });
}

/** The NEWS2 calculator. */
export const news2Calculator: RiskCalculator = {
  id: 'news2',
  title: 'NEWS2 (National Early Warning Score 2)',
  description: 'Aggregate early warning score from seven physiological parameters, with the RCP clinical response.',
  inputs: Object.values(IN),
  citations: [RCP_NEWS2_2017],
  compute: computeNews2,
};
