/**
 * Reading clinician answers: an answer is used only when it has the declared shape; otherwise it is
 * ignored with an `invalid-answer` warning (never coerced).
 *
 * @module
 */
import type { AnswerValue, ClinicianAnswers, InputDefinition, RiskWarning } from '../types.js';

/**
 * The clinician's answer for an input, if one was given and is valid for its {@link AnswerSpec}.
 *
 * @example
 * readAnswer(def, { heartRate: 112 }, warnings); // 112 when def.answer is { type: 'number' }
 */
export function readAnswer(
  def: InputDefinition,
  answers: ClinicianAnswers,
  warnings: RiskWarning[],
): AnswerValue | undefined {
  if (!Object.prototype.hasOwnProperty.call(answers, def.name)) return undefined;
  const value = answers[def.name];
  if (value === undefined) return undefined;
  const spec = def.answer;
  const valid =
    (spec.type === 'boolean' && typeof value === 'boolean') ||
    (spec.type === 'number' && typeof value === 'number' && Number.isFinite(value)) ||
    (spec.type === 'choice' && typeof value === 'string' && spec.options.includes(value));
  if (valid) return value;
  const expected = spec.type === 'choice' ? `one of ${spec.options.join(', ')}` : `a ${spec.type}`;
  warnings.push({
    code: 'invalid-answer',
    input: def.name,
    message: `The answer for ${def.name} was ignored: expected ${expected}.`,
  });
  return undefined;
}
