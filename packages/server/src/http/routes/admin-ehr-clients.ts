import { Router } from 'express';
import { ehrClientCreateRequestSchema, tenantIdSchema } from '@meridian/sdk';
import { checkTenantScope } from '../../administration/tenant-scope.js';
import { EHR_CLIENT_IDENTIFIER_SYSTEM } from '../../audit/codes.js';
import { badRequest, conflict, notFound } from '../../errors/outcome-error.js';
import { parseOrThrow } from '../../errors/zod-outcome.js';
import type { Services } from '../../services.js';
import { createEhrClient, listEhrClients, revokeEhrClient } from '../../tenancy/ehr-clients.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

const clientObject = (id: string, display?: string) => ({ system: EHR_CLIENT_IDENTIFIER_SYSTEM, value: id, ...(display ? { display } : {}) });
const CLIENT_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * A tenant's EHR clients (CDS Hooks callers known by their JWT issuer and
 * keys): register, list, revoke. Platform operators act on any tenant, a
 * tenant's admins on their own; each act is audited in the tenant's chain.
 */
export function adminEhrClientRoutes(services: Services): Router {
  const router = Router();
  const admins = ['admin', 'operator'] as const;
  const tenantOf = (params: Record<string, string>) => parseOrThrow(tenantIdSchema, params.tenant, 'tenant');

  router.post('/admin/tenants/:tenant/ehr-clients', ...apiKeyRoute(services, admins, { body: true }), async (req, res) => {
    const actor = actorOf(res);
    const tenantId = tenantOf(req.params as Record<string, string>);
    const input = parseOrThrow(ehrClientCreateRequestSchema, req.body, 'body');
    const client = await services.audit.record(
      actor,
      async (tx) => {
        await checkTenantScope(tx, actor, tenantId);
        return (await createEhrClient(tx, { tenantId, ...input })) ?? Promise.reject(conflict(`an EHR client with issuer '${input.issuer}' is already registered`));
      },
      (c) => ({ action: 'C', interaction: 'operation', operation: 'admin-ehr-client-create', ...(c ? { tenantId, objects: [clientObject(c.id, c.issuer)] } : {}) }),
    );
    res.status(201).json(client);
  });

  router.get('/admin/tenants/:tenant/ehr-clients', ...apiKeyRoute(services, admins), async (req, res) => {
    const actor = actorOf(res);
    const tenantId = tenantOf(req.params as Record<string, string>);
    const ehrClients = await services.audit.record(
      actor,
      async (tx) => {
        await checkTenantScope(tx, actor, tenantId);
        return listEhrClients(tx, tenantId);
      },
      (c) => ({ action: 'R', interaction: 'operation', operation: 'admin-ehr-client-list', ...(c ? { tenantId } : {}) }),
    );
    res.json({ ehrClients });
  });

  router.post('/admin/tenants/:tenant/ehr-clients/:id/revoke', ...apiKeyRoute(services, admins), async (req, res) => {
    const actor = actorOf(res);
    const tenantId = tenantOf(req.params as Record<string, string>);
    const id = String(req.params.id);
    if (!CLIENT_ID.test(id)) throw badRequest('not an EHR client id', ['id']);
    const client = await services.audit.record(
      actor,
      async (tx) => {
        await checkTenantScope(tx, actor, tenantId);
        return (await revokeEhrClient(tx, tenantId, id)) ?? Promise.reject(notFound(`EHR client '${id}' is not known in tenant '${tenantId}'`));
      },
      (c) => ({ action: 'U', interaction: 'operation', operation: 'admin-ehr-client-revoke', objects: [clientObject(id)], ...(c ? { tenantId } : {}) }),
    );
    res.json(client);
  });

  return router;
}
