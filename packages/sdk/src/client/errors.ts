import { errorCodeOf, type ErrorCode, type OperationOutcome } from '../schemas/operation-outcome.js';

/**
 * Base class of every error the SDK throws.
 *
 * @example
 * ```ts
 * try { await client.health(); } catch (e) { if (e instanceof MeridianError) console.error(e.message); }
 * ```
 */
export class MeridianError extends Error {
  override name = 'MeridianError';
}

/**
 * The server answered with an error status. Carries the FHIR `OperationOutcome`
 * (when the body was one), the stable Meridian error code and the request id.
 *
 * @example
 * ```ts
 * catch (e) { if (e instanceof MeridianApiError && e.code === 'invalid-api-key') rotateKey(); }
 * ```
 */
export class MeridianApiError extends MeridianError {
  override name = 'MeridianApiError';
  /** HTTP status. */
  readonly status: number;
  /** The OperationOutcome the server sent, if the body was one. */
  readonly outcome: OperationOutcome | undefined;
  /** Stable Meridian error code from the outcome, if any. */
  readonly code: ErrorCode | undefined;
  /** The `X-Request-Id` of the failed request, for support. */
  readonly requestId: string | undefined;

  constructor(status: number, outcome: OperationOutcome | undefined, requestId: string | undefined) {
    const text = outcome?.issue.map((i) => i.details?.text ?? i.diagnostics ?? i.code).join('; ');
    super(`HTTP ${status}${text ? `: ${text}` : ''}${requestId ? ` (request ${requestId})` : ''}`);
    this.status = status;
    this.outcome = outcome;
    this.code = outcome ? errorCodeOf(outcome) : undefined;
    this.requestId = requestId;
  }
}

/** 400: the request was malformed or failed validation. */
export class BadRequestError extends MeridianApiError {
  override name = 'BadRequestError';
}
/** 401: missing or invalid API key. */
export class AuthenticationError extends MeridianApiError {
  override name = 'AuthenticationError';
}
/** 403: the API key's role may not do this. */
export class PermissionDeniedError extends MeridianApiError {
  override name = 'PermissionDeniedError';
}
/** 404: no such resource or route. */
export class NotFoundError extends MeridianApiError {
  override name = 'NotFoundError';
}
/** 409 or 412: a conflicting write (see {@link PreconditionFailedError} for 412). */
export class ConflictError extends MeridianApiError {
  override name = 'ConflictError';
}
/**
 * 412: a precondition failed: an `ifMatch` version is no longer current
 * (`precondition-failed`), or a CDS Service could not obtain the FHIR data it
 * needs (`fhir-data-unavailable`); the error's `code` tells which. A
 * {@link ConflictError} too.
 */
export class PreconditionFailedError extends ConflictError {
  override name = 'PreconditionFailedError';
}
/** 429: rate limited (retried automatically up to `maxRetries`). */
export class RateLimitError extends MeridianApiError {
  override name = 'RateLimitError';
}
/** 5xx: the server failed (502/503/504 are retried automatically). */
export class ServerError extends MeridianApiError {
  override name = 'ServerError';
}

/** One problem a {@link MeridianValidationError} found: where (the field's path) and what. */
export interface MeridianValidationIssue {
  /** The field's path from the root of what was checked (`['context', 'patientId']`); empty for the root itself. */
  path: (string | number)[];
  /** What is wrong there, as the schema words it. */
  message: string;
}

/**
 * Something the SDK checks with its schemas did not hold: a request it was
 * asked to send (`target: 'request'`, nothing was sent), or a server's answer
 * (`target: 'response'`, the request was sent and may have taken effect).
 * `issues` names each field that failed, and the message names their paths.
 *
 * @example
 * ```ts
 * try {
 *   await client.risk.assess({ calculators: ['news2'] } as never);
 * } catch (e) {
 *   if (e instanceof MeridianValidationError) console.error(e.target, e.issues.map((i) => i.path.join('.')));
 * }
 * ```
 */
export class MeridianValidationError extends MeridianError {
  override name = 'MeridianValidationError';
  /** Whether the SDK's input or the server's answer failed its schema. */
  readonly target: 'request' | 'response';
  /** Each field that failed, with its path and what is wrong. */
  readonly issues: MeridianValidationIssue[];

  constructor(target: 'request' | 'response', issues: MeridianValidationIssue[], options?: ErrorOptions) {
    const where = (issue: MeridianValidationIssue) => (issue.path.length ? issue.path.join('.') : '(root)');
    const listed = issues
      .slice(0, 5)
      .map((i) => `${where(i)}: ${i.message}`)
      .join('; ');
    const more = issues.length > 5 ? `; and ${issues.length - 5} more` : '';
    super(
      `${target === 'request' ? 'invalid request, not sent' : "the server's response does not match the SDK's schema"}: ${listed}${more}`,
      options,
    );
    this.target = target;
    this.issues = issues;
  }
}

/** The request did not complete within `timeoutMs`. */
export class MeridianTimeoutError extends MeridianError {
  override name = 'MeridianTimeoutError';
}

/** The server could not be reached (DNS, refused connection, reset). */
export class MeridianConnectionError extends MeridianError {
  override name = 'MeridianConnectionError';
}

/**
 * Builds the error subclass that matches an HTTP status.
 *
 * @example
 * ```ts
 * throw apiErrorFor(404, outcome, 'req-1'); // NotFoundError
 * ```
 */
export function apiErrorFor(
  status: number,
  outcome: OperationOutcome | undefined,
  requestId: string | undefined,
): MeridianApiError {
  const Ctor =
    status === 400 || status === 413 || status === 415 || status === 422 || status === 431
      ? BadRequestError
      : status === 401
        ? AuthenticationError
        : status === 403
          ? PermissionDeniedError
          : status === 404 || status === 410
            ? NotFoundError
            : status === 412
              ? PreconditionFailedError
              : status === 409
                ? ConflictError
                : status === 429
                  ? RateLimitError
                  : status >= 500
                    ? ServerError
                    : MeridianApiError;
  return new Ctor(status, outcome, requestId);
}
