import { Router } from 'express';
import {
  issueApiKey,
  listApiKeysAudited,
  revokeApiKeyAudited,
} from '../../../use-cases/administration/api-key-admin.js';
import {
  listEhrClientsAudited,
  registerEhrClient,
  revokeEhrClientAudited,
  updateEhrClientAudited,
} from '../../../use-cases/administration/ehr-client-admin.js';
import {
  listHl7SendersAudited,
  registerHl7SenderAudited,
  revokeHl7SenderAudited,
} from '../../../use-cases/administration/hl7-sender-admin.js';
import { createTenantAudited, listTenantsAudited } from '../../../use-cases/administration/tenant-admin.js';
import type { Services } from '../../../use-cases/services.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

/**
 * The administration API: tenants (platform operators), and a tenant's API
 * keys, EHR clients and HL7 v2 senders (its admins, or an operator). Thin adapters over
 * `administration/`, which the CLI calls too; every act is audited there.
 */
export function adminRoutes(services: Services): Router {
  const router = Router();
  const { audit } = services;
  const operators = apiKeyRoute(services, ['operator']);
  const admins = apiKeyRoute(services, ['admin', 'operator']);
  const adminsWithBody = apiKeyRoute(services, ['admin', 'operator'], { body: true });
  type P = { tenant: string; id: string };

  router.post('/admin/tenants', ...apiKeyRoute(services, ['operator'], { body: true }), async (req, res) => {
    res.status(201).json(await createTenantAudited(audit, actorOf(res), req.body));
  });
  router.get('/admin/tenants', ...operators, async (_req, res) => {
    res.json({ tenants: await listTenantsAudited(audit, actorOf(res)) });
  });

  router.post('/admin/tenants/:tenant/api-keys', ...adminsWithBody, async (req, res) => {
    res.status(201).json(await issueApiKey(audit, actorOf(res), (req.params as P).tenant, req.body));
  });
  router.get('/admin/tenants/:tenant/api-keys', ...admins, async (req, res) => {
    res.json({ apiKeys: await listApiKeysAudited(audit, actorOf(res), (req.params as P).tenant) });
  });
  router.post('/admin/tenants/:tenant/api-keys/:id/revoke', ...admins, async (req, res) => {
    const { tenant, id } = req.params as P;
    res.json(await revokeApiKeyAudited(audit, actorOf(res), tenant, id));
  });

  router.post('/admin/tenants/:tenant/ehr-clients', ...adminsWithBody, async (req, res) => {
    res.status(201).json(await registerEhrClient(audit, actorOf(res), (req.params as P).tenant, req.body));
  });
  router.get('/admin/tenants/:tenant/ehr-clients', ...admins, async (req, res) => {
    res.json({ ehrClients: await listEhrClientsAudited(audit, actorOf(res), (req.params as P).tenant) });
  });
  router.post('/admin/tenants/:tenant/ehr-clients/:id/revoke', ...admins, async (req, res) => {
    const { tenant, id } = req.params as P;
    res.json(await revokeEhrClientAudited(audit, actorOf(res), tenant, id, services.cdsHooks));
  });
  router.patch('/admin/tenants/:tenant/ehr-clients/:id', ...adminsWithBody, async (req, res) => {
    const { tenant, id } = req.params as P;
    res.json(await updateEhrClientAudited(audit, actorOf(res), tenant, id, req.body, services.cdsHooks));
  });

  router.post('/admin/tenants/:tenant/hl7-senders', ...adminsWithBody, async (req, res) => {
    res.status(201).json(await registerHl7SenderAudited(audit, actorOf(res), (req.params as P).tenant, req.body));
  });
  router.get('/admin/tenants/:tenant/hl7-senders', ...admins, async (req, res) => {
    res.json({ hl7Senders: await listHl7SendersAudited(audit, actorOf(res), (req.params as P).tenant) });
  });
  router.post('/admin/tenants/:tenant/hl7-senders/:id/revoke', ...admins, async (req, res) => {
    const { tenant, id } = req.params as P;
    res.json(await revokeHl7SenderAudited(audit, actorOf(res), tenant, id, services.hl7Senders));
  });

  return router;
}
