import { isSafeText } from './guard-text.js';

/**
 * A medication's name safe to show under the no-dosing rule: the name as
 * recorded when it names no dose, else the part before its first number
 * (`Ibuprofen 600 MG Oral Tablet` → `Ibuprofen`; leading package quantities
 * such as `120 ACTUAT` dropped first), else a neutral phrase. The dose stays
 * in the record the name came from.
 *
 * @example
 * ```ts
 * nameWithoutDose('Warfarin Sodium 5 MG Oral Tablet'); // 'Warfarin Sodium'
 * nameWithoutDose('Allergy to penicillin'); // 'Allergy to penicillin'
 * ```
 */
export function nameWithoutDose(name: string): string {
  if (isSafeText(name)) return name;
  const head = name
    .replace(/^(?:[\d.]+\s*[A-Z]+\s+)+/u, '')
    .split(/\s(?=\d)/u)[0]!
    .trim();
  return head && isSafeText(head) ? head : 'a medication (details in the cited record)';
}
