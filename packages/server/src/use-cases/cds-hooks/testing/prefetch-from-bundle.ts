/**
 * Plays the CDS Client's part in tests: the prefetch from a patient Bundle
 * (see `prefetch/prefetch-from-bundle.ts`), and the Bundle's patient id.
 *
 * @module
 */
export { prefetchFromBundle } from '../prefetch/prefetch-from-bundle.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The id of the (first) Patient of a Bundle. */
export function patientIdOf(bundle: unknown): string {
  const entry =
    isObject(bundle) && Array.isArray(bundle.entry)
      ? bundle.entry.find((e) => isObject(e) && isObject(e.resource) && e.resource.resourceType === 'Patient')
      : undefined;
  const id = isObject(entry) && isObject(entry.resource) ? entry.resource.id : undefined;
  if (typeof id !== 'string') throw new Error('no Patient in the bundle');
  return id;
}
