import type { Tenant } from '@meridian/sdk';
import type { Queryable } from '../store/db.js';

/** The tenant that holds the platform operators' keys. */
export const PLATFORM_TENANT_ID = 'platform';

interface TenantRow {
  id: string;
  name: string;
  created_at: Date | string;
}
const toTenant = (r: TenantRow): Tenant => ({
  id: r.id,
  name: r.name,
  createdAt: new Date(r.created_at).toISOString(),
});

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

/**
 * Creates a tenant; `undefined` when the id is taken.
 *
 * @example
 * ```ts
 * const created = await createTenant(db, { id: 'st-marys', name: "St Mary's Hospital" });
 * ```
 */
export async function createTenant(db: Queryable, tenant: { id: string; name: string }): Promise<Tenant | undefined> {
  const { rows } = await db.query<TenantRow>(
    'INSERT INTO tenant (id, name) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id, name, created_at',
    [tenant.id, tenant.name],
  );
  return rows[0] ? toTenant(rows[0]) : undefined;
}

/**
 * Every tenant, oldest first.
 *
 * @example
 * ```ts
 * const tenants = await listTenants(db);
 * ```
 */
export async function listTenants(db: Queryable): Promise<Tenant[]> {
  const { rows } = await db.query<TenantRow>(
    'SELECT id, name, created_at FROM tenant ORDER BY created_at, id LIMIT 10000',
  );
  return rows.map(toTenant);
}

/**
 * Whether a tenant exists.
 *
 * @example
 * ```ts
 * if (!(await tenantExists(db, 'st-marys'))) throw notFound('no such tenant');
 * ```
 */
export async function tenantExists(db: Queryable, id: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM tenant WHERE id = $1', [id]);
  return rows.length > 0;
}
