import type { Queryable } from '../store/db.js';

/**
 * Creates a tenant if it does not exist (ids are lowercase slugs).
 *
 * @example
 * ```ts
 * await ensureTenant(db, { id: 'st-marys', name: "St Mary's Hospital" });
 * ```
 */
export async function ensureTenant(db: Queryable, tenant: { id: string; name: string }): Promise<void> {
  await db.query('INSERT INTO tenant (id, name) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [tenant.id, tenant.name]);
}
