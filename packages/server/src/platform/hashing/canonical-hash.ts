import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * SHA-256 (hex) of the RFC 8785 canonical JSON of a value: the same for any
 * key order or whitespace, so a JSONB round trip does not change it. Used by
 * the audit chain, the risk cache and any deduplication key.
 *
 * @example
 * ```ts
 * canonicalHash({ b: 1, a: 2 }) === canonicalHash({ a: 2, b: 1 }); // true
 * ```
 */
export function canonicalHash(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value cannot be canonicalised');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
