/**
 * The one error the context builders throw.
 *
 * @module
 */

/**
 * Thrown only when the top-level input cannot be read at all (not a Bundle,
 * not a prefetch object) or when options are invalid. Problems inside the
 * data never throw: they become `ContextIssue`s.
 *
 * @example
 * ```ts
 * import { buildPatientContext, FhirInputError } from '@meridian/fhir-adapter';
 * try {
 *   buildPatientContext('not a bundle' as unknown);
 * } catch (error) {
 *   if (error instanceof FhirInputError) console.warn(error.message);
 * }
 * ```
 */
export class FhirInputError extends Error {
  /** Stable machine code, suitable for an OperationOutcome `details.coding`. */
  readonly code = 'invalid-fhir-input';

  constructor(message: string) {
    super(message);
    this.name = 'FhirInputError';
  }
}
