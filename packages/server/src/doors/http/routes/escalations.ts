import { Router } from 'express';
import { escalationAcknowledgeRequestSchema, escalationListParamsSchema } from '@meridian/sdk';
import { z } from 'zod';
import {
  acknowledgeEscalationRecord,
  reviewEscalations,
  type EscalationRecord,
} from '../../../use-cases/case-analysis/escalation-review.js';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import type { Services } from '../../../use-cases/services.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

const idParams = z.looseObject({ id: z.string().regex(/^esc-[0-9a-f-]{36}$/, 'an escalation record id (esc-{uuid})') });
const show = (e: EscalationRecord) => ({
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

  router.get('/escalations', ...apiKeyRoute(services, ['admin', 'clinician']), async (req, res) => {
    const params = parseOrThrow(escalationListParamsSchema, req.query, 'query');
    const escalations = await reviewEscalations(services, actorOf(res), params);
    res.json({ escalations: escalations.map(show) });
  });

  router.post(
    '/escalations/:id/acknowledge',
    ...apiKeyRoute(services, ['clinician'], { body: true }),
    async (req, res) => {
      const { id } = parseOrThrow(idParams, req.params, 'path');
      const { note } = parseOrThrow(escalationAcknowledgeRequestSchema, req.body ?? {}, 'body');
      res.json(show(await acknowledgeEscalationRecord(services, actorOf(res), id, note)));
    },
  );
  return router;
}
