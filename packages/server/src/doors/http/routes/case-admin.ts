import { Router } from 'express';
import { modelEndpointRequestSchema, tenantIdSchema } from '@meridian/sdk';
import { z } from 'zod';
import { readModelEndpoint, setModelEndpoint } from '../../../use-cases/administration/model-endpoint-admin.js';
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
  const admins = apiKeyRoute(services, ['admin', 'operator']);
  router.get('/admin/tenants/:tenant/model-endpoint', ...admins, async (req, res) => {
    const { tenant } = parseOrThrow(tenantParams, req.params, 'path');
    res.json(await readModelEndpoint(services, actorOf(res), tenant));
  });
  router.put(
    '/admin/tenants/:tenant/model-endpoint',
    ...apiKeyRoute(services, ['admin', 'operator'], { body: true }),
    async (req, res) => {
      const { tenant } = parseOrThrow(tenantParams, req.params, 'path');
      const request = parseOrThrow(modelEndpointRequestSchema, req.body, 'body');
      res.json(await setModelEndpoint(services, actorOf(res), tenant, request));
    },
  );
  return router;
}
