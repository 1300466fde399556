/**
 * Code sets: short named lists of codings for coded *findings* (ACVPU levels, oxygen, race).
 * Diagnoses, medications and smoking status are value-set concepts (see `define-concept.ts`).
 *
 * ICD-10-CM entries marked `prefix` match the code and every code below it (dots and case ignored).
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
