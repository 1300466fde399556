/**
 * Registered senders, looked up once per sender and kept for a short while
 * (default 30 s) instead of once per message: a newly registered sender is
 * known at once (misses are not kept). One cache per process
 * (`services.hl7Senders`): a sender revoked through this process's admin API
 * is dropped from it at once (the use case calls `forget` after its commit);
 * a revocation made elsewhere (another replica, the CLI) takes effect here
 * within the TTL.
 *
 * @module
 */
import type { Queryable } from '../../../platform/store/db.js';
import { findHl7Sender, type Hl7Sender } from './hl7-senders.js';

/** A sender lookup. */
export interface SenderLookup {
  find(sendingApplication: string, sendingFacility: string): Promise<Hl7Sender | undefined>;
}

/** A cached sender lookup that can be told a sender changed. */
export interface SenderCache extends SenderLookup {
  /** Drops a sender from the cache: its next message is looked up again. */
  forget(sendingApplication: string, sendingFacility: string): void;
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
export function createSenderCache(db: Queryable, options: { ttlMs?: number; now?: () => number } = {}): SenderCache {
  const ttl = options.ttlMs ?? 30_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { sender: Hl7Sender; until: number }>();
  const keyOf = (app: string, facility: string) => `${app}\u0000${facility}`;
  return {
    forget(app, facility) {
      cache.delete(keyOf(app, facility));
    },
    async find(app, facility) {
      const key = keyOf(app, facility);
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
