import { Router } from 'express';
import { trainingExportQuerySchema, type TrainingExportResponse } from '@meridian/sdk';
import { checkTenantScope } from '../../administration/tenant-scope.js';
import { badRequest } from '../../errors/outcome-error.js';
import { parseOrThrow } from '../../errors/zod-outcome.js';
import type { Services } from '../../services.js';
import { PLATFORM_TENANT_ID } from '../../tenancy/tenants.js';
import { readFeedbackRows, readReviewedEscalations } from '../../training-export/read-training-sources.js';
import { escalationExample, feedbackExample } from '../../training-export/training-examples.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

/**
 * `GET /training/export` (admin of the tenant, or an operator naming it):
 * CDS feedback and reviewed escalations as chat fine-tuning examples, every
 * text PHI-scrubbed; JSONL by default, `format=json` for the SDK; audited.
 */
export function trainingRoutes(services: Services): Router {
  const router = Router();
  router.get('/training/export', ...apiKeyRoute(services, ['admin', 'operator']), async (req, res) => {
    const actor = actorOf(res);
    const query = parseOrThrow(trainingExportQuerySchema, req.query, 'query');
    const tenantId = query.tenant ?? actor.tenantId;
    if (tenantId === PLATFORM_TENANT_ID) throw badRequest('name the tenant to export: ?tenant=', ['query.tenant']);
    const exported: TrainingExportResponse = await services.audit.record(
      actor,
      async (tx) => {
        await checkTenantScope(tx, actor, tenantId);
        const feedback = await readFeedbackRows(tx, tenantId);
        const escalations = await readReviewedEscalations(tx, services.caseAnalysis.encryptionKey, tenantId);
        return { examples: [...feedback.map(feedbackExample), ...escalations.map(escalationExample)], sources: { cdsFeedback: feedback.length, escalations: escalations.length } };
      },
      () => ({ action: 'E', interaction: 'operation', operation: 'training-export', tenantId }),
    );
    if (query.format === 'json') {
      res.json(exported);
      return;
    }
    res.type('application/x-ndjson').send(exported.examples.map((e) => `${JSON.stringify(e)}\n`).join(''));
  });
  return router;
}
