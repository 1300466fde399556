/**
 * One normalised key per coding, so that membership is one `Map` look-up.
 *
 * @module
 */
import { canonicalSystem, isDottedIcdSystem } from './code-systems.js';

/**
 * The code as the terminology module compares it: ICD-10(-CM) and ICD-9-CM without dots
 * or spaces and upper-cased (`e11.51` → `E1151`), any other code trimmed.
 *
 * @example
 * ```ts
 * normaliseCode('http://hl7.org/fhir/sid/icd-10-cm', ' e11.51 '); // 'E1151'
 * ```
 */
export function normaliseCode(system: string, code: string): string {
  return isDottedIcdSystem(system) ? code.replace(/[.\s]/g, '').toUpperCase() : code.trim();
}

/**
 * The membership key of a coding: canonical system URI, `|`, normalised code.
 * Undefined when the coding has no system or no code (it can match nothing).
 *
 * @example
 * ```ts
 * codeKey('urn:oid:2.16.840.1.113883.6.96', '703272007'); // 'http://snomed.info/sct|703272007'
 * ```
 */
export function codeKey(system: string | undefined, code: string | undefined): string | undefined {
  if (typeof system !== 'string' || typeof code !== 'string') return undefined;
  const known = KEYS.get(system)?.get(code);
  if (known !== undefined) return known === NONE ? undefined : known;
  const normalised = normaliseCode(system, code);
  const key = normalised.length === 0 || system.trim().length === 0 ? NONE : `${canonicalSystem(system)}|${normalised}`;
  // Bounded: a record's codes repeat (each condition is matched against every concept), untrusted ones may not.
  if (++remembered > MEMO_LIMIT) {
    KEYS.clear();
    remembered = 1;
  }
  let ofSystem = KEYS.get(system);
  if (ofSystem === undefined) KEYS.set(system, (ofSystem = new Map()));
  ofSystem.set(code, key);
  return key === NONE ? undefined : key;
}

/** Keys by system then code as written, so that matching one coding against many concepts normalises it once. */
const KEYS = new Map<string, Map<string, string>>();
const NONE = '';
const MEMO_LIMIT = 16_384;
let remembered = 0;

/**
 * Keys of an ICD-10 code and of every category above it, longest first, for
 * sets that list a category as a prefix (`E11.51` → `E1151`, `E115`, `E11`, `E1`, `E`).
 * Remembered per key (a record's codes are matched against many concepts)
 * unless `remember` is false (compiling a set's thousands of codes once).
 *
 * @example
 * ```ts
 * icdCategoryKeys('http://hl7.org/fhir/sid/icd-10-cm|E1151'); // ['…|E1151', '…|E115', '…|E11', '…|E1', '…|E']
 * ```
 */
export function icdCategoryKeys(key: string, remember = true): readonly string[] {
  if (!remember) return categoryKeys(key);
  let keys = CATEGORY_KEYS.get(key);
  if (keys === undefined) {
    keys = Object.freeze(categoryKeys(key));
    if (CATEGORY_KEYS.size >= MEMO_LIMIT) CATEGORY_KEYS.clear();
    CATEGORY_KEYS.set(key, keys);
  }
  return keys;
}

/** Category keys by code key: an ICD code of a record is matched against every concept with categories. */
const CATEGORY_KEYS = new Map<string, readonly string[]>();

function categoryKeys(key: string): string[] {
  const bar = key.lastIndexOf('|');
  const system = key.slice(0, bar);
  const code = key.slice(bar + 1);
  const out: string[] = [];
  for (let length = code.length; length >= 1; length--) out.push(`${system}|${code.slice(0, length)}`);
  return out;
}
