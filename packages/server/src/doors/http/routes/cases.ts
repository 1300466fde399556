import { Router } from 'express';
import { caseAnalyzeRequestSchema } from '@meridian/sdk';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import { requestCaseAnalysis } from '../../../use-cases/case-analysis/request-case-analysis.js';
import type { Services } from '../../../use-cases/services.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

/**
 * `POST /cases/analyze`: checks the request (an unknown patient is a 404, a
 * bad Bundle or an implausible answer a 400, at once), enqueues the analysis with its AuditEvent in
 * one transaction, and answers the analysis if it finishes within `budgetMs`
 * (default 10 s), else `202` with the job's location (`requestCaseAnalysis`).
 */
export function caseRoutes(services: Services): Router {
  const router = Router();
  router.post(
    '/cases/analyze',
    ...apiKeyRoute(services, ['admin', 'clinician', 'integration'], { body: true }),
    async (req, res) => {
      const request = parseOrThrow(caseAnalyzeRequestSchema, req.body, 'body');
      const answer = await requestCaseAnalysis(services, actorOf(res), request);
      if (answer.status === 202) res.location(answer.body.location);
      res.status(answer.status).json(answer.body);
    },
  );
  return router;
}
