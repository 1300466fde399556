import { z } from 'zod';

/**
 * The code system of Meridian's stable error codes, carried in
 * `OperationOutcome.issue[].details.coding`.
 */
export const MERIDIAN_ERROR_SYSTEM = 'https://meridian.dev/fhir/CodeSystem/error-code' as const;

/**
 * Every stable error code Meridian answers with, its HTTP status and the FHIR
 * `issue.code` (IssueType) it maps to. The code alone decides the status.
 *
 * @example
 * ```ts
 * ERROR_CODES['invalid-json'].status; // 400
 * ```
 */
export const ERROR_CODES = {
  'invalid-json': { status: 400, issueType: 'structure' },
  'validation-failed': { status: 400, issueType: 'invalid' },
  'invalid-search-parameter': { status: 400, issueType: 'invalid' },
  unauthenticated: { status: 401, issueType: 'login' },
  'invalid-api-key': { status: 401, issueType: 'security' },
  'invalid-ehr-jwt': { status: 401, issueType: 'security' },
  'ehr-jwt-replayed': { status: 401, issueType: 'security' },
  forbidden: { status: 403, issueType: 'forbidden' },
  'route-not-found': { status: 404, issueType: 'not-found' },
  'resource-not-found': { status: 404, issueType: 'not-found' },
  'resource-deleted': { status: 410, issueType: 'deleted' },
  'request-timeout': { status: 408, issueType: 'timeout' },
  conflict: { status: 409, issueType: 'conflict' },
  'precondition-failed': { status: 412, issueType: 'conflict' },
  'fhir-data-unavailable': { status: 412, issueType: 'incomplete' },
  'payload-too-large': { status: 413, issueType: 'too-costly' },
  'unsupported-media-type': { status: 415, issueType: 'not-supported' },
  'unprocessable-entity': { status: 422, issueType: 'processing' },
  'rate-limited': { status: 429, issueType: 'throttled' },
  'request-header-fields-too-large': { status: 431, issueType: 'too-long' },
  'internal-error': { status: 500, issueType: 'exception' },
  'service-unavailable': { status: 503, issueType: 'transient' },
  'jwks-unavailable': { status: 503, issueType: 'transient' },
} as const;

/** A stable Meridian error code (a key of {@link ERROR_CODES}). */
export type ErrorCode = keyof typeof ERROR_CODES;

/** Schema of one `OperationOutcome.issue`. */
export const operationOutcomeIssueSchema = z.looseObject({
  severity: z.enum(['fatal', 'error', 'warning', 'information']),
  code: z.string(),
  details: z
    .looseObject({
      coding: z.array(z.looseObject({ system: z.string().optional(), code: z.string().optional() })).optional(),
      text: z.string().optional(),
    })
    .optional(),
  diagnostics: z.string().optional(),
  expression: z.array(z.string()).optional(),
});

/**
 * Schema of a FHIR R4 `OperationOutcome`, the body of every Meridian error.
 *
 * @example
 * ```ts
 * const outcome = operationOutcomeSchema.parse(await res.json());
 * ```
 */
export const operationOutcomeSchema = z.looseObject({
  resourceType: z.literal('OperationOutcome'),
  id: z.string().optional(),
  issue: z.array(operationOutcomeIssueSchema).min(1),
});

/** A FHIR R4 `OperationOutcome`. */
export type OperationOutcome = z.infer<typeof operationOutcomeSchema>;
/** One issue of an {@link OperationOutcome}. */
export type OperationOutcomeIssue = z.infer<typeof operationOutcomeIssueSchema>;

/**
 * The Meridian error code carried by an OperationOutcome, if any.
 *
 * @example
 * ```ts
 * errorCodeOf(outcome); // 'invalid-api-key'
 * ```
 */
export function errorCodeOf(outcome: OperationOutcome): ErrorCode | undefined {
  for (const issue of outcome.issue) {
    for (const coding of issue.details?.coding ?? []) {
      if (coding.system === MERIDIAN_ERROR_SYSTEM && coding.code && coding.code in ERROR_CODES) {
        return coding.code as ErrorCode;
      }
    }
  }
  return undefined;
}
