import { Router } from 'express';
import { auditSearchParamsSchema } from '@meridian/sdk';
import { searchAuditEvents } from '../../../platform/audit/search-audit-events.js';
import { patientReference } from '../../../platform/fhir-store/resource-fields.js';
import { verifyAuditChain } from '../../../platform/audit/verify-audit-chain.js';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
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
    const actor = actorOf(res);
    const self = publicUrlOf(req, res);
    const parsed = auditSearchParamsSchema.safeParse(req.query);
    const patient = parsed.success && parsed.data.patient ? [patientReference(parsed.data.patient)] : [];
    const page = await services.audit.record(
      actor,
      (tx) => searchAuditEvents(tx, actor.tenantId, parseOrThrow(auditSearchParamsSchema, req.query, 'query')),
      () => ({ action: 'R', interaction: 'search-type', patients: patient }),
    );
    res
      .type('application/fhir+json')
      .send(JSON.stringify(searchsetBundle(self, publicBaseOf(res), page.events, page.nextCursor)));
  });

  router.get('/audit/verify', ...auditors, async (_req, res) => {
    const actor = actorOf(res);
    const report = await services.audit.record(
      actor,
      (tx) => verifyAuditChain(tx, actor.tenantId),
      () => ({ action: 'E', interaction: 'operation', operation: 'audit-verify' }),
    );
    res.json(report);
  });

  return router;
}
