import { Router } from 'express';
import { phiScrubRequestSchema } from '@meridian/sdk';
import { parseOrThrow } from '../../errors/zod-outcome.js';
import type { Services } from '../../services.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

/** The scrubber loads its lexicons (about half a second) on the first request, not when the server starts. */
const loadScrubber = () => import('../../phi-scrubbing/scrub-request.js');

/**
 * `POST /phi/scrub` (admin, clinician, integration): the Safe Harbor
 * identifiers of a text, replaced by tags or surrogates, audited (the
 * AuditEvent names the patient when one is given, never the text).
 */
export function phiRoutes(services: Services): Router {
  const router = Router();
  router.post('/phi/scrub', ...apiKeyRoute(services, ['admin', 'clinician', 'integration'], { body: true }), async (req, res) => {
    const actor = actorOf(res);
    const request = parseOrThrow(phiScrubRequestSchema, req.body, 'body');
    const patient = request.patient && (request.patient.startsWith('Patient/') ? request.patient : `Patient/${request.patient}`);
    const { scrubRequest } = await loadScrubber();
    const response = await services.audit.record(
      actor,
      (tx) => scrubRequest(services, tx, actor.tenantId, request),
      () => ({ action: 'E', interaction: 'operation', operation: 'phi-scrub', patients: patient ? [patient] : [] }),
    );
    res.json(response);
  });
  return router;
}
