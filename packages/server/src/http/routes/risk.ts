import type { RemoteTerminology } from '@meridian/fhir-adapter';
import { Router } from 'express';
import { riskAssessRequestSchema } from '@meridian/sdk';
import { recordAccess, type AuditListener } from '../../audit/record-access.js';
import { patientReference } from '../../fhir-store/resource-fields.js';
import { parseOrThrow } from '../../errors/zod-outcome.js';
import { assessRisk } from '../../risk-assessment/assess-risk.js';
import type { RiskCache } from '../../risk-assessment/risk-cache.js';
import type { Db } from '../../store/db.js';
import { actorOf, requireRole } from '../middleware/authenticate.js';

/**
 * `POST /risk/assess`: validated risk scores for a stored patient or a given
 * Bundle, with the RiskAssessments stored and the access audited.
 */
export function riskRoutes(db: Db, cache: RiskCache, onAudit: AuditListener, terminology?: RemoteTerminology): Router {
  const router = Router();
  router.post('/risk/assess', requireRole('admin', 'clinician', 'integration'), async (req, res) => {
    const actor = actorOf(res);
    const request = parseOrThrow(riskAssessRequestSchema, req.body, 'body');
    const assessed = await recordAccess(
      db,
      actor,
      (tx) => assessRisk(tx, actor.tenantId, request, cache, new Date(), terminology),
      (r) => ({
        action: 'E',
        interaction: 'operation',
        operation: 'risk-assess',
        patients: r ? [r.response.patient] : request.patient ? [patientReference(request.patient)] : [],
        resources: r?.touched ?? [],
      }),
      onAudit,
    );
    res.json(assessed.response);
  });
  return router;
}
