import { Router } from 'express';
import { searchAuditTrail, verifyAuditTrail } from '../../../use-cases/administration/audit-trail.js';
import { searchsetBundle } from '../searchset.js';
import type { Services } from '../../../use-cases/services.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';
import { publicBaseOf, publicUrlOf } from '../public-url.js';

/**
 * `GET /fhir/AuditEvent` (search, a FHIR searchset Bundle) and
 * `GET /audit/verify` (recompute the tenant's hash chain). Admins and auditors
 * only; reading the audit trail is itself audited.
 */
export function auditRoutes(services: Services): Router {
  const router = Router();
  const auditors = apiKeyRoute(services, ['admin', 'auditor']);

  router.get('/fhir/AuditEvent', ...auditors, async (req, res) => {
    const self = publicUrlOf(req, res);
    const page = await searchAuditTrail(services, actorOf(res), req.query);
    res
      .type('application/fhir+json')
      .send(JSON.stringify(searchsetBundle(self, publicBaseOf(res), page.events, page.nextCursor)));
  });

  router.get('/audit/verify', ...auditors, async (_req, res) => {
    res.json(await verifyAuditTrail(services, actorOf(res)));
  });

  return router;
}
