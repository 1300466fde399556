import { Router } from 'express';
import { extractionRequestSchema } from '@meridian/sdk';
import { parseOrThrow } from '../../errors/zod-outcome.js';
import { extractNote } from '../../notes/extract-note.js';
import type { Services } from '../../services.js';
import { principalId } from '../../tenancy/principal.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';
import { JOB_IDENTIFIER_SYSTEM } from './cases.js';

/**
 * `POST /notes/extract`: a clinical note to a FHIR Bundle (and, with profile
 * `oncology`, the seven oncology fields), audited as operation
 * `note-extract` with the patient when one is named. A note longer than the
 * queue threshold (`MERIDIAN_EXTRACTION_QUEUE_CHARS`, default 20,000) is
 * enqueued with its AuditEvent in one transaction and answered `202` with the
 * job's location; `GET /jobs/{id}` reports progress and the result.
 */
export function noteRoutes(services: Services): Router {
  const router = Router();
  router.post('/notes/extract', ...apiKeyRoute(services, ['admin', 'clinician', 'integration'], { body: true }), async (req, res) => {
    const actor = actorOf(res);
    const request = parseOrThrow(extractionRequestSchema, req.body, 'body');
    const patients = request.patient ? [request.patient] : [];
    if (request.text.length > services.extraction.queueThresholdChars) {
      await services.jobs.ready();
      const requestedBy = `${actor.principal.kind}:${principalId(actor.principal)}`;
      const jobId = await services.audit.record(
        actor,
        (tx) => services.jobs.enqueueExtraction(tx, actor.tenantId, { request, requestedBy }),
        (id) => ({
          action: 'E', interaction: 'operation', operation: 'note-extract-request', patients,
          ...(id ? { objects: [{ system: JOB_IDENTIFIER_SYSTEM, value: id, display: 'note extraction job' }] } : {}),
        }),
      );
      services.jobs.wake();
      const location = `/jobs/${jobId}`;
      return void res.status(202).location(location).json({ jobId, status: 'queued', location });
    }
    // Extract before the audit transaction: the model lookup reads through the pool (PGlite has one connection).
    const result = await extractNote(services, actor.tenantId, request);
    res.json(await services.audit.record(actor, async () => result, () => ({ action: 'E', interaction: 'operation', operation: 'note-extract', patients })));
  });
  return router;
}
