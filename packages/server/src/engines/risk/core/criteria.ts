/**
 * Building criterion results and summing them into a total and the range still possible.
 *
 * @module
 */
import type { AnswerValue, CriterionResult, NumericRange } from '../types.js';

/** A criterion whose points are known. */
export function scoredCriterion(
  name: string,
  label: string,
  points: number,
  value: AnswerValue,
  inputs: readonly string[],
  unit?: string,
): CriterionResult {
  return {
    name,
    label,
    points,
    possiblePoints: { min: points, max: points },
    value,
    inputs: [...inputs],
    ...(unit ? { unit } : {}),
  };
}

/** A criterion whose points are unknown; `possible` is every value they could still take. */
export function unscoredCriterion(
  name: string,
  label: string,
  possible: NumericRange,
  inputs: readonly string[],
  value: AnswerValue | null = null,
): CriterionResult {
  return { name, label, points: null, possiblePoints: possible, value, inputs: [...inputs] };
}

/** Points per criterion name, for one scenario (all-lowest or all-highest). */
export type PointsScenario = Readonly<Record<string, number>>;

/** The sum of criteria: total (null unless all known), range, and the two extreme scenarios. */
export interface CriteriaSummary {
  readonly total: number | null;
  readonly totalRange: NumericRange;
  readonly lowest: PointsScenario;
  readonly highest: PointsScenario;
}

/**
 * Sum criteria. Each unknown criterion contributes its least points to `lowest` and its most to
 * `highest`, so any completion of the missing inputs lands within `totalRange`.
 *
 * @example
 * summariseCriteria([scoredCriterion('a', 'A', 2, 2, ['a']), unscoredCriterion('b', 'B', { min: 0, max: 3 }, ['b'])]);
 * // { total: null, totalRange: { min: 2, max: 5 }, ... }
 */
export function summariseCriteria(criteria: readonly CriterionResult[]): CriteriaSummary {
  let min = 0;
  let max = 0;
  let allKnown = true;
  const lowest: Record<string, number> = {};
  const highest: Record<string, number> = {};
  for (const c of criteria) {
    min += c.possiblePoints.min;
    max += c.possiblePoints.max;
    lowest[c.name] = c.possiblePoints.min;
    highest[c.name] = c.possiblePoints.max;
    if (c.points === null) allKnown = false;
  }
  return { total: allKnown ? min : null, totalRange: { min, max }, lowest, highest };
}

/** Sum of the points of a scenario. */
export function scenarioTotal(scenario: PointsScenario): number {
  let sum = 0;
  for (const key in scenario) sum += scenario[key] ?? 0;
  return sum;
}
