/**
 * The exact range of the PCE risk (and of each Coef × Value term) over every combination of
 * candidate values of the missing inputs.
 *
 * For a fixed age, sex and race the individual sum is a sum of independent groups of terms — age;
 * total cholesterol; HDL; SBP with its treatment; smoking; diabetes — each depending on one input
 * (and the fixed age). The sum's extremes are therefore the sums of each group's extremes, and the
 * risk is increasing in the sum. Only age, sex and race are enumerated jointly.
 *
 * @module
 */
import type { NumericRange } from '../types.js';
import { PCE_TERMS, type PceTerm } from './pce-coefficients.js';
import { pceIndividualSum, pceTermValues, selectPceEquation, type PceRace, type PceValues } from './pce-equation.js';

/** Candidate values of every input (one value when known). */
export type PceCandidates = { readonly [K in keyof PceValues]: readonly PceValues[K][] };

/** Risk and term ranges. */
export interface PceRange {
  readonly risk: NumericRange;
  readonly terms: Readonly<Record<PceTerm, NumericRange>>;
}

/** The input each group of terms depends on (besides age). */
const GROUPS: readonly { readonly input: keyof PceValues; readonly terms: readonly PceTerm[] }[] = [
  { input: 'age', terms: ['lnAge', 'lnAgeSquared'] },
  { input: 'totalCholesterol', terms: ['lnTotalCholesterol', 'lnAgeXLnTotalCholesterol'] },
  { input: 'hdlCholesterol', terms: ['lnHdl', 'lnAgeXLnHdl'] },
  { input: 'systolicBp', terms: ['lnTreatedSbp', 'lnAgeXLnTreatedSbp', 'lnUntreatedSbp', 'lnAgeXLnUntreatedSbp'] },
  { input: 'currentSmoker', terms: ['currentSmoker', 'lnAgeXCurrentSmoker'] },
  { input: 'diabetes', terms: ['diabetes'] },
];

const first = <T>(values: readonly T[]): T => {
  const v = values[0];
  if (v === undefined) throw new RangeError('PCE candidates must not be empty');
  return v;
};

/** Every (value, treated) variant of a group's input. */
function groupVariants(group: (typeof GROUPS)[number], c: PceCandidates, base: PceValues): PceValues[] {
  if (group.input === 'systolicBp') {
    return c.systolicBp.flatMap((systolicBp) =>
      c.onBloodPressureTreatment.map((t) => ({ ...base, systolicBp, onBloodPressureTreatment: t })),
    );
  }
  if (group.input === 'age') return [base];
  return (c[group.input] as readonly (number | boolean)[]).map((v) => ({ ...base, [group.input]: v }));
}

/**
 * Risk and term ranges over the candidates.
 *
 * @example
 * pceRange({ age: [55], sex: ['female'], race: ['white'], totalCholesterol: [213], hdlCholesterol: [20, 100],
 *   systolicBp: [120], onBloodPressureTreatment: [false], currentSmoker: [false], diabetes: [false] }).risk;
 */
export function pceRange(c: PceCandidates): PceRange {
  if (Object.values(c).every((values) => values.length === 1)) return singlePoint(c);
  const risk = { min: Infinity, max: -Infinity };
  const terms = Object.fromEntries(PCE_TERMS.map((t) => [t, { min: Infinity, max: -Infinity }])) as Record<
    PceTerm,
    { min: number; max: number }
  >;
  for (const age of c.age)
    for (const sex of c.sex)
      for (const race of c.race as readonly PceRace[]) {
        const eq = selectPceEquation(sex, race);
        const base: PceValues = {
          age,
          sex,
          race,
          totalCholesterol: first(c.totalCholesterol),
          hdlCholesterol: first(c.hdlCholesterol),
          systolicBp: first(c.systolicBp),
          onBloodPressureTreatment: first(c.onBloodPressureTreatment),
          currentSmoker: first(c.currentSmoker),
          diabetes: first(c.diabetes),
        };
        let sumMin = 0;
        let sumMax = 0;
        for (const group of GROUPS) {
          let groupMin = Infinity;
          let groupMax = -Infinity;
          for (const variant of groupVariants(group, c, base)) {
            const values = pceTermValues(eq, variant);
            let groupSum = 0;
            for (const term of group.terms) {
              const v = values[term];
              groupSum += v;
              const range = terms[term];
              if (v < range.min) range.min = v;
              if (v > range.max) range.max = v;
            }
            if (groupSum < groupMin) groupMin = groupSum;
            if (groupSum > groupMax) groupMax = groupSum;
          }
          sumMin += groupMin;
          sumMax += groupMax;
        }
        const riskOf = (sum: number) => 1 - Math.pow(eq.baselineSurvival, Math.exp(sum - eq.meanSum));
        risk.min = Math.min(risk.min, riskOf(sumMin));
        risk.max = Math.max(risk.max, riskOf(sumMax));
      }
  return { risk, terms };
}

/** Fast path when every input is known: one evaluation. */
function singlePoint(c: PceCandidates): PceRange {
  const values: PceValues = {
    age: first(c.age),
    sex: first(c.sex),
    race: first(c.race),
    totalCholesterol: first(c.totalCholesterol),
    hdlCholesterol: first(c.hdlCholesterol),
    systolicBp: first(c.systolicBp),
    onBloodPressureTreatment: first(c.onBloodPressureTreatment),
    currentSmoker: first(c.currentSmoker),
    diabetes: first(c.diabetes),
  };
  const eq = selectPceEquation(values.sex, values.race);
  const termValues = pceTermValues(eq, values);
  const p = 1 - Math.pow(eq.baselineSurvival, Math.exp(pceIndividualSum(termValues) - eq.meanSum));
  const terms = {} as Record<PceTerm, NumericRange>;
  for (const term of PCE_TERMS) terms[term] = { min: termValues[term], max: termValues[term] };
  return { risk: { min: p, max: p }, terms };
}
