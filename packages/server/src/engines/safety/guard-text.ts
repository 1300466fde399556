import type { SafetyCheckResponse } from '@meridian/sdk';
import { findDosing } from './classify-passage.js';
import { splitPassages } from './split-passages.js';

/** What replaces a removed passage. */
export const TREATMENT_ADVICE =
  'Treatment decisions, including any medication, dose, route or frequency, should be discussed with the treating clinician.';

/**
 * Removes every passage that doses or prescribes and puts
 * {@link TREATMENT_ADVICE} in its place (once per run of removed passages);
 * reports each removal with its reason.
 *
 * @example
 * ```ts
 * const { text, removed } = guardText('Sepsis is likely. Start amoxicillin 500 mg PO TID.');
 * // text: 'Sepsis is likely. Treatment decisions, ... treating clinician.'
 * // removed: [{ reason: 'dose', rule: 'dose-unit', text: 'Start amoxicillin 500 mg PO TID.', start: 18 }]
 * ```
 */
export function guardText(text: string): SafetyCheckResponse {
  const removed: SafetyCheckResponse['removed'] = [];
  const kept: string[] = [];
  let lastWasAdvice = false;
  for (const passage of splitPassages(text)) {
    const found = findDosing(passage.text);
    if (!found) {
      kept.push(passage.text);
      lastWasAdvice = false;
      continue;
    }
    removed.push({ reason: found.reason, rule: found.rule, text: passage.text, start: passage.start });
    if (!lastWasAdvice) kept.push(TREATMENT_ADVICE);
    lastWasAdvice = true;
  }
  return { text: removed.length ? kept.join(' ') : text, removed };
}

/**
 * Whether a short text (a list item, a condition name) is safe as it is.
 *
 * @example
 * ```ts
 * isSafeText('Tachycardia 118/min'); // true
 * ```
 */
export function isSafeText(text: string): boolean {
  return splitPassages(text).every((p) => findDosing(p.text) === null);
}
