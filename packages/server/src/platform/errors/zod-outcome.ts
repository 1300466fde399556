import type { z } from 'zod';
import { OutcomeError } from './outcome-error.js';

/**
 * Turns a zod validation failure into a 400 OperationOutcome that names every
 * offending path. Input values are not echoed (they may be PHI).
 */
export function validationError(error: z.ZodError, root: string): OutcomeError {
  const issues = error.issues.slice(0, 20);
  const expression = issues.map((i) => [root, ...i.path.map(String)].join('.'));
  const message = issues.map((i) => `${[root, ...i.path.map(String)].join('.')}: ${i.message}`).join('; ');
  const code = root === 'query' ? 'invalid-search-parameter' : 'validation-failed';
  return new OutcomeError(code, message, expression);
}

/**
 * Parses `value` with `schema`, throwing a 400 OutcomeError on failure.
 *
 * @example
 * ```ts
 * const params = parseOrThrow(auditSearchParamsSchema, req.query, 'query');
 * ```
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, root: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error, root);
  return result.data;
}
