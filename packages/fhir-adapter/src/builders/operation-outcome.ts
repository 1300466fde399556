/**
 * `OperationOutcome` built from a few issues, and from `ContextIssue`s.
 *
 * @module
 */
import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';
import type { ContextIssue } from '../context/types.js';
import { ISSUE_TYPES, type IssueType } from './issue-types.js';

/**
 * One issue of `buildOperationOutcome`.
 *
 * @example
 * ```ts
 * const issue: OutcomeIssueInput = { severity: 'error', code: 'required', details: 'patientId is required', expression: ['context.patientId'] };
 * ```
 */
export interface OutcomeIssueInput {
  severity: 'fatal' | 'error' | 'warning' | 'information';
  /** A code of the R4 issue-type value set (see `ISSUE_TYPES`). */
  code: IssueType;
  /** Human-readable text, placed in `details.text`. */
  details?: string;
  /** Technical detail for developers (no PHI). */
  diagnostics?: string;
  /** FHIRPath expressions locating the problem. */
  expression?: readonly string[];
}

/**
 * Builds an R4 `OperationOutcome`. With no issues it states success with a
 * single `information` / `informational` issue (FHIR requires at least one).
 *
 * @example
 * ```ts
 * import { buildOperationOutcome } from '@meridian/fhir-adapter';
 * const outcome = buildOperationOutcome([{ severity: 'error', code: 'not-found', details: 'Patient not found' }]);
 * ```
 */
export function buildOperationOutcome(issues: readonly OutcomeIssueInput[], id?: string): OperationOutcome {
  const built: OperationOutcomeIssue[] = issues.map((input) => {
    const issue: OperationOutcomeIssue = { severity: input.severity, code: input.code };
    if (input.details !== undefined && input.details !== '') issue.details = { text: input.details };
    if (input.diagnostics !== undefined && input.diagnostics !== '') issue.diagnostics = input.diagnostics;
    const expression = (input.expression ?? []).filter((e) => e !== '');
    if (expression.length > 0) issue.expression = [...expression];
    return issue;
  });
  if (built.length === 0)
    built.push({ severity: 'information', code: ISSUE_TYPES.informational, details: { text: 'All OK' } });
  const outcome: OperationOutcome = { resourceType: 'OperationOutcome', issue: built };
  if (id !== undefined) outcome.id = id;
  return outcome;
}

const CONTEXT_TO_ISSUE_TYPE: Readonly<Record<string, IssueType>> = {
  'implausible-value': 'value',
  'unknown-unit': 'code-invalid',
  'censored-value': 'value',
  'invalid-resource': 'structure',
  'invalid-birth-date': 'value',
  'duplicate-id': 'duplicate',
  'multiple-patients': 'multiple-matches',
  'missing-patient': 'not-found',
  'missing-effective-time': 'required',
  'fetch-failed': 'transient',
  'page-limit-reached': 'incomplete',
};

/**
 * Turns `PatientContext.issues` into an `OperationOutcome` (e.g. to attach to a
 * response or an AuditEvent). The issue's location goes to `expression` when it
 * is a bundle path, otherwise to `diagnostics`.
 *
 * @example
 * ```ts
 * import { buildPatientContext, operationOutcomeFromContextIssues } from '@meridian/fhir-adapter';
 * const outcome = operationOutcomeFromContextIssues(buildPatientContext(bundle).issues);
 * ```
 */
export function operationOutcomeFromContextIssues(issues: readonly ContextIssue[]): OperationOutcome {
  return buildOperationOutcome(
    issues.map((issue) => {
      const input: OutcomeIssueInput = {
        severity: issue.severity,
        code: CONTEXT_TO_ISSUE_TYPE[issue.code] ?? ISSUE_TYPES.informational,
        details: issue.message,
      };
      if (/^(Bundle|prefetch|server)\./.test(issue.source)) input.expression = [issue.source];
      input.diagnostics = `${issue.code} (${issue.source})`;
      return input;
    }),
  );
}
