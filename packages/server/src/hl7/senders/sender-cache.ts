/**
 * Registered senders, looked up once per sender and kept for a short while
 * (default 30 s) instead of once per message: a newly registered sender is
 * known at once (misses are not kept), a revoked one within the TTL.
 *
 * @module
 */
import type { Queryable } from '../../store/db.js';
import { findHl7Sender, type Hl7Sender } from './hl7-senders.js';

/** A sender lookup. */
export interface SenderLookup {
  find(sendingApplication: string, sendingFacility: string): Promise<Hl7Sender | undefined>;
}

/**
 * A cached lookup over a database.
 *
 * @example
 * ```ts
 * const senders = createSenderCache(db, { ttlMs: 30_000 });
 * await senders.find('LAB', 'HOSP');
 * ```
 */
export function createSenderCache(db: Queryable, options: { ttlMs?: number; now?: () => number } = {}): SenderLookup {
  const ttl = options.ttlMs ?? 30_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { sender: Hl7Sender; until: number }>();
  return {
    async find(app, facility) {
      const key = `${app}\u0000${facility}`;
      const hit = cache.get(key);
      if (hit && hit.until > now()) return hit.sender;
      const sender = await findHl7Sender(db, app, facility);
      if (sender) {
        if (cache.size > 10_000) cache.clear();
        cache.set(key, { sender, until: now() + ttl });
      } else cache.delete(key);
      return sender;
    },
  };
}
