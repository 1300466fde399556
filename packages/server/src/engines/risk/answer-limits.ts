/**
 * The physiologically possible range of each numeric clinician answer: the
 * same range the FHIR adapter applies to a recorded value of the measure the
 * input reads (`MEASURES[…].plausible`, converted to the answer's unit), so
 * an answered respiratory rate of −5 is refused exactly as a recorded one is
 * excluded. Ages have no recorded measure: 0 to 130 years.
 *
 * @module
 */
import { convertMeasureValue, MEASURES } from '@meridian/fhir-adapter';
import { RISK_CALCULATORS } from './registry.js';
import type { ClinicianAnswers } from './types.js';

/** A numeric answer's possible range, in the answer's unit. */
export interface AnswerLimit {
  readonly min: number;
  readonly max: number;
  readonly unit: string;
}

/** Ages a clinician may answer (the oldest verified human lived to 122). */
const AGE_LIMIT: AnswerLimit = { min: 0, max: 130, unit: 'a' };

function buildLimits(): ReadonlyMap<string, AnswerLimit> {
  const limits = new Map<string, AnswerLimit>();
  for (const calculator of Object.values(RISK_CALCULATORS)) {
    for (const input of calculator.inputs) {
      if (input.answer.type !== 'number' || limits.has(input.name)) continue;
      const unit = input.answer.unit;
      const source = input.sources[0];
      if (source?.from === 'demographics' && source.field === 'ageYears') limits.set(input.name, AGE_LIMIT);
      if (source?.from !== 'measurement') continue;
      const measure = MEASURES[source.measure];
      const min = convertMeasureValue(measure, measure.plausible.min, measure.unit, unit);
      const max = convertMeasureValue(measure, measure.plausible.max, measure.unit, unit);
      if (min !== null && max !== null)
        limits.set(input.name, { min: Math.min(min, max), max: Math.max(min, max), unit });
    }
  }
  return limits;
}

let cached: ReadonlyMap<string, AnswerLimit> | undefined;

/**
 * The limit of every numeric answer, by input name.
 *
 * @example
 * ```ts
 * answerLimits().get('respiratoryRate'); // { min: 0, max: 100, unit: '/min' }
 * ```
 */
export function answerLimits(): ReadonlyMap<string, AnswerLimit> {
  return (cached ??= buildLimits());
}

/** A numeric answer outside its possible range. */
export interface ImplausibleAnswer extends AnswerLimit {
  readonly name: string;
}

/**
 * The numeric answers outside their physiologically possible range (a small
 * tolerance for rounding at the edges); answers of other types, or to inputs
 * no calculator reads as a number, are left to the calculators.
 *
 * @example
 * ```ts
 * implausibleAnswers({ respiratoryRate: -5, heartRate: 80 }); // [{ name: 'respiratoryRate', min: 0, max: 100, unit: '/min' }]
 * ```
 */
export function implausibleAnswers(answers: ClinicianAnswers): ImplausibleAnswer[] {
  const out: ImplausibleAnswer[] = [];
  const limits = answerLimits();
  for (const [name, value] of Object.entries(answers)) {
    const limit = limits.get(name);
    if (!limit || typeof value !== 'number') continue;
    const slack = Math.max(Math.abs(limit.min), Math.abs(limit.max)) * 1e-12;
    if (!Number.isFinite(value) || value < limit.min - slack || value > limit.max + slack) out.push({ name, ...limit });
  }
  return out;
}
