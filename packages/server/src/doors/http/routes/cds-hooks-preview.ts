import { Router } from 'express';
import { cdsPreviewRequestSchema } from '@meridian/sdk';
import { cdsCallAuditRecord } from '../../../use-cases/cds-hooks/audit-record.js';
import { callCdsService } from '../../../use-cases/cds-hooks/call-service.js';
import { recordIssuedCards } from '../../../use-cases/cds-hooks/issued-cards.js';
import { previewAuditUser, previewRequest } from '../../../use-cases/cds-hooks/preview-request.js';
import { findCdsService } from '../../../use-cases/cds-hooks/registry.js';
import { notFound } from '../../../platform/errors/outcome-error.js';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import type { Services } from '../../../use-cases/services.js';
import { publicBaseOf } from '../public-url.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

/**
 * `POST /cds-services/{id}/preview` (API key: admin, clinician): runs a
 * `patient-view` service for a stored patient, as if their chart had just
 * opened, with the prefetch read from the record; the same call, budget,
 * issued-card record (so feedback on its cards is counted) and AuditEvent
 * as an EHR's call. For portals and the demo.
 *
 * @example
 * ```ts
 * app.use(cdsHooksPreviewRoutes(services));
 * ```
 */
export function cdsHooksPreviewRoutes(services: Services): Router {
  const router = Router();
  const { cdsHooks } = services;
  router.post(
    '/cds-services/:id/preview',
    ...apiKeyRoute(services, ['admin', 'clinician'], { body: true }),
    async (req, res) => {
      const service = findCdsService(String(req.params.id), cdsHooks.services);
      if (!service)
        throw notFound(`no CDS Service '${String(req.params.id).slice(0, 64)}'; GET /cds-services lists them`);
      const actor = actorOf(res);
      const request = parseOrThrow(cdsPreviewRequestSchema, req.body, 'body');
      const body = await previewRequest(services.db, actor.tenantId, service, request);
      const budgetMs = await cdsHooks.budgetMs(actor.tenantId);
      const startedAt = Date.now();
      const done = await callCdsService({
        service,
        body,
        tenantId: actor.tenantId,
        startedAt,
        budgetMs,
        riskCache: services.riskCache,
        analyses: cdsHooks.analyses,
        // The prefetch comes from Meridian's own store: nothing is fetched from a FHIR server.
        fhirServers: [],
        publicBase: publicBaseOf(res),
        onStepFailure: (step, error) =>
          services.logger.error({ requestId: actor.requestId, step, err: String(error) }, 'CDS step failed'),
      });
      const at = new Date();
      await services.audit.record(
        { ...actor, onBehalfOf: previewAuditUser(request) },
        async (tx) => {
          await recordIssuedCards(tx, actor.tenantId, {
            serviceId: service.id,
            hookInstance: done.hookInstance,
            patient: done.patient,
            cards: done.cards,
            at,
          });
          return done.cards;
        },
        (returned) =>
          cdsCallAuditRecord({
            serviceId: service.id,
            budgetMs,
            verified: true,
            preview: true,
            ...done,
            cards: returned ?? [],
            fetched: [],
            elapsedMs: Date.now() - startedAt,
          }),
      );
      res.json(done.response);
    },
  );
  return router;
}
