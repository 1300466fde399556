import { Router } from 'express';
import { tenantCreateRequestSchema, type Tenant } from '@meridian/sdk';
import { TENANT_IDENTIFIER_SYSTEM } from '../../audit/codes.js';
import { conflict } from '../../errors/outcome-error.js';
import { parseOrThrow } from '../../errors/zod-outcome.js';
import type { Services } from '../../services.js';
import { createTenant, listTenants } from '../../tenancy/tenants.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

const tenantObject = (t: Pick<Tenant, 'id' | 'name'>) => ({ system: TENANT_IDENTIFIER_SYSTEM, value: t.id, display: t.name });

/**
 * `POST /admin/tenants` and `GET /admin/tenants`: platform operators create
 * and list tenants. Each act is audited in the operator's (platform) chain.
 */
export function adminTenantRoutes(services: Services): Router {
  const router = Router();
  const operators = ['operator'] as const;

  router.post('/admin/tenants', ...apiKeyRoute(services, operators, { body: true }), async (req, res) => {
    const input = parseOrThrow(tenantCreateRequestSchema, req.body, 'body');
    const tenant = await services.audit.record(
      actorOf(res),
      async (tx) => (await createTenant(tx, input)) ?? Promise.reject(conflict(`tenant '${input.id}' already exists`)),
      () => ({ action: 'C', interaction: 'operation', operation: 'admin-tenant-create', objects: [tenantObject(input)] }),
    );
    res.status(201).json(tenant);
  });

  router.get('/admin/tenants', ...apiKeyRoute(services, operators), async (_req, res) => {
    const tenants = await services.audit.record(actorOf(res), listTenants, () => ({
      action: 'R',
      interaction: 'operation',
      operation: 'admin-tenant-list',
    }));
    res.json({ tenants });
  });

  return router;
}
