/**
 * Small helpers shared by the resource builders.
 *
 * @module
 */
import type { CodeableConcept, Coding } from '@medplum/fhirtypes';
import type { CodingRef } from '../context/types.js';

/** A coding (only set fields copied) as a FHIR Coding. */
export function toCoding(coding: CodingRef): Coding {
  const out: Coding = {};
  if (coding.system !== undefined) out.system = coding.system;
  if (coding.code !== undefined) out.code = coding.code;
  if (coding.display !== undefined) out.display = coding.display;
  return out;
}

/** A CodeableConcept of one coding, with optional text. */
export function toConcept(coding: CodingRef, text?: string): CodeableConcept {
  const concept: CodeableConcept = { coding: [toCoding(coding)] };
  if (text !== undefined && text !== '') concept.text = text;
  return concept;
}

/** Throws a TypeError unless `value` is a FHIR dateTime with at least a date. */
export function assertDateTime(value: string, field: string): void {
  if (
    !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/.test(value) ||
    !Number.isFinite(Date.parse(value))
  ) {
    throw new TypeError(`${field} must be a FHIR dateTime (e.g. 2024-05-01T12:00:00Z).`);
  }
}

/** Throws a TypeError unless `value` looks like a relative or absolute FHIR reference. */
export function assertReference(value: string, field: string): void {
  if (!/^([A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}|urn:uuid:[0-9a-fA-F-]{36}|https?:\/\/\S+)$/.test(value)) {
    throw new TypeError(`${field} must be a FHIR reference such as "Patient/123".`);
  }
}
