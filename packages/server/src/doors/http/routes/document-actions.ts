import { Router } from 'express';
import { documentExtractRequestSchema, documentScrubRequestSchema } from '@meridian/sdk';
import { extractDocument, scrubDocument } from '../../../use-cases/documents/document-actions.js';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import type { Services } from '../../../use-cases/services.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';
import { documentIdSchema } from './documents.js';
import { EXTRACTION_ROLES, sendExtractionAnswer } from './notes.js';
import { PHI_SCRUB_ROLES } from './phi.js';

/**
 * Stored documents scrubbed or extracted on request, through the same use
 * cases as `/phi/scrub` and `/notes/extract` and with the same roles:
 * `POST /documents/{id}/scrub` (body: the scrub options without `text`;
 * `patient` defaults to the document's patient) answers as `/phi/scrub`, its
 * span offsets into the stored text; `POST /documents/{id}/extract` (body:
 * `{ profile? }`) answers as `/notes/extract` (`200`, or `202` with a job for
 * a long text), the document's patient as subject and `document` naming the
 * DocumentReference. Both are audited naming the DocumentReference and the
 * patient, never the text; an unknown id, or another tenant's, is `404`.
 */
export function documentActionRoutes(services: Services): Router {
  const router = Router();
  router.post('/documents/:id/scrub', ...apiKeyRoute(services, PHI_SCRUB_ROLES, { body: true }), async (req, res) => {
    const { id } = parseOrThrow(documentIdSchema, req.params, 'path');
    const options = parseOrThrow(documentScrubRequestSchema, req.body ?? {}, 'body');
    res.json(await scrubDocument(services, actorOf(res), id, options));
  });

  router.post(
    '/documents/:id/extract',
    ...apiKeyRoute(services, EXTRACTION_ROLES, { body: true }),
    async (req, res) => {
      const { id } = parseOrThrow(documentIdSchema, req.params, 'path');
      const request = parseOrThrow(documentExtractRequestSchema, req.body ?? {}, 'body');
      sendExtractionAnswer(res, await extractDocument(services, actorOf(res), id, request));
    },
  );
  return router;
}
