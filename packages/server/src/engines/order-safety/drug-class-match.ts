/**
 * How the order-safety checks recognise a drug class and a condition: a
 * class is RxNorm ingredient codes plus ingredient names matched as whole
 * words in a coding display or text (orders usually carry clinical-drug codes
 * such as "Naproxen sodium 220 MG Oral Tablet"); a condition is a short code
 * set of this engine's own or a calculator concept built from value sets.
 *
 * @module
 */
import { ClinicalConcept, type CodingRef } from '@meridian/fhir-adapter';
import { findMatchingCoding, type CodeSet } from '../risk/codes/code-set.js';
import { wordPattern } from '../risk/core/word-pattern.js';

/** A drug class: ingredient codes and ingredient names. */
export interface MedicationCodeSet extends CodeSet {
  readonly ingredientNames: readonly string[];
}

/** A condition list a rule reads: this engine's own code set, or a value-set concept. */
export type ConditionSet = CodeSet | ClinicalConcept;

/**
 * True when a medication (its codings and free text) belongs to the class, by ingredient code or name.
 *
 * @example
 * medicationMatches([{ system: RXNORM, code: '849574', display: 'Naproxen sodium 220 MG Oral Tablet' }], undefined, NSAID_CLASS); // true
 */
export function medicationMatches(
  codings: readonly CodingRef[],
  text: string | undefined,
  drugClass: MedicationCodeSet,
): boolean {
  if (findMatchingCoding(codings, drugClass)) return true;
  const texts = [text, ...codings.map((c) => c.display)].filter((t): t is string => typeof t === 'string');
  return texts.some((t) => drugClass.ingredientNames.some((name) => wordPattern(name).test(t)));
}

/**
 * True when a condition's codings belong to the set (a concept honours its exclusions).
 *
 * @example
 * conditionMatches(condition.codes, HEART_FAILURE); // true for SNOMED 703272007
 */
export function conditionMatches(codings: readonly CodingRef[], set: ConditionSet): boolean {
  return set instanceof ClinicalConcept
    ? set.match(codings) !== undefined
    : findMatchingCoding(codings, set) !== undefined;
}
