import { forbidden, notFound } from '../../platform/errors/outcome-error.js';
import type { Queryable } from '../../platform/store/db.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import { tenantExists } from '../../platform/tenancy/tenants.js';

/** Whether an actor administers the whole platform: an operator key, or Meridian itself (the CLI). */
export function isPlatformActor(actor: Actor): boolean {
  return actor.principal.role === 'operator' || actor.principal.kind === 'system';
}

/**
 * Checks that `actor` may administer `tenantId`: a platform operator (or the
 * CLI) any tenant that exists, a tenant admin only their own (403 otherwise,
 * 404 for a platform actor naming an unknown tenant).
 *
 * @example
 * ```ts
 * await checkTenantScope(tx, actor, 'st-marys');
 * ```
 */
export async function checkTenantScope(db: Queryable, actor: Actor, tenantId: string): Promise<void> {
  if (isPlatformActor(actor)) {
    if (!(await tenantExists(db, tenantId))) throw notFound(`tenant '${tenantId}' is not known`);
    return;
  }
  if (actor.principal.role !== 'admin' || actor.tenantId !== tenantId)
    throw forbidden(`this key may administer tenant '${actor.tenantId}' only`);
}
