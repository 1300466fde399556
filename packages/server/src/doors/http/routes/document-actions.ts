import { Router } from 'express';
import {
  documentExtractRequestSchema,
  documentScrubRequestSchema,
  MAX_NOTE_CHARS,
  PHI_SCRUB_MAX_CHARS,
} from '@meridian/sdk';
import { withDocumentText, type DocumentText } from '../../../use-cases/documents/document-text.js';
import { OutcomeError } from '../../../platform/errors/outcome-error.js';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import { answerExtraction } from '../../../use-cases/notes/answer-extraction.js';
import { scrubAudited } from '../../../use-cases/phi-scrubbing/scrub-audited.js';
import type { Services } from '../../../use-cases/services.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';
import { documentIdSchema } from './documents.js';
import { EXTRACTION_ROLES, sendExtractionAnswer } from './notes.js';
import { PHI_SCRUB_ROLES } from './phi.js';

/** 422 when a stored text is longer than the capability takes (the message names the length limit, never the text). */
function withinLimit(document: DocumentText, max: number, capability: string): string {
  if (document.text.length > max)
    throw new OutcomeError(
      'unprocessable-entity',
      `${document.reference} holds ${document.text.length} characters of text; ${capability} takes at most ${max}`,
    );
  return document.text;
}

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
    const actor = actorOf(res);
    const response = await withDocumentText(services.db, actor.tenantId, id, (doc) => {
      const patient = options.patient ?? doc.patient ?? undefined;
      const text = withinLimit(doc, PHI_SCRUB_MAX_CHARS, 'PHI scrubbing');
      return scrubAudited(services, actor, { ...options, text, ...(patient ? { patient } : {}) }, [doc.reference]);
    });
    res.json(response);
  });

  router.post(
    '/documents/:id/extract',
    ...apiKeyRoute(services, EXTRACTION_ROLES, { body: true }),
    async (req, res) => {
      const { id } = parseOrThrow(documentIdSchema, req.params, 'path');
      const { profile } = parseOrThrow(documentExtractRequestSchema, req.body ?? {}, 'body');
      const actor = actorOf(res);
      const answer = await withDocumentText(services.db, actor.tenantId, id, (doc) => {
        const text = withinLimit(doc, MAX_NOTE_CHARS, 'extraction');
        return answerExtraction(
          services,
          actor,
          { text, ...(profile ? { profile } : {}), ...(doc.patient ? { patient: doc.patient } : {}) },
          doc.reference,
        );
      });
      sendExtractionAnswer(res, answer);
    },
  );
  return router;
}
