/**
 * Evaluating one Pooled Cohort Equation: risk = 1 − S10 ^ exp(Σ Coef × Value − mean).
 *
 * @module
 */
import { PCE_EQUATIONS, PCE_TERMS, type PceEquation, type PceTerm } from './pce-coefficients.js';

/** Race as the PCE use it; `other` uses the white equations, as the guideline advises. */
export type PceRace = 'white' | 'african-american' | 'other';

/** The values one equation reads (cholesterol in mg/dL, SBP in mmHg). */
export interface PceValues {
  readonly age: number;
  readonly sex: 'male' | 'female';
  readonly race: PceRace;
  readonly totalCholesterol: number;
  readonly hdlCholesterol: number;
  readonly systolicBp: number;
  readonly onBloodPressureTreatment: boolean;
  readonly currentSmoker: boolean;
  readonly diabetes: boolean;
}

/** The equation for a sex and race. */
export function selectPceEquation(sex: 'male' | 'female', race: PceRace): PceEquation {
  const african = race === 'african-american';
  if (sex === 'female') return african ? PCE_EQUATIONS.africanAmericanFemale : PCE_EQUATIONS.whiteFemale;
  return african ? PCE_EQUATIONS.africanAmericanMale : PCE_EQUATIONS.whiteMale;
}

/** Each term's Coef × Value (the rows of the guideline's worked example). */
export function pceTermValues(eq: PceEquation, v: PceValues): Record<PceTerm, number> {
  const lnAge = Math.log(v.age);
  const lnTc = Math.log(v.totalCholesterol);
  const lnHdl = Math.log(v.hdlCholesterol);
  const lnSbp = Math.log(v.systolicBp);
  const treated = v.onBloodPressureTreatment ? 1 : 0;
  const smoker = v.currentSmoker ? 1 : 0;
  const c = eq.coefficients;
  return {
    lnAge: c.lnAge * lnAge,
    lnAgeSquared: c.lnAgeSquared * lnAge * lnAge,
    lnTotalCholesterol: c.lnTotalCholesterol * lnTc,
    lnAgeXLnTotalCholesterol: c.lnAgeXLnTotalCholesterol * lnAge * lnTc,
    lnHdl: c.lnHdl * lnHdl,
    lnAgeXLnHdl: c.lnAgeXLnHdl * lnAge * lnHdl,
    lnTreatedSbp: c.lnTreatedSbp * lnSbp * treated,
    lnAgeXLnTreatedSbp: c.lnAgeXLnTreatedSbp * lnAge * lnSbp * treated,
    lnUntreatedSbp: c.lnUntreatedSbp * lnSbp * (1 - treated),
    lnAgeXLnUntreatedSbp: c.lnAgeXLnUntreatedSbp * lnAge * lnSbp * (1 - treated),
    currentSmoker: c.currentSmoker * smoker,
    lnAgeXCurrentSmoker: c.lnAgeXCurrentSmoker * lnAge * smoker,
    diabetes: c.diabetes * (v.diabetes ? 1 : 0),
  };
}

/** Σ Coef × Value (the guideline's "Individual Sum"). */
export function pceIndividualSum(terms: Readonly<Record<PceTerm, number>>): number {
  let sum = 0;
  for (const term of PCE_TERMS) sum += terms[term];
  return sum;
}

/**
 * The 10-year risk of a first hard ASCVD event, as a fraction.
 *
 * @example
 * pceTenYearRisk({ age: 55, sex: 'female', race: 'white', totalCholesterol: 213, hdlCholesterol: 50,
 *   systolicBp: 120, onBloodPressureTreatment: false, currentSmoker: false, diabetes: false }); // ≈ 0.021
 */
export function pceTenYearRisk(values: PceValues): number {
  const eq = selectPceEquation(values.sex, values.race);
  const sum = pceIndividualSum(pceTermValues(eq, values));
  return 1 - Math.pow(eq.baselineSurvival, Math.exp(sum - eq.meanSum));
}
