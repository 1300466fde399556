import { Router } from 'express';
import { riskAssessRequestSchema } from '@meridian/sdk';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import { assessRiskAudited } from '../../../use-cases/risk-assessment/assess-risk-audited.js';
import type { Services } from '../../../use-cases/services.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

/**
 * `POST /risk/assess`: validated risk scores for a stored patient or a given
 * Bundle, with the RiskAssessments stored and the access audited.
 */
export function riskRoutes(services: Services): Router {
  const router = Router();
  router.post(
    '/risk/assess',
    ...apiKeyRoute(services, ['admin', 'clinician', 'integration'], { body: true }),
    async (req, res) => {
      const request = parseOrThrow(riskAssessRequestSchema, req.body, 'body');
      res.json(await assessRiskAudited(services, actorOf(res), request));
    },
  );
  return router;
}
