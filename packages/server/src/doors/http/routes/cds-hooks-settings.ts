import { Router } from 'express';
import { cdsSettingsSchema } from '@meridian/sdk';
import { readCdsSettings, readFeedbackSummary, updateCdsSettings } from '../../../use-cases/cds-hooks/cds-settings.js';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import type { Services } from '../../../use-cases/services.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

/**
 * A tenant's CDS Hooks administration, with an API key: `GET`/`PUT
 * /cds-hooks/settings` (the hook time budget; admin;
 * `analysisFreshnessMs`: how old a precomputed analysis may be; unset:
 * the server's default) and
 * `GET /cds-hooks/feedback-summary` (feedback counted per card type).
 *
 * @example
 * ```ts
 * app.use(cdsHooksSettingsRoutes(services));
 * ```
 */
export function cdsHooksSettingsRoutes(services: Services): Router {
  const router = Router();
  router.get('/cds-hooks/settings', ...apiKeyRoute(services, ['admin', 'auditor']), async (_req, res) => {
    res.json(await readCdsSettings(services, actorOf(res)));
  });
  router.put('/cds-hooks/settings', ...apiKeyRoute(services, ['admin'], { body: true }), async (req, res) => {
    const settings = parseOrThrow(cdsSettingsSchema, req.body, 'body');
    res.json(await updateCdsSettings(services, actorOf(res), settings));
  });
  router.get(
    '/cds-hooks/feedback-summary',
    ...apiKeyRoute(services, ['admin', 'auditor', 'clinician']),
    async (_req, res) => {
      res.json(await readFeedbackSummary(services, actorOf(res)));
    },
  );
  return router;
}
