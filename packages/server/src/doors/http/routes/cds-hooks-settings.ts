import { Router } from 'express';
import { cdsSettingsSchema } from '@meridian/sdk';
import { feedbackCounts } from '../../../use-cases/cds-hooks/feedback/record-feedback.js';
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
    const tenantId = actorOf(res).tenantId;
    res.json({
      budgetMs: await services.cdsHooks.budgetMs(tenantId),
      analysisFreshnessMs: await services.cdsHooks.analysisFreshnessMs(tenantId),
    });
  });
  router.put('/cds-hooks/settings', ...apiKeyRoute(services, ['admin'], { body: true }), async (req, res) => {
    const actor = actorOf(res);
    const settings = parseOrThrow(cdsSettingsSchema, req.body, 'body');
    await services.audit.record(
      actor,
      (tx) =>
        tx.query(
          `INSERT INTO cds_tenant_settings (tenant_id, budget_ms, analysis_freshness_ms) VALUES ($1, $2, $3)
         ON CONFLICT (tenant_id) DO UPDATE SET budget_ms = excluded.budget_ms, analysis_freshness_ms = excluded.analysis_freshness_ms, updated_at = now()`,
          [actor.tenantId, settings.budgetMs, settings.analysisFreshnessMs ?? null],
        ),
      () => ({ action: 'U', interaction: 'operation', operation: 'cds-settings' }),
    );
    services.cdsHooks.forgetBudget(actor.tenantId);
    res.json(settings);
  });
  router.get(
    '/cds-hooks/feedback-summary',
    ...apiKeyRoute(services, ['admin', 'auditor', 'clinician']),
    async (_req, res) => {
      const actor = actorOf(res);
      const cardTypes = await services.audit.record(
        actor,
        (tx) => feedbackCounts(tx, actor.tenantId),
        () => ({ action: 'R', interaction: 'operation', operation: 'cds-feedback-summary' }),
      );
      res.json({ cardTypes });
    },
  );
  return router;
}
