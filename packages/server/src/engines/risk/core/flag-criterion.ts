/**
 * A criterion worth fixed points when a coded yes/no input is present.
 *
 * @module
 */
import type { CriterionResult, InputDefinition } from '../types.js';
import { scoredCriterion, unscoredCriterion } from './criteria.js';
import type { InputReader } from './input-reader.js';

/** Read `def` as a coded yes/no (answer, conditions, medications) and score `points` when present. */
export function flagCriterion(
  reader: InputReader,
  def: InputDefinition,
  label: string,
  points: number,
): CriterionResult {
  const read = reader.coded(def);
  return read.known
    ? scoredCriterion(def.name, label, read.value ? points : 0, read.value, [def.name])
    : unscoredCriterion(def.name, label, { min: 0, max: points }, [def.name]);
}
