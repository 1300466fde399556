/**
 * How Meridian tells a crashed PGlite (WASM Postgres) from an ordinary SQL
 * error. Pure functions.
 *
 * A WASM trap (`WebAssembly.RuntimeError`: "memory access out of bounds",
 * "unreachable"), or V8's stack overflow while PGlite runs, leaves the
 * instance in a state it never leaves: every later statement fails with
 * `cannot drop active portal ""` (SQLSTATE XX000) or `current transaction is
 * aborted` (25P02), and `/health/ready` answers 503.
 */

/**
 * Whether an error is a trap of the WASM engine itself: the instance is
 * unusable afterwards.
 *
 * @example
 * ```ts
 * isWasmCrash(new WebAssembly.RuntimeError('unreachable')); // true
 * ```
 */
export function isWasmCrash(error: unknown): boolean {
  if (error instanceof WebAssembly.RuntimeError) return true;
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/**
 * Whether an error might mean a broken instance, so that a probe (`SELECT 1`)
 * should decide: an internal error (SQLSTATE class XX) or an aborted
 * transaction outside of one (25P02). Ordinary SQL errors (constraint
 * violations, bad input values) and errors of the caller's own code do not.
 *
 * @example
 * ```ts
 * mayBeBroken({ code: 'XX000', message: 'cannot drop active portal ""' }); // true
 * mayBeBroken({ code: '23505' }); // false
 * ```
 */
export function mayBeBroken(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('XX') || code === '25P02');
}
