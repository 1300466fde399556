/**
 * Defensive readers for untrusted FHIR JSON. Every function accepts `unknown`
 * and returns `undefined` rather than throwing, so malformed resources degrade
 * to "value absent" and never crash a context build.
 *
 * @module
 */
import type { CodingRef } from './types.js';

/** A JSON object (not null, not an array). */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export function readNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function readArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : EMPTY;
}

const EMPTY: readonly unknown[] = Object.freeze([]);

/** The codings of a CodeableConcept, keeping only well-formed ones. */
export function readCodings(concept: unknown): CodingRef[] {
  if (!isObject(concept)) return [];
  const out: CodingRef[] = [];
  for (const raw of readArray(concept.coding)) {
    if (!isObject(raw)) continue;
    const coding: CodingRef = {};
    const system = readString(raw.system);
    const code = readString(raw.code);
    const display = readString(raw.display);
    if (system !== undefined) coding.system = system;
    if (code !== undefined) coding.code = code;
    if (display !== undefined) coding.display = display;
    if (code !== undefined || display !== undefined) out.push(coding);
  }
  return out;
}

/** The first `code` of a CodeableConcept (e.g. `clinicalStatus`), lower-cased. */
export function readFirstCode(concept: unknown): string | undefined {
  if (!isObject(concept)) return undefined;
  for (const raw of readArray(concept.coding)) {
    if (isObject(raw) && typeof raw.code === 'string') return raw.code.toLowerCase();
  }
  return undefined;
}

/** `CodeableConcept.text`. */
export function readConceptText(concept: unknown): string | undefined {
  return isObject(concept) ? readString(concept.text) : undefined;
}

/** `Reference.reference`. */
export function readReference(reference: unknown): string | undefined {
  return isObject(reference) ? readString(reference.reference) : undefined;
}
