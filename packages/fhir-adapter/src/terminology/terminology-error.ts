/**
 * The one error type of the terminology module.
 *
 * @module
 */

/**
 * Stable codes of {@link TerminologyError}.
 *
 * @example
 * ```ts
 * if (error instanceof TerminologyError && error.code === TERMINOLOGY_ERROR_CODES.unknownValueSet) { … }
 * ```
 */
export const TERMINOLOGY_ERROR_CODES = {
  invalidValueSet: 'invalid-value-set',
  notEnumerable: 'not-enumerable',
  unknownValueSet: 'unknown-value-set',
  duplicateValueSet: 'duplicate-value-set',
  unknownConceptSource: 'unknown-concept-source',
} as const;

/** One of {@link TERMINOLOGY_ERROR_CODES}. @example `const code: TerminologyErrorCode = 'not-enumerable';` */
export type TerminologyErrorCode = (typeof TERMINOLOGY_ERROR_CODES)[keyof typeof TERMINOLOGY_ERROR_CODES];

/**
 * A value set that cannot be loaded or found. Messages carry set ids, never PHI.
 *
 * @example
 * ```ts
 * throw new TerminologyError('unknown-value-set', 'no ValueSet heart-failure');
 * ```
 */
export class TerminologyError extends Error {
  override name = 'TerminologyError';
  constructor(
    readonly code: TerminologyErrorCode,
    message: string,
  ) {
    super(message);
  }
}
