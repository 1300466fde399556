import { Router } from 'express';
import { apiKeyCreateRequestSchema, tenantIdSchema } from '@meridian/sdk';
import { checkTenantScope } from '../../administration/tenant-scope.js';
import { API_KEY_IDENTIFIER_SYSTEM } from '../../audit/codes.js';
import { badRequest, notFound } from '../../errors/outcome-error.js';
import { parseOrThrow } from '../../errors/zod-outcome.js';
import type { Services } from '../../services.js';
import { createApiKey, generateApiKey, listApiKeys, revokeApiKey } from '../../tenancy/api-keys.js';
import { principalId } from '../../tenancy/principal.js';
import { PLATFORM_TENANT_ID } from '../../tenancy/tenants.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

const keyObject = (id: string, name?: string) => ({ system: API_KEY_IDENTIFIER_SYSTEM, value: id, ...(name ? { display: name } : {}) });
const KEY_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * A tenant's API keys: create (the secret is shown once), list, revoke.
 * Platform operators act on any tenant, a tenant's admins on their own. Each
 * act is audited in the tenant's chain.
 */
export function adminApiKeyRoutes(services: Services): Router {
  const router = Router();
  const admins = ['admin', 'operator'] as const;
  const tenantOf = (params: Record<string, string>) => parseOrThrow(tenantIdSchema, params.tenant, 'tenant');

  router.post('/admin/tenants/:tenant/api-keys', ...apiKeyRoute(services, admins, { body: true }), async (req, res) => {
    const actor = actorOf(res);
    const tenantId = tenantOf(req.params as Record<string, string>);
    const input = parseOrThrow(apiKeyCreateRequestSchema, req.body, 'body');
    if (input.role === 'operator' && tenantId !== PLATFORM_TENANT_ID) throw badRequest(`operator keys belong to the '${PLATFORM_TENANT_ID}' tenant`, ['body.role']);
    if (input.role === 'operator' && actor.principal.role !== 'operator') throw badRequest('only operators may issue operator keys', ['body.role']);
    if (input.expiresAt && new Date(input.expiresAt) <= new Date()) throw badRequest('expiresAt must be in the future', ['body.expiresAt']);
    const secret = generateApiKey();
    const key = await services.audit.record(
      actor,
      async (tx) => {
        await checkTenantScope(tx, actor, tenantId);
        return createApiKey(tx, { tenantId, ...input, key: secret, createdBy: principalId(actor.principal) });
      },
      (k) => ({ action: 'C', interaction: 'operation', operation: 'admin-api-key-create', ...(k ? { tenantId, objects: [keyObject(k.id, k.name)] } : {}) }),
    );
    res.status(201).json({ ...key, secret });
  });

  router.get('/admin/tenants/:tenant/api-keys', ...apiKeyRoute(services, admins), async (req, res) => {
    const actor = actorOf(res);
    const tenantId = tenantOf(req.params as Record<string, string>);
    const apiKeys = await services.audit.record(
      actor,
      async (tx) => {
        await checkTenantScope(tx, actor, tenantId);
        return listApiKeys(tx, tenantId);
      },
      (keys) => ({ action: 'R', interaction: 'operation', operation: 'admin-api-key-list', ...(keys ? { tenantId } : {}) }),
    );
    res.json({ apiKeys });
  });

  router.post('/admin/tenants/:tenant/api-keys/:id/revoke', ...apiKeyRoute(services, admins), async (req, res) => {
    const actor = actorOf(res);
    const tenantId = tenantOf(req.params as Record<string, string>);
    const id = String(req.params.id);
    if (!KEY_ID.test(id)) throw badRequest('not an API key id', ['id']);
    const key = await services.audit.record(
      actor,
      async (tx) => {
        await checkTenantScope(tx, actor, tenantId);
        return (await revokeApiKey(tx, tenantId, id)) ?? Promise.reject(notFound(`API key '${id}' is not known in tenant '${tenantId}'`));
      },
      (k) => ({ action: 'U', interaction: 'operation', operation: 'admin-api-key-revoke', objects: [keyObject(id)], ...(k ? { tenantId } : {}) }),
    );
    res.json(key);
  });

  return router;
}
