/**
 * `DetectedIssue` as Meridian emits it for a red flag or a safety finding.
 *
 * @module
 */
import type { DetectedIssue } from '@medplum/fhirtypes';
import type { CodingRef } from '../context/types.js';
import { assertDateTime, assertReference, toConcept } from './coding.js';

/**
 * Input of `buildDetectedIssue`.
 *
 * @example
 * ```ts
 * const input: DetectedIssueInput = {
 *   patient: 'Patient/123', identified: '2024-05-01T12:00:00Z', severity: 'high',
 *   code: { system: 'https://meridian.example/red-flags', code: 'sepsis-screen', display: 'Possible sepsis' },
 *   detail: 'Lactate above 4 mmol/L with hypotension.',
 *   evidence: ['Observation/lactate-1', 'Observation/bp-1'],
 * };
 * ```
 */
export interface DetectedIssueInput {
  id?: string;
  /** `Patient/{id}`. */
  patient: string;
  /** When the issue was identified (FHIR dateTime). */
  identified: string;
  /** What kind of issue. */
  code: CodingRef;
  severity: 'high' | 'moderate' | 'low';
  /** Human-readable description. */
  detail: string;
  /** Resources the issue is about (e.g. a MedicationRequest). */
  implicated?: readonly string[];
  /** Resources supporting the finding (e.g. the Observations that triggered it). */
  evidence?: readonly string[];
  /** Device or Practitioner reference that identified it. */
  author?: string;
  /** A URI with more information (guideline, monograph). */
  reference?: string;
  /** Default `final`; `preliminary` for unconfirmed flags. */
  status?: 'final' | 'preliminary';
}

/**
 * Builds an R4 `DetectedIssue`. Throws `TypeError` on a malformed reference or date.
 *
 * @example
 * ```ts
 * import { buildDetectedIssue } from '@meridian/fhir-adapter';
 * const issue = buildDetectedIssue({
 *   patient: 'Patient/123', identified: '2024-05-01T12:00:00Z', severity: 'high',
 *   code: { system: 'https://meridian.example/red-flags', code: 'news2-high', display: 'NEWS2 of 7 or more' },
 *   detail: 'NEWS2 is 8: urgent clinical review advised.',
 *   evidence: ['RiskAssessment/news2-1'],
 * });
 * ```
 */
export function buildDetectedIssue(input: DetectedIssueInput): DetectedIssue {
  assertReference(input.patient, 'patient');
  assertDateTime(input.identified, 'identified');
  const resource: DetectedIssue = {
    resourceType: 'DetectedIssue',
    status: input.status ?? 'final',
    code: toConcept(input.code),
    severity: input.severity,
    patient: { reference: input.patient },
    identifiedDateTime: input.identified,
  };
  if (input.id !== undefined) resource.id = input.id;
  if (input.author !== undefined) {
    assertReference(input.author, 'author');
    resource.author = { reference: input.author };
  }
  const implicated = input.implicated ?? [];
  implicated.forEach((r, i) => assertReference(r, `implicated[${i}]`));
  if (implicated.length > 0) resource.implicated = implicated.map((reference) => ({ reference }));
  const evidence = input.evidence ?? [];
  evidence.forEach((r, i) => assertReference(r, `evidence[${i}]`));
  if (evidence.length > 0) resource.evidence = [{ detail: evidence.map((reference) => ({ reference })) }];
  if (input.detail.trim() !== '') resource.detail = input.detail;
  if (input.reference !== undefined) resource.reference = input.reference;
  return resource;
}
