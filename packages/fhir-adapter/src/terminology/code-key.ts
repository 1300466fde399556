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
  const normalised = normaliseCode(system, code);
  if (normalised.length === 0 || system.trim().length === 0) return undefined;
  return `${canonicalSystem(system)}|${normalised}`;
}

/**
 * Keys of an ICD-10 code and of every category above it, longest first, for
 * sets that list a category as a prefix (`E11.51` → `E1151`, `E115`, `E11`, `E1`, `E`).
 *
 * @example
 * ```ts
 * icdCategoryKeys('http://hl7.org/fhir/sid/icd-10-cm|E1151'); // ['…|E1151', '…|E115', '…|E11', '…|E1', '…|E']
 * ```
 */
export function icdCategoryKeys(key: string): string[] {
  const bar = key.lastIndexOf('|');
  const system = key.slice(0, bar);
  const code = key.slice(bar + 1);
  const out: string[] = [];
  for (let length = code.length; length >= 1; length--) out.push(`${system}|${code.slice(0, length)}`);
  return out;
}
