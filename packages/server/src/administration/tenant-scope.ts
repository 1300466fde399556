import { forbidden, notFound } from '../errors/outcome-error.js';
import type { Queryable } from '../store/db.js';
import type { Actor } from '../tenancy/actor.js';
import { tenantExists } from '../tenancy/tenants.js';

/**
 * Checks that `actor` may administer `tenantId`: a platform operator any
 * tenant that exists, a tenant admin only their own (403 otherwise, 404 for an
 * operator naming an unknown tenant).
 *
 * @example
 * ```ts
 * await checkTenantScope(tx, actor, 'st-marys');
 * ```
 */
export async function checkTenantScope(db: Queryable, actor: Actor, tenantId: string): Promise<void> {
  const { role } = actor.principal;
  if (role === 'operator') {
    if (!(await tenantExists(db, tenantId))) throw notFound(`tenant '${tenantId}' is not known`);
    return;
  }
  if (role !== 'admin' || actor.tenantId !== tenantId) throw forbidden(`this key may administer tenant '${actor.tenantId}' only`);
}
