/**
 * A tenant's CDS Hooks administration, without HTTP: its settings (the hook
 * time budget, how old a precomputed analysis may be) and the feedback
 * counted per card type; every read and change audited.
 *
 * @module
 */
import type { CdsFeedbackSummary, CdsSettings } from '@meridian/sdk';
import type { Actor } from '../../platform/tenancy/actor.js';
import type { Services } from '../services.js';
import { feedbackCounts } from './feedback/record-feedback.js';

/**
 * The tenant's settings as they apply now (the server's defaults where it sets none).
 *
 * @example
 * ```ts
 * const { budgetMs } = await readCdsSettings(services, actor);
 * ```
 */
export async function readCdsSettings(services: Services, actor: Actor): Promise<CdsSettings> {
  return {
    budgetMs: await services.cdsHooks.budgetMs(actor.tenantId),
    analysisFreshnessMs: await services.cdsHooks.analysisFreshnessMs(actor.tenantId),
  };
}

/**
 * Stores the tenant's settings (audited as `cds-settings`) and drops the
 * cached ones, so this process applies them at once.
 *
 * @example
 * ```ts
 * await updateCdsSettings(services, actor, { budgetMs: 300 });
 * ```
 */
export async function updateCdsSettings(services: Services, actor: Actor, settings: CdsSettings): Promise<CdsSettings> {
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
  return settings;
}

/**
 * Feedback counted per card type for the tenant, audited as `cds-feedback-summary`.
 *
 * @example
 * ```ts
 * const { cardTypes } = await readFeedbackSummary(services, actor);
 * ```
 */
export async function readFeedbackSummary(services: Services, actor: Actor): Promise<CdsFeedbackSummary> {
  const cardTypes = await services.audit.record(
    actor,
    (tx) => feedbackCounts(tx, actor.tenantId),
    () => ({ action: 'R', interaction: 'operation', operation: 'cds-feedback-summary' }),
  );
  return { cardTypes };
}
