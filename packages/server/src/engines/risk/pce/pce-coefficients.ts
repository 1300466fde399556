/**
 * The Pooled Cohort Equations' coefficients, baseline survivals and mean "Coef × Value" sums, as
 * published in the 2013 ACC/AHA risk assessment guideline (Goff et al.), Table A of the Full Work
 * Group Report supplement. A coefficient the guideline lists as N/A is 0 here.
 *
 * @module
 */

/** The terms of an equation, in the guideline's order. */
export const PCE_TERMS = [
  'lnAge',
  'lnAgeSquared',
  'lnTotalCholesterol',
  'lnAgeXLnTotalCholesterol',
  'lnHdl',
  'lnAgeXLnHdl',
  'lnTreatedSbp',
  'lnAgeXLnTreatedSbp',
  'lnUntreatedSbp',
  'lnAgeXLnUntreatedSbp',
  'currentSmoker',
  'lnAgeXCurrentSmoker',
  'diabetes',
] as const;

/** One term name. */
export type PceTerm = (typeof PCE_TERMS)[number];

/** One sex- and race-specific equation. */
export interface PceEquation {
  readonly id: 'white-female' | 'african-american-female' | 'white-male' | 'african-american-male';
  readonly label: string;
  readonly coefficients: Readonly<Record<PceTerm, number>>;
  /** Baseline 10-year survival S10. */
  readonly baselineSurvival: number;
  /** Mean of Coef × Value in the derivation cohort. */
  readonly meanSum: number;
}

/** The four published equations. */
export const PCE_EQUATIONS = {
  whiteFemale: {
    id: 'white-female',
    label: 'White women',
    coefficients: {
      lnAge: -29.799,
      lnAgeSquared: 4.884,
      lnTotalCholesterol: 13.54,
      lnAgeXLnTotalCholesterol: -3.114,
      lnHdl: -13.578,
      lnAgeXLnHdl: 3.149,
      lnTreatedSbp: 2.019,
      lnAgeXLnTreatedSbp: 0,
      lnUntreatedSbp: 1.957,
      lnAgeXLnUntreatedSbp: 0,
      currentSmoker: 7.574,
      lnAgeXCurrentSmoker: -1.665,
      diabetes: 0.661,
    },
    baselineSurvival: 0.9665,
    meanSum: -29.18,
  },
  africanAmericanFemale: {
    id: 'african-american-female',
    label: 'African-American women',
    coefficients: {
      lnAge: 17.114,
      lnAgeSquared: 0,
      lnTotalCholesterol: 0.94,
      lnAgeXLnTotalCholesterol: 0,
      lnHdl: -18.92,
      lnAgeXLnHdl: 4.475,
      lnTreatedSbp: 29.291,
      lnAgeXLnTreatedSbp: -6.432,
      lnUntreatedSbp: 27.82,
      lnAgeXLnUntreatedSbp: -6.087,
      currentSmoker: 0.691,
      lnAgeXCurrentSmoker: 0,
      diabetes: 0.874,
    },
    baselineSurvival: 0.9533,
    meanSum: 86.61,
  },
  whiteMale: {
    id: 'white-male',
    label: 'White men',
    coefficients: {
      lnAge: 12.344,
      lnAgeSquared: 0,
      lnTotalCholesterol: 11.853,
      lnAgeXLnTotalCholesterol: -2.664,
      lnHdl: -7.99,
      lnAgeXLnHdl: 1.769,
      lnTreatedSbp: 1.797,
      lnAgeXLnTreatedSbp: 0,
      lnUntreatedSbp: 1.764,
      lnAgeXLnUntreatedSbp: 0,
      currentSmoker: 7.837,
      lnAgeXCurrentSmoker: -1.795,
      diabetes: 0.658,
    },
    baselineSurvival: 0.9144,
    meanSum: 61.18,
  },
  africanAmericanMale: {
    id: 'african-american-male',
    label: 'African-American men',
    coefficients: {
      lnAge: 2.469,
      lnAgeSquared: 0,
      lnTotalCholesterol: 0.302,
      lnAgeXLnTotalCholesterol: 0,
      lnHdl: -0.307,
      lnAgeXLnHdl: 0,
      lnTreatedSbp: 1.916,
      lnAgeXLnTreatedSbp: 0,
      lnUntreatedSbp: 1.809,
      lnAgeXLnUntreatedSbp: 0,
      currentSmoker: 0.549,
      lnAgeXCurrentSmoker: 0,
      diabetes: 0.645,
    },
    baselineSurvival: 0.8954,
    meanSum: 19.54,
  },
} as const satisfies Record<string, PceEquation>;

/**
 * The accepted input ranges: age 40–79 from the guideline; cholesterol and blood pressure the limits
 * of the ACC/AHA ASCVD Risk Estimator. Outside them the equations are not applied (no extrapolation).
 */
export const PCE_VALID_RANGES = {
  age: { min: 40, max: 79, unit: 'a' },
  totalCholesterol: { min: 130, max: 320, unit: 'mg/dL' },
  hdlCholesterol: { min: 20, max: 100, unit: 'mg/dL' },
  systolicBp: { min: 90, max: 200, unit: 'mm[Hg]' },
} as const;
