/**
 * The FHIR R4 issue-type value set (http://hl7.org/fhir/issue-type).
 *
 * @module
 */

/**
 * Every code of the R4 `IssueType` value set, keyed by a camel-case name.
 *
 * @example
 * ```ts
 * import { ISSUE_TYPES } from '@meridian/fhir-adapter';
 * buildOperationOutcome([{ severity: 'error', code: ISSUE_TYPES.notFound, details: 'Unknown patient' }]);
 * ```
 */
export const ISSUE_TYPES = {
  invalid: 'invalid',
  structure: 'structure',
  required: 'required',
  value: 'value',
  invariant: 'invariant',
  security: 'security',
  login: 'login',
  unknown: 'unknown',
  expired: 'expired',
  forbidden: 'forbidden',
  suppressed: 'suppressed',
  processing: 'processing',
  notSupported: 'not-supported',
  duplicate: 'duplicate',
  multipleMatches: 'multiple-matches',
  notFound: 'not-found',
  deleted: 'deleted',
  tooLong: 'too-long',
  codeInvalid: 'code-invalid',
  extension: 'extension',
  tooCostly: 'too-costly',
  businessRule: 'business-rule',
  conflict: 'conflict',
  transient: 'transient',
  lockError: 'lock-error',
  noStore: 'no-store',
  exception: 'exception',
  timeout: 'timeout',
  incomplete: 'incomplete',
  throttled: 'throttled',
  informational: 'informational',
} as const;

/** One code of `ISSUE_TYPES`. @example `const code: IssueType = 'not-found';` */
export type IssueType = (typeof ISSUE_TYPES)[keyof typeof ISSUE_TYPES];
