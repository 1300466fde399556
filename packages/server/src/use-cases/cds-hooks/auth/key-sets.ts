/**
 * The verification keys of each registered EHR client: its inline JWKS, its
 * JWKS URL, or a `jku` the client allows, each a jose key set cached per
 * source. A remote set is fetched with a timeout, kept for `cacheMaxAgeMs`,
 * and refetched when a token names an unknown `kid`, at most once per
 * `cooldownMs`.
 *
 * @module
 */
import type { EhrClient } from '@meridian/sdk';
import { createLocalJWKSet, createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';

/** How remote key sets are fetched and kept. */
export interface KeySetOptions {
  /** Abort a JWKS fetch after this long (default 300 ms, inside the hook budget). */
  timeoutMs?: number;
  /** Refetch a known set after this long (default 10 minutes). */
  cacheMaxAgeMs?: number;
  /** Least time between two refetches of one set for an unknown `kid` (default 30 s). */
  cooldownMs?: number;
}

/** Gives the key set to verify a client's token with. */
export interface KeySets {
  /** `jku` must already be on the client's allow-list. */
  forClient(client: EhrClient, jku?: string): JWTVerifyGetKey;
}

/**
 * A bounded cache of key sets.
 *
 * @example
 * ```ts
 * const keySets = createKeySets({ timeoutMs: 300 });
 * await jwtVerify(token, keySets.forClient(client), { algorithms: ['ES384', 'RS384'] });
 * ```
 */
export function createKeySets(options: KeySetOptions = {}): KeySets {
  const remote = new LRUCache<string, JWTVerifyGetKey>({ max: 1_000 });
  const inline = new LRUCache<string, JWTVerifyGetKey>({ max: 1_000 });
  const remoteSet = (url: string) => {
    let set = remote.get(url);
    if (!set) {
      set = createRemoteJWKSet(new URL(url), {
        timeoutDuration: options.timeoutMs ?? 300,
        cacheMaxAge: options.cacheMaxAgeMs ?? 600_000,
        cooldownDuration: options.cooldownMs ?? 30_000,
      });
      remote.set(url, set);
    }
    return set;
  };
  return {
    forClient(client, jku) {
      if (jku !== undefined) return remoteSet(jku);
      if (client.jwks) {
        let set = inline.get(client.id);
        if (!set)
          inline.set(client.id, (set = createLocalJWKSet(client.jwks as Parameters<typeof createLocalJWKSet>[0])));
        return set;
      }
      return remoteSet(client.jwksUrl!);
    },
  };
}
