import { Router } from 'express';
import { trainingExportQuerySchema } from '@meridian/sdk';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import type { Services } from '../../../use-cases/services.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

/** The export loads the scrubber's lexicons on the first request, not when the server starts. */
const loadExport = () => import('../../../use-cases/training-export/export-training-data.js');

/**
 * `GET /training/export` (admin of the tenant, or an operator naming it):
 * CDS feedback and reviewed escalations as chat fine-tuning examples, every
 * text PHI-scrubbed; JSONL by default, `format=json` for the SDK; audited.
 */
export function trainingRoutes(services: Services): Router {
  const router = Router();
  router.get('/training/export', ...apiKeyRoute(services, ['admin', 'operator']), async (req, res) => {
    const query = parseOrThrow(trainingExportQuerySchema, req.query, 'query');
    const { exportTrainingData } = await loadExport();
    const exported = await exportTrainingData(services, actorOf(res), query);
    if (query.format === 'json') {
      res.json(exported);
      return;
    }
    res.type('application/x-ndjson').send(exported.examples.map((e) => `${JSON.stringify(e)}\n`).join(''));
  });
  return router;
}
