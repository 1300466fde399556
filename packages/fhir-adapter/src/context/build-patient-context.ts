/**
 * One entry point for the pure builders: a Bundle or a prefetch object.
 *
 * @module
 */
import { FhirInputError } from './errors.js';
import { buildPatientContextFromBundle } from './from-bundle.js';
import { buildPatientContextFromPrefetch } from './from-prefetch.js';
import { isObject } from './json.js';
import type { PatientContextOptions } from './options.js';
import type { PatientContext } from './types.js';

/**
 * Builds a `PatientContext` from a FHIR Bundle (any type) or a CDS Hooks
 * prefetch object, whichever `input` is. Pure and synchronous; bad data inside
 * the input is reported in `issues`, never thrown. Throws `FhirInputError`
 * when `input` is neither (e.g. a string, an array, or a single non-Bundle resource).
 *
 * @example
 * ```ts
 * import { buildPatientContext } from '@meridian/fhir-adapter';
 * const context = buildPatientContext(bundle, { referenceTime: new Date() });
 * const sbp = context.measurements.systolicBp; // { value: 109, unit: 'mm[Hg]', stale: false, ... }
 * ```
 */
export function buildPatientContext(input: unknown, options?: PatientContextOptions): PatientContext {
  if (!isObject(input)) {
    throw new FhirInputError('Expected a FHIR Bundle or a CDS Hooks prefetch object, got ' + describe(input) + '.');
  }
  if (input.resourceType === 'Bundle') return buildPatientContextFromBundle(input, options);
  if (input.resourceType !== undefined) {
    throw new FhirInputError(
      `Expected a FHIR Bundle or a CDS Hooks prefetch object, got a resource of type ${String(input.resourceType).slice(0, 40)}.`,
    );
  }
  return buildPatientContextFromPrefetch(input, options);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
