import { Router, type Response } from 'express';
import { extractionRequestSchema } from '@meridian/sdk';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import { answerExtraction, type ExtractionAnswer } from '../../../use-cases/notes/answer-extraction.js';
import type { Services } from '../../../use-cases/services.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

/** The roles that may extract notes, here and at `POST /documents/{id}/extract`. */
export const EXTRACTION_ROLES = ['admin', 'clinician', 'integration'] as const;

/** Sends an {@link ExtractionAnswer}: `200` with the result, or `202` with the job and its `Location`. */
export function sendExtractionAnswer(res: Response, answer: ExtractionAnswer): void {
  if (answer.status === 202) res.location(answer.body.location);
  res.status(answer.status).json(answer.body);
}

/**
 * `POST /notes/extract`: a clinical note to a FHIR Bundle (and, with profile
 * `oncology`, the seven oncology fields), audited as operation
 * `note-extract` with the patient when one is named. A note longer than the
 * queue threshold (`MERIDIAN_EXTRACTION_QUEUE_CHARS`, default 20,000) is
 * enqueued with its AuditEvent in one transaction and answered `202` with the
 * job's location; `GET /jobs/{id}` reports progress and the result.
 */
export function noteRoutes(services: Services): Router {
  const router = Router();
  router.post('/notes/extract', ...apiKeyRoute(services, EXTRACTION_ROLES, { body: true }), async (req, res) => {
    const request = parseOrThrow(extractionRequestSchema, req.body, 'body');
    sendExtractionAnswer(res, await answerExtraction(services, actorOf(res), request));
  });
  return router;
}
