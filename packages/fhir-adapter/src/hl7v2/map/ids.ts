/**
 * Deterministic resource ids: the same business identity (an MRN and its
 * assigning authority, an order number and an observation code, ...) always
 * gives the same id, so a resent or corrected message updates the resource it
 * wrote before instead of adding a duplicate.
 *
 * @module
 */
import { createHash } from 'node:crypto';

/**
 * A FHIR id (32 hex characters) derived from a resource type and the parts of
 * its identity. Parts are joined unambiguously (length-prefixed) and hashed
 * with SHA-256, so no identifier text (PHI) appears in the id.
 *
 * @example
 * ```ts
 * import { stableResourceId } from '@meridian/fhir-adapter';
 * stableResourceId('Patient', 'urn:oid:1.2.3', 'MRN123') === stableResourceId('Patient', 'urn:oid:1.2.3', 'MRN123'); // true
 * ```
 */
export function stableResourceId(resourceType: string, ...parts: readonly string[]): string {
  const hash = createHash('sha256').update(resourceType);
  for (const part of parts) hash.update(`\u0000${part.length}:${part}`);
  return hash.digest('hex').slice(0, 32);
}
