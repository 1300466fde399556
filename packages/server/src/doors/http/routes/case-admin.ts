import { Router } from 'express';
import { modelEndpointRequestSchema, tenantIdSchema } from '@meridian/sdk';
import { z } from 'zod';
import { TENANT_IDENTIFIER_SYSTEM } from '../../../platform/audit/codes.js';
import { checkTenantScope } from '../../../use-cases/administration/tenant-scope.js';
import { describeTenantLlm, setTenantLlmConfig } from '../../../platform/llm/tenant-llm-config.js';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import type { Services } from '../../../use-cases/services.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

const tenantParams = z.looseObject({ tenant: tenantIdSchema });

/**
 * `GET|PUT /admin/tenants/{tenant}/model-endpoint` (the tenant's admin, or
 * an operator): the tenant's model endpoint and cascade (the API key is
 * stored encrypted and never shown), or `{ engine: 'rules' }`; audited.
 */
export function caseAdminRoutes(services: Services): Router {
  const router = Router();
  const { caseAnalysis } = services;

  const admins = apiKeyRoute(services, ['admin', 'operator']);
  router.get('/admin/tenants/:tenant/model-endpoint', ...admins, async (req, res) => {
    const actor = actorOf(res);
    const { tenant } = parseOrThrow(tenantParams, req.params, 'path');
    const described = await services.audit.record(
      actor,
      async (tx) => (
        await checkTenantScope(tx, actor, tenant),
        describeTenantLlm(tx, tenant, caseAnalysis.defaultEndpoint)
      ),
      () => ({
        action: 'R',
        interaction: 'read',
        tenantId: tenant,
        objects: [{ system: TENANT_IDENTIFIER_SYSTEM, value: tenant, display: 'model endpoint' }],
      }),
    );
    res.json(described);
  });
  router.put(
    '/admin/tenants/:tenant/model-endpoint',
    ...apiKeyRoute(services, ['admin', 'operator'], { body: true }),
    async (req, res) => {
      const actor = actorOf(res);
      const { tenant } = parseOrThrow(tenantParams, req.params, 'path');
      const request = parseOrThrow(modelEndpointRequestSchema, req.body, 'body');
      const described = await services.audit.record(
        actor,
        async (tx) => {
          await checkTenantScope(tx, actor, tenant);
          await setTenantLlmConfig(tx, caseAnalysis.encryptionKey, tenant, 'engine' in request ? null : request);
          return describeTenantLlm(tx, tenant, caseAnalysis.defaultEndpoint);
        },
        () => ({
          action: 'U',
          interaction: 'update',
          tenantId: tenant,
          objects: [{ system: TENANT_IDENTIFIER_SYSTEM, value: tenant, display: 'model endpoint' }],
        }),
      );
      res.json(described);
    },
  );
  return router;
}
