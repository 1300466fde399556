import { Router } from 'express';
import { FHIR_ID, summaryRequestSchema } from '@meridian/sdk';
import { z } from 'zod';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import type { Services } from '../../../use-cases/services.js';
import { summariseAudited } from '../../../use-cases/summaries/summarise-audited.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';
import { publicBaseOf } from '../public-url.js';

const patientIdSchema = z.strictObject({ id: z.string().regex(FHIR_ID, 'a FHIR id') });

/**
 * `POST /patients/{id}/summary`: the patient summary (a FHIR document
 * Bundle with its Composition, the cited sentences, trends and narrative)
 * of a stored patient; an unknown patient is a 404 OperationOutcome. The
 * access is audited with every resource the summary cites.
 */
export function summaryRoutes(services: Services): Router {
  const router = Router();
  router.post(
    '/patients/:id/summary',
    ...apiKeyRoute(services, ['admin', 'clinician', 'integration'], { body: true }),
    async (req, res) => {
      const { id } = parseOrThrow(patientIdSchema, req.params, 'path');
      const request = parseOrThrow(summaryRequestSchema, req.body ?? {}, 'body');
      res.json(await summariseAudited(services, actorOf(res), id, request, `${publicBaseOf(res)}/fhir`));
    },
  );
  return router;
}
