import { createHash } from 'node:crypto';

/** The predecessor hash of a tenant's first audit event. */
export const GENESIS_HASH = '0'.repeat(64);

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
