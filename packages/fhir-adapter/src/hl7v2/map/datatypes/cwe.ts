/**
 * CWE / CE / CNE / CF -> CodeableConcept, after the IG's CWE[CodeableConcept]:
 * CWE-1..3 the first coding (CWE-7 its version), CWE-4..6 the alternate
 * (CWE-8), CWE-10..12 the second alternate (CWE-13), CWE-9 the text.
 *
 * @module
 */
import type { CodeableConcept, Coding } from '@medplum/fhirtypes';
import { componentOf, type Hl7Repetition } from '../../parse/message-tree.js';
import { codingSystemUri } from './coding-systems.js';

function codingAt(rep: Hl7Repetition, first: number, version: number): Coding | undefined {
  const code = componentOf(rep, first);
  const display = componentOf(rep, first + 1);
  if (code === '') return undefined;
  const coding: Coding = { code };
  const system = codingSystemUri(componentOf(rep, first + 2));
  if (system !== undefined) coding.system = system;
  if (componentOf(rep, version) !== '') coding.version = componentOf(rep, version);
  if (display !== '') coding.display = display;
  return coding;
}

/**
 * The codings of a coded element, in order (primary, alternate, second alternate).
 *
 * @example
 * ```ts
 * cweCodings([['8867-4'], ['Heart rate'], ['LN']]); // [{ code: '8867-4', system: 'http://loinc.org', display: 'Heart rate' }]
 * ```
 */
export function cweCodings(rep: Hl7Repetition | undefined): Coding[] {
  if (rep === undefined) return [];
  return [codingAt(rep, 1, 7), codingAt(rep, 4, 8), codingAt(rep, 10, 13)].filter((c): c is Coding => c !== undefined);
}

/**
 * A CodeableConcept, or `undefined` when nothing is valued. A display with no
 * code (CWE-2 alone) becomes the text.
 *
 * @example
 * ```ts
 * toCodeableConcept([['F'], ['Female'], ['HL70001']]);
 * // { coding: [{ code: 'F', system: 'http://terminology.hl7.org/CodeSystem/v2-0001', display: 'Female' }] }
 * ```
 */
export function toCodeableConcept(rep: Hl7Repetition | undefined): CodeableConcept | undefined {
  if (rep === undefined) return undefined;
  const coding = cweCodings(rep);
  const text = componentOf(rep, 9) || (coding.length === 0 ? componentOf(rep, 2) || componentOf(rep, 5) : '');
  if (coding.length === 0 && text === '') return undefined;
  const concept: CodeableConcept = {};
  if (coding.length > 0) concept.coding = coding;
  if (text !== '') concept.text = text;
  return concept;
}

/**
 * A CodeableConcept holding only text (the IG's ST[CodeableConcept]).
 *
 * @example
 * ```ts
 * textConcept('HYPOTENSION'); // { text: 'HYPOTENSION' }
 * ```
 */
export function textConcept(text: string): CodeableConcept | undefined {
  return text.trim() === '' ? undefined : { text: text.trim() };
}
