import type { Queryable } from '../store/db.js';

/** The advisory-lock key of one resource: `tenant/Type/id`. */
export const resourceLockKey = (tenantId: string, type: string, id: string) => `${tenantId}/${type}/${id}`;

/**
 * Takes the transaction-scoped advisory lock of each resource, in sorted order
 * (so two transactions writing the same resources in different orders cannot
 * deadlock). A concurrent writer of the same resource waits until this
 * transaction ends, then sees its version: versions never collide. Taking a
 * lock twice in one transaction is harmless. Works alike on Postgres and PGlite.
 *
 * @example
 * ```ts
 * await lockResources(tx, 'demo', ['Patient/p1', 'Observation/o1']);
 * ```
 */
export async function lockResources(tx: Queryable, tenantId: string, refs: readonly string[]): Promise<void> {
  const keys = [...new Set(refs.map((ref) => `${tenantId}/${ref}`))].sort();
  if (!keys.length) return;
  await tx.query(
    `SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest($1::text[]) WITH ORDINALITY AS t(k, n) ORDER BY n`,
    [keys],
  );
}
