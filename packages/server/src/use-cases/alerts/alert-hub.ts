/**
 * In-process notification of new alerts, so open SSE streams wake at once
 * (streams also poll the table, which covers alerts raised by other replicas).
 *
 * @module
 */

/** Subscribe to a tenant's new alerts; returns the unsubscribe function. */
export interface AlertHub {
  subscribe(tenantId: string, listener: () => void): () => void;
  publish(tenantId: string): void;
}

/**
 * A hub for one process.
 *
 * @example
 * ```ts
 * const hub = createAlertHub();
 * const stop = hub.subscribe('demo', () => wake());
 * hub.publish('demo');
 * ```
 */
export function createAlertHub(): AlertHub {
  const listeners = new Map<string, Set<() => void>>();
  return {
    subscribe(tenantId, listener) {
      const set = listeners.get(tenantId) ?? new Set();
      set.add(listener);
      listeners.set(tenantId, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(tenantId);
      };
    },
    publish(tenantId) {
      for (const listener of [...(listeners.get(tenantId) ?? [])]) {
        try {
          listener();
        } catch {
          // one stream's failure is not the publisher's
        }
      }
    },
  };
}
