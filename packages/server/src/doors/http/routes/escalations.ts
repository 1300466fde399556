import { Router } from 'express';
import { escalationAcknowledgeRequestSchema, escalationListParamsSchema } from '@meridian/sdk';
import { z } from 'zod';
import { ESCALATION_RECORD_IDENTIFIER_SYSTEM } from '../../../use-cases/case-analysis/analyze-case.js';
import { acknowledgeEscalation, listEscalations } from '../../../use-cases/case-analysis/escalation-records.js';
import { notFound } from '../../../platform/errors/outcome-error.js';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import type { Services } from '../../../use-cases/services.js';
import { principalId } from '../../../platform/tenancy/principal.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

const idParams = z.looseObject({ id: z.string().regex(/^esc-[0-9a-f-]{36}$/, 'an escalation record id (esc-{uuid})') });
type Shown = Awaited<ReturnType<typeof listEscalations>>[number];
const show = (e: Shown) => ({
  id: e.id,
  level: e.level,
  status: e.status,
  createdAt: e.createdAt,
  ...e.payload,
  ...(e.acknowledgement ? { acknowledgement: e.acknowledgement } : {}),
});

/**
 * `GET /escalations` (admin, clinician): the tenant's open escalation
 * records (`?acknowledged=true`: the acknowledged ones), decrypted for
 * review, audited with their patients.
 * `POST /escalations/{id}/acknowledge` (clinician): records who acknowledged
 * the record, when, and an optional note (encrypted at rest); idempotent
 * (again: the first acknowledgement, unchanged); audited as an update of
 * the record, with its patient.
 */
export function escalationRoutes(services: Services): Router {
  const router = Router();
  const key = services.caseAnalysis.encryptionKey;

  router.get('/escalations', ...apiKeyRoute(services, ['admin', 'clinician']), async (req, res) => {
    const actor = actorOf(res);
    const params = parseOrThrow(escalationListParamsSchema, req.query, 'query');
    const escalations = await services.audit.record(
      actor,
      (tx) => listEscalations(tx, key, actor.tenantId, params),
      (list) => ({
        action: 'R',
        interaction: 'search-type',
        patients: [...new Set((list ?? []).map((e) => e.payload.patient))],
        objects: (list ?? []).map((e) => ({ system: ESCALATION_RECORD_IDENTIFIER_SYSTEM, value: e.id })),
      }),
    );
    res.json({ escalations: escalations.map(show) });
  });

  router.post(
    '/escalations/:id/acknowledge',
    ...apiKeyRoute(services, ['clinician'], { body: true }),
    async (req, res) => {
      const actor = actorOf(res);
      const { id } = parseOrThrow(idParams, req.params, 'path');
      const { note } = parseOrThrow(escalationAcknowledgeRequestSchema, req.body ?? {}, 'body');
      const who = {
        by: `${actor.principal.kind}:${principalId(actor.principal)}`,
        byName: actor.principal.name,
        ...(actor.onBehalfOf ? { onBehalfOf: actor.onBehalfOf } : {}),
      };
      const done = await services.audit.record(
        actor,
        async (tx) => {
          const result = await acknowledgeEscalation(tx, key, actor.tenantId, id, who, note);
          if (!result) throw notFound(`escalation record ${id} is not known`);
          return result;
        },
        (r) => ({
          action: 'U',
          interaction: 'operation',
          operation: 'escalation-acknowledge',
          patients: r ? [r.record.payload.patient] : [],
          objects: [
            {
              system: ESCALATION_RECORD_IDENTIFIER_SYSTEM,
              value: id,
              display: r && !r.changed ? 'already acknowledged' : 'acknowledged',
            },
          ],
        }),
      );
      res.json(show(done.record));
    },
  );
  return router;
}
