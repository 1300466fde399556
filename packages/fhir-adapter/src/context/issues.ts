/**
 * The vocabulary of `ContextIssue` codes and a small collector.
 *
 * @module
 */
import type { ContextIssue } from './types.js';

/**
 * Stable codes of `ContextIssue`: why a value was excluded or is doubtful.
 *
 * @example
 * ```ts
 * import { CONTEXT_ISSUE_CODES } from '@meridian/fhir-adapter';
 * context.issues.filter((i) => i.code === CONTEXT_ISSUE_CODES.stale);
 * ```
 */
export const CONTEXT_ISSUE_CODES = {
  implausibleValue: 'implausible-value',
  unknownUnit: 'unknown-unit',
  stale: 'stale',
  enteredInError: 'entered-in-error',
  cancelled: 'cancelled',
  duplicateId: 'duplicate-id',
  invalidResource: 'invalid-resource',
  otherPatient: 'other-patient',
  missingEffectiveTime: 'missing-effective-time',
  afterReferenceTime: 'after-reference-time',
  noValue: 'no-value',
  censoredValue: 'censored-value',
  refuted: 'refuted',
  inactive: 'inactive',
  missingPatient: 'missing-patient',
  multiplePatients: 'multiple-patients',
  partialBirthDate: 'partial-birth-date',
  invalidBirthDate: 'invalid-birth-date',
  fetchFailed: 'fetch-failed',
  pageLimitReached: 'page-limit-reached',
} as const;

/** One of the `CONTEXT_ISSUE_CODES` values. @example `const code: ContextIssueCode = 'stale';` */
export type ContextIssueCode = (typeof CONTEXT_ISSUE_CODES)[keyof typeof CONTEXT_ISSUE_CODES];

/** Appends issues; shared by every reader of one context build. */
export class IssueLog {
  readonly issues: ContextIssue[] = [];

  add(severity: ContextIssue['severity'], code: ContextIssueCode, source: string, message: string): void {
    this.issues.push({ severity, code, source, message });
  }
}
