/**
 * Code sets: named lists of codings a calculator input recognises, and the matcher.
 *
 * Matching is local (no terminology server): SNOMED CT and RxNorm codes match exactly;
 * ICD-10-CM entries marked `prefix` match the code and every code below it
 * (dots and case ignored), which is how ICD-10 categories are meant to be read.
 *
 * @module
 */
import type { CodingRef } from '@meridian/fhir-adapter';
import { ICD10_CM, ICD10_WHO } from './code-systems.js';

/** One coding of a code set. */
export interface CodeSetEntry {
  readonly system: string;
  readonly code: string;
  readonly display: string;
  /** `prefix`: also match descendants (ICD-10 categories). Default `exact`. */
  readonly match?: 'exact' | 'prefix';
}

/** A named, auditable list of codings. */
export interface CodeSet {
  readonly id: string;
  readonly title: string;
  readonly codes: readonly CodeSetEntry[];
}

/**
 * A medication code set: RxNorm ingredient codes, plus ingredient names matched as whole words in
 * the coding display or text (FHIR medications usually carry a clinical-drug code such as
 * "warfarin sodium 5 MG Oral Tablet", not the ingredient code).
 */
export interface MedicationCodeSet extends CodeSet {
  readonly ingredientNames: readonly string[];
}

const normaliseIcd = (code: string): string => code.replace(/\./g, '').toUpperCase();
const isIcd10 = (system: string | undefined): boolean => system === ICD10_CM || system === ICD10_WHO;

/**
 * True when one coding matches one entry.
 *
 * @example
 * codingMatches({ system: ICD10_CM, code: 'I48.91' }, { system: ICD10_CM, code: 'I48', display: 'AF', match: 'prefix' }); // true
 */
export function codingMatches(coding: CodingRef, entry: CodeSetEntry): boolean {
  if (coding.code === undefined) return false;
  if (isIcd10(entry.system)) {
    if (!isIcd10(coding.system)) return false;
    const have = normaliseIcd(coding.code);
    const want = normaliseIcd(entry.code);
    return entry.match === 'prefix' ? have.startsWith(want) : have === want;
  }
  return coding.system === entry.system && coding.code.trim() === entry.code;
}

/** The first coding of `codings` in the code set, if any. */
export function findMatchingCoding(codings: readonly CodingRef[], codeSet: CodeSet): CodingRef | undefined {
  for (const coding of codings) {
    for (const entry of codeSet.codes) if (codingMatches(coding, entry)) return coding;
  }
  return undefined;
}

const wordPatternCache = new Map<string, RegExp>();
function wordPattern(name: string): RegExp {
  let pattern = wordPatternCache.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
    wordPatternCache.set(name, pattern);
  }
  return pattern;
}

/**
 * True when a medication (its codings and free text) belongs to the medication code set, by
 * ingredient code or by ingredient name.
 */
export function medicationMatches(codings: readonly CodingRef[], text: string | undefined, codeSet: MedicationCodeSet): boolean {
  if (findMatchingCoding(codings, codeSet)) return true;
  const texts = [text, ...codings.map((c) => c.display)].filter((t): t is string => typeof t === 'string');
  return texts.some((t) => codeSet.ingredientNames.some((name) => wordPattern(name).test(t)));
}
