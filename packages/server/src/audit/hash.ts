import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** The predecessor hash of a tenant's first audit event. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * SHA-256 (hex) of the RFC 8785 canonical JSON of a value: the same for any
 * key order or whitespace, so a JSONB round trip does not change it.
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

/**
 * The hash of a chain link: SHA-256 over the predecessor's link hash and the
 * event's own hash (both as raw bytes). Postgres computes the same with
 * `sha256(decode(prev,'hex') || decode(event,'hex'))`.
 *
 * @example
 * ```ts
 * chainHash(GENESIS_HASH, canonicalHash(event));
 * ```
 */
export function chainHash(previous: string, eventHash: string): string {
  return createHash('sha256').update(Buffer.from(previous, 'hex')).update(Buffer.from(eventHash, 'hex')).digest('hex');
}
