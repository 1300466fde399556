/**
 * The training export as a use case: which tenant (an admin's own, or the
 * one an operator names), its feedback and reviewed escalations read inside
 * one audited transaction, each turned into a scrubbed chat example.
 *
 * @module
 */
import type { TrainingExportQuery, TrainingExportResponse } from '@meridian/sdk';
import { checkTenantScope } from '../administration/tenant-scope.js';
import { badRequest } from '../../platform/errors/outcome-error.js';
import type { Services } from '../services.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import { PLATFORM_TENANT_ID } from '../../platform/tenancy/tenants.js';
import { readFeedbackRows, readReviewedEscalations } from './read-training-sources.js';
import { escalationExample, feedbackExample } from './training-examples.js';

/**
 * Builds a tenant's training examples, audited (`training-export`).
 *
 * @example
 * ```ts
 * const { examples } = await exportTrainingData(services, actor, { tenant: 'st-marys' });
 * ```
 */
export async function exportTrainingData(
  services: Services,
  actor: Actor,
  query: TrainingExportQuery,
): Promise<TrainingExportResponse> {
  const tenantId = query.tenant ?? actor.tenantId;
  if (tenantId === PLATFORM_TENANT_ID) throw badRequest('name the tenant to export: ?tenant=', ['query.tenant']);
  return services.audit.record(
    actor,
    async (tx) => {
      await checkTenantScope(tx, actor, tenantId);
      const feedback = await readFeedbackRows(tx, tenantId);
      const escalations = await readReviewedEscalations(tx, services.caseAnalysis.encryptionKey, tenantId);
      return {
        examples: [...feedback.map(feedbackExample), ...escalations.map(escalationExample)],
        sources: { cdsFeedback: feedback.length, escalations: escalations.length },
      };
    },
    () => ({ action: 'E', interaction: 'operation', operation: 'training-export', tenantId }),
  );
}
