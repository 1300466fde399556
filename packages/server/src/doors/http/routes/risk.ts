import { Router } from 'express';
import { riskAssessRequestSchema } from '@meridian/sdk';
import { patientReference } from '../../../platform/fhir-store/resource-fields.js';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import { assessRisk } from '../../../use-cases/risk-assessment/assess-risk.js';
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
      const actor = actorOf(res);
      const request = parseOrThrow(riskAssessRequestSchema, req.body, 'body');
      const assessed = await services.audit.record(
        actor,
        (tx) => assessRisk(tx, actor.tenantId, request, services.riskCache, new Date(), services.terminology),
        (r) => ({
          action: 'E',
          interaction: 'operation',
          operation: 'risk-assess',
          patients: r ? [r.response.patient] : request.patient ? [patientReference(request.patient)] : [],
          resources: r?.touched ?? [],
        }),
      );
      res.json(assessed.response);
    },
  );
  return router;
}
