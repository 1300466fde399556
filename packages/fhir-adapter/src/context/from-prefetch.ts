/**
 * `PatientContext` from a CDS Hooks `prefetch` object.
 *
 * @module
 */
import { assemblePatientContext } from './assemble.js';
import { FhirInputError } from './errors.js';
import { bundleEntries } from './from-bundle.js';
import { isObject } from './json.js';
import type { PatientContextOptions } from './options.js';
import type { RawEntry } from './resource-set.js';
import type { PatientContext } from './types.js';

/**
 * A CDS Hooks prefetch object: template name -> resource, Bundle, array of
 * resources, or null (the EHR could not fetch it).
 *
 * @example
 * ```ts
 * const prefetch: CdsPrefetch = { patient: { resourceType: 'Patient', id: '1' }, vitals: { resourceType: 'Bundle', type: 'searchset', entry: [] } };
 * ```
 */
export type CdsPrefetch = Record<string, unknown>;

/** Flattens prefetch values (resources, Bundles, arrays) for the context core. */
export function prefetchEntries(prefetch: CdsPrefetch): RawEntry[] {
  const out: RawEntry[] = [];
  for (const [key, value] of Object.entries(prefetch)) {
    const position = `prefetch.${key}`;
    if (value === null || value === undefined || typeof value === 'string') continue; // not prefetched, or an unresolved template
    if (Array.isArray(value)) {
      value.forEach((resource: unknown, index) => out.push({ resource, position: `${position}[${index}]` }));
    } else if (isObject(value) && value.resourceType === 'Bundle') {
      out.push(...bundleEntries(value, position));
    } else {
      out.push({ resource: value, position });
    }
  }
  return out;
}

/**
 * Builds a `PatientContext` from a CDS Hooks `prefetch` object whose values
 * are resources or Bundles keyed by template name. Pure and synchronous.
 * Throws `FhirInputError` only when `prefetch` is not a plain object.
 *
 * @example
 * ```ts
 * import { buildPatientContextFromPrefetch } from '@meridian/fhir-adapter';
 * const context = buildPatientContextFromPrefetch(request.prefetch, { patientId: request.context.patientId });
 * ```
 */
export function buildPatientContextFromPrefetch(prefetch: unknown, options?: PatientContextOptions): PatientContext {
  if (!isObject(prefetch) || typeof prefetch.resourceType === 'string') {
    throw new FhirInputError('Expected a CDS Hooks prefetch object (template name -> resource or Bundle).');
  }
  return assemblePatientContext(prefetchEntries(prefetch), options);
}
