/**
 * 10-year risk of a first hard ASCVD event by the 2013 ACC/AHA Pooled Cohort Equations.
 *
 * Not applicable (never extrapolated) outside age 40–79, total cholesterol 130–320 mg/dL, HDL
 * 20–100 mg/dL or SBP 90–200 mmHg, or with clinical ASCVD recorded. With inputs missing, the
 * probability range is the exact minimum and maximum over every completion within the accepted
 * ranges (see `pce-range.ts`); a missing age ranges over 40–79.
 *
 * @module
 */
import type { PatientContext } from '@meridian/fhir-adapter';
import { formatQuantity } from '@meridian/sdk';
import { GOFF_PCE_2013, GRUNDY_CHOLESTEROL_2018 } from '../citations.js';
import { findMatchingCoding } from '../codes/code-set.js';
import { CDC_RACE } from '../codes/code-systems.js';
import { scoredCriterion, unscoredCriterion } from '../core/criteria.js';
import { readCurrentSmoker } from '../core/findings.js';
import { InputReader, type Resolved } from '../core/input-reader.js';
import { buildResult, interpretBands } from '../core/result.js';
import type { ClinicianAnswers, CriterionResult, RiskCalculator, RiskResult } from '../types.js';
import { pceBandOf } from './pce-bands.js';
import { PCE_TERMS, PCE_VALID_RANGES, type PceTerm } from './pce-coefficients.js';
import { selectPceEquation, type PceRace } from './pce-equation.js';
import { pceRange } from './pce-range.js';
import { PCE_INPUTS as IN, PCE_RACE_CODE_SETS } from './pce-inputs.js';

const SCHEME = { scheme: 'acc-aha-2018', title: '10-year ASCVD risk category (2018 AHA/ACC)' } as const;
const AGES_40_TO_79 = Array.from({ length: 40 }, (_, i) => 40 + i);

/** How each Coef × Value term reads to a clinician. */
const PCE_TERM_LABELS: Record<PceTerm, string> = {
  lnAge: 'ln age',
  lnAgeSquared: '(ln age)²',
  lnTotalCholesterol: 'ln total cholesterol',
  lnAgeXLnTotalCholesterol: 'ln age × ln total cholesterol',
  lnHdl: 'ln HDL cholesterol',
  lnAgeXLnHdl: 'ln age × ln HDL cholesterol',
  lnTreatedSbp: 'ln treated systolic BP',
  lnAgeXLnTreatedSbp: 'ln age × ln treated systolic BP',
  lnUntreatedSbp: 'ln untreated systolic BP',
  lnAgeXLnUntreatedSbp: 'ln age × ln untreated systolic BP',
  currentSmoker: 'current smoker',
  lnAgeXCurrentSmoker: 'ln age × current smoker',
  diabetes: 'diabetes',
};

/** The inputs each Coef × Value term reads. */
const TERM_INPUTS: Record<PceTerm, readonly string[]> = {
  lnAge: ['age'],
  lnAgeSquared: ['age'],
  lnTotalCholesterol: ['totalCholesterol'],
  lnAgeXLnTotalCholesterol: ['age', 'totalCholesterol'],
  lnHdl: ['hdlCholesterol'],
  lnAgeXLnHdl: ['age', 'hdlCholesterol'],
  lnTreatedSbp: ['systolicBp', 'onBloodPressureTreatment'],
  lnAgeXLnTreatedSbp: ['age', 'systolicBp', 'onBloodPressureTreatment'],
  lnUntreatedSbp: ['systolicBp', 'onBloodPressureTreatment'],
  lnAgeXLnUntreatedSbp: ['age', 'systolicBp', 'onBloodPressureTreatment'],
  currentSmoker: ['currentSmoker'],
  lnAgeXCurrentSmoker: ['age', 'currentSmoker'],
  diabetes: ['diabetes'],
};

function readRace(reader: InputReader): Resolved<PceRace> {
  const answered = reader.fromAnswer<PceRace>(IN.race);
  if (answered.known) return answered;
  const codes = reader.context.patient.raceCodes ?? [];
  const source = { kind: 'record', source: reader.context.patient.reference } as const;
  if (findMatchingCoding(codes, PCE_RACE_CODE_SETS.africanAmerican))
    return reader.use(IN.race, 'african-american', source);
  if (findMatchingCoding(codes, PCE_RACE_CODE_SETS.white)) return reader.use(IN.race, 'white', source);
  if (codes.some((c) => c.system === CDC_RACE && c.code)) return reader.use(IN.race, 'other', source);
  return reader.miss(IN.race);
}

function outOfRange(
  label: string,
  read: Resolved<number>,
  range: { min: number; max: number; unit: string },
): string[] {
  if (!read.known || (read.value >= range.min && read.value <= range.max)) return [];
  return [
    `${label} ${formatQuantity(read.value, range.unit)} is outside the equations' range ${range.min}–${formatQuantity(range.max, range.unit)}.`,
  ];
}

const options = <T>(read: Resolved<T>, all: readonly T[]): readonly T[] => (read.known ? [read.value] : all);

/**
 * Compute the PCE 10-year ASCVD risk.
 *
 * @example
 * computePceAscvd(context).probability?.value; // e.g. 0.021 (2.1%)
 */
export function computePceAscvd(context: PatientContext, answers: ClinicianAnswers = {}): RiskResult {
  const reader = new InputReader(context, answers);
  const age = reader.age(IN.age);
  const sex = reader.sex(IN.sex);
  const race = readRace(reader);
  const tc = reader.measured(IN.totalCholesterol);
  const hdl = reader.measured(IN.hdlCholesterol);
  const sbp = reader.measured(IN.systolicBp);
  const treated = reader.coded(IN.onBloodPressureTreatment);
  const smoker = readCurrentSmoker(reader, IN.currentSmoker);
  const diabetes = reader.coded(IN.diabetes);
  const ascvd = reader.coded(IN.establishedAscvd);
  if (race.known && race.value === 'other') {
    reader.warn(
      'population-caveat',
      IN.race,
      undefined,
      'Race other than white or African-American: the white equations are used, as the guideline advises; they may over- or underestimate risk.',
    );
  }
  const notApplicableReasons = [
    ...(ascvd.known && ascvd.value
      ? ['Clinical ASCVD is recorded: the Pooled Cohort Equations are for primary prevention.']
      : []),
    ...outOfRange('Age', age, PCE_VALID_RANGES.age),
    ...outOfRange('Total cholesterol', tc, PCE_VALID_RANGES.totalCholesterol),
    ...outOfRange('HDL cholesterol', hdl, PCE_VALID_RANGES.hdlCholesterol),
    ...outOfRange('Systolic BP', sbp, PCE_VALID_RANGES.systolicBp),
  ];
  if (notApplicableReasons.length > 0) {
    return buildResult({
      calculator: pceAscvdCalculator,
      reader,
      criteria: [],
      schemes: [],
      notApplicableReasons,
      hasPoints: false,
    });
  }

  const { totalCholesterol: TC, hdlCholesterol: HDL, systolicBp: SBP } = PCE_VALID_RANGES;
  const { risk, terms } = pceRange({
    age: options(age, AGES_40_TO_79),
    sex: options(sex, ['male', 'female'] as const),
    race: options(race, ['white', 'african-american'] as const),
    totalCholesterol: options(tc, [TC.min, TC.max]),
    hdlCholesterol: options(hdl, [HDL.min, HDL.max]),
    systolicBp: options(sbp, [SBP.min, SBP.max]),
    onBloodPressureTreatment: options(treated, [false, true]),
    currentSmoker: options(smoker, [false, true]),
    diabetes: options(diabetes, [false, true]),
  });
  const complete = reader.missingNames(pceAscvdCalculator.inputs).length === 0;
  const criteria: CriterionResult[] = PCE_TERMS.map((term) => {
    const range = terms[term];
    const label = `${PCE_TERM_LABELS[term]} (Coef × Value)`;
    return range.min === range.max
      ? scoredCriterion(term, label, range.min, range.min, TERM_INPUTS[term])
      : unscoredCriterion(term, label, range, TERM_INPUTS[term]);
  });
  return buildResult({
    calculator: pceAscvdCalculator,
    reader,
    criteria,
    schemes: [],
    interpretations: [interpretBands(SCHEME, pceBandOf(risk.min), pceBandOf(risk.max))],
    probability: {
      outcome: 'First hard ASCVD event (CHD death, nonfatal MI, fatal or nonfatal stroke)',
      horizon: '10 years',
      value: complete ? risk.min : null,
      range: risk,
    },
    ...(sex.known && race.known ? { variant: selectPceEquation(sex.value, race.value).label } : {}),
    hasPoints: false,
  });
}

/** The Pooled Cohort Equations calculator. */
export const pceAscvdCalculator: RiskCalculator = {
  id: 'pce-ascvd',
  title: 'Pooled Cohort Equations (10-year ASCVD risk)',
  description: '2013 ACC/AHA 10-year risk of a first hard ASCVD event, ages 40–79, primary prevention.',
  inputs: Object.values(IN),
  citations: [GOFF_PCE_2013, GRUNDY_CHOLESTEROL_2018],
  compute: computePceAscvd,
};
