import { ERROR_CODES, MERIDIAN_ERROR_SYSTEM, type ErrorCode, type OperationOutcome } from '@meridian/sdk';

/**
 * The one error type Meridian throws for a request that cannot be served. Its
 * stable `code` alone decides the HTTP status; `toOutcome()` gives the FHIR
 * OperationOutcome sent to the client. Messages never carry PHI values.
 */
export class OutcomeError extends Error {
  override name = 'OutcomeError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** FHIRPath-like locations of the problem (`Bundle.entry[3].resource`). */
    readonly expression: string[] = [],
    /** Headers to send with the error (e.g. `Retry-After`). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  /** The HTTP status of this error's code. */
  get status(): number {
    return ERROR_CODES[this.code].status;
  }

  /** The FHIR R4 OperationOutcome for this error. */
  toOutcome(): OperationOutcome {
    return {
      resourceType: 'OperationOutcome',
      issue: [
        {
          severity: this.status >= 500 ? 'fatal' : 'error',
          code: ERROR_CODES[this.code].issueType,
          details: { coding: [{ system: MERIDIAN_ERROR_SYSTEM, code: this.code }], text: this.message },
          ...(this.expression.length ? { expression: this.expression } : {}),
        },
      ],
    };
  }
}

/** 400 `validation-failed`: the input broke the contract. */
export const badRequest = (message: string, expression?: string[]) =>
  new OutcomeError('validation-failed', message, expression);
/** 404 `resource-not-found`. */
export const notFound = (message: string) => new OutcomeError('resource-not-found', message);
/** 401 `unauthenticated`: no credentials were given. */
export const unauthenticated = (message: string) => new OutcomeError('unauthenticated', message);
/** 403 `forbidden`: the caller's role may not do this. */
export const forbidden = (message: string) => new OutcomeError('forbidden', message);
/** 409 `conflict`. */
export const conflict = (message: string) => new OutcomeError('conflict', message);
/** 500 `internal-error`: never carries the cause's message (it may hold PHI). */
export const serverError = () =>
  new OutcomeError('internal-error', 'internal error; see the server log with the request id');
