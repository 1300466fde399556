import { tenantCreateRequestSchema, type Tenant } from '@meridian/sdk';
import type { Auditor } from '../../platform/audit/auditor.js';
import { TENANT_IDENTIFIER_SYSTEM } from '../../platform/audit/codes.js';
import { conflict, forbidden } from '../../platform/errors/outcome-error.js';
import { parseOrThrow } from '../../platform/errors/zod-outcome.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import { createTenant, listTenants } from '../../platform/tenancy/tenants.js';
import { isPlatformActor } from './tenant-scope.js';

function requirePlatform(actor: Actor): void {
  if (!isPlatformActor(actor)) throw forbidden('only platform operators administer tenants');
}

/**
 * Creates a tenant (platform operators and the CLI), audited; 409 when the id is taken.
 *
 * @example
 * ```ts
 * await createTenantAudited(services.audit, actor, { id: 'st-marys', name: "St Mary's" });
 * ```
 */
export async function createTenantAudited(audit: Auditor, actor: Actor, body: unknown): Promise<Tenant> {
  const input = parseOrThrow(tenantCreateRequestSchema, body, 'body');
  return audit.record(
    actor,
    async (tx) => {
      requirePlatform(actor);
      return (await createTenant(tx, input)) ?? Promise.reject(conflict(`tenant '${input.id}' already exists`));
    },
    () => ({
      action: 'C',
      interaction: 'operation',
      operation: 'admin-tenant-create',
      objects: [{ system: TENANT_IDENTIFIER_SYSTEM, value: input.id, display: input.name }],
    }),
  );
}

/**
 * Lists every tenant (platform operators and the CLI), audited.
 *
 * @example
 * ```ts
 * const tenants = await listTenantsAudited(services.audit, actor);
 * ```
 */
export async function listTenantsAudited(audit: Auditor, actor: Actor): Promise<Tenant[]> {
  return audit.record(
    actor,
    async (tx) => {
      requirePlatform(actor);
      return listTenants(tx);
    },
    () => ({ action: 'R', interaction: 'operation', operation: 'admin-tenant-list' }),
  );
}
