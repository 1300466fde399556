import { Router } from 'express';
import { phiScrubRequestSchema } from '@meridian/sdk';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import { scrubAudited } from '../../../use-cases/phi-scrubbing/scrub-audited.js';
import type { Services } from '../../../use-cases/services.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

/** The roles that may scrub text, here and at `POST /documents/{id}/scrub`. */
export const PHI_SCRUB_ROLES = ['admin', 'clinician', 'integration'] as const;

/**
 * `POST /phi/scrub` (admin, clinician, integration): the Safe Harbor
 * identifiers of a text, replaced by tags or surrogates, audited (the
 * AuditEvent names the patient when one is given, never the text).
 */
export function phiRoutes(services: Services): Router {
  const router = Router();
  router.post('/phi/scrub', ...apiKeyRoute(services, PHI_SCRUB_ROLES, { body: true }), async (req, res) => {
    const request = parseOrThrow(phiScrubRequestSchema, req.body, 'body');
    res.json(await scrubAudited(services, actorOf(res), request));
  });
  return router;
}
