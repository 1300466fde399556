/**
 * `PatientContext` from a FHIR Bundle of any type.
 *
 * @module
 */
import { assemblePatientContext } from './assemble.js';
import { FhirInputError } from './errors.js';
import { isObject, readString } from './json.js';
import type { PatientContextOptions } from './options.js';
import { isUnusedResourceType, type RawEntry } from './resource-set.js';
import type { PatientContext } from './types.js';

/** Flattens a Bundle's entries for the context core (OperationOutcome search entries skipped). */
export function bundleEntries(bundle: unknown, prefix = 'Bundle'): RawEntry[] {
  if (!isObject(bundle) || !Array.isArray(bundle.entry)) return [];
  const out: RawEntry[] = [];
  bundle.entry.forEach((entry: unknown, index: number) => {
    const position = `${prefix}.entry[${index}]`;
    if (!isObject(entry)) {
      out.push({ resource: entry, position });
      return;
    }
    if (entry.resource === undefined && isObject(entry.request)) return; // a DELETE or conditional request: no resource
    if (isObject(entry.search) && entry.search.mode === 'outcome') return;
    // An Encounter, a Claim, …: nothing in a PatientContext comes from it; skipped before anything is allocated.
    if (isObject(entry.resource) && isUnusedResourceType(entry.resource.resourceType)) return;
    out.push({ resource: entry.resource, position, fullUrl: readString(entry.fullUrl) });
  });
  return out;
}

/**
 * Builds a `PatientContext` from a FHIR R4 Bundle (transaction, collection,
 * searchset, ...). Pure and synchronous. Throws `FhirInputError` only when
 * `bundle` is not a Bundle at all; problems inside it become `issues`.
 *
 * @example
 * ```ts
 * import { buildPatientContextFromBundle } from '@meridian/fhir-adapter';
 * const context = buildPatientContextFromBundle(bundle, { referenceTime: '2024-05-01T00:00:00Z' });
 * context.measurements.heartRate?.value; // beats per minute
 * ```
 */
export function buildPatientContextFromBundle(bundle: unknown, options?: PatientContextOptions): PatientContext {
  if (!isObject(bundle) || bundle.resourceType !== 'Bundle') {
    throw new FhirInputError('Expected a FHIR Bundle (an object with resourceType "Bundle").');
  }
  if (bundle.entry !== undefined && !Array.isArray(bundle.entry)) {
    throw new FhirInputError('Bundle.entry must be an array.');
  }
  return assemblePatientContext(bundleEntries(bundle), options);
}
