/**
 * The SDK's own checks with its zod schemas, failing as a typed
 * {@link MeridianValidationError} instead of a raw `ZodError`.
 *
 * @module
 */
import type { z } from 'zod';
import { MeridianValidationError } from './errors.js';

function check<S extends z.ZodType>(target: 'request' | 'response', schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    message: issue.message,
  }));
  throw new MeridianValidationError(target, issues, { cause: parsed.error });
}

/**
 * Checks what the SDK was asked to send; a {@link MeridianValidationError}
 * (`target: 'request'`) when it does not hold, before anything is sent.
 *
 * @example
 * ```ts
 * const body = checkRequest(riskAssessRequestSchema, request);
 * ```
 */
export function checkRequest<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  return check('request', schema, value);
}

/**
 * Checks a server's answer; a {@link MeridianValidationError}
 * (`target: 'response'`) when it does not hold.
 *
 * @example
 * ```ts
 * return checkResponse(riskAssessResponseSchema, await transport.request({ method: 'POST', path: '/risk/assess', body }));
 * ```
 */
export function checkResponse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  return check('response', schema, value);
}
