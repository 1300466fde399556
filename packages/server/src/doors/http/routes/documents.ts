import express, { Router, type RequestHandler } from 'express';
import { documentUploadQuerySchema, FHIR_ID } from '@meridian/sdk';
import { z } from 'zod';
import {
  ACCEPTED_DOCUMENT_TYPES,
  documentKind,
  type DocumentKind,
} from '../../../use-cases/documents/document-kinds.js';
import { transcriptionNotConfigured } from '../../../use-cases/documents/extract-document-text.js';
import { readDocument, uploadDocument } from '../../../use-cases/documents/upload-document.js';
import { badRequest, OutcomeError } from '../../../platform/errors/outcome-error.js';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import type { Services } from '../../../use-cases/services.js';
import { actorOf, apiKeyAuth, requireRole } from '../middleware/api-key-auth.js';

/** The path of `/documents/{id}` and its sub-routes: a FHIR id. */
export const documentIdSchema = z.strictObject({ id: z.string().regex(FHIR_ID, 'a FHIR id') });

/** Refuses, before reading a byte, an upload whose Content-Type Meridian does not read (415), or audio with no transcription endpoint. */
function acceptDocument(services: Services): RequestHandler {
  return (req, res, next) => {
    const kind = documentKind(req.get('content-type'));
    if (!kind)
      return next(
        new OutcomeError(
          'unsupported-media-type',
          `send the document as the request body with one of these Content-Types: ${ACCEPTED_DOCUMENT_TYPES.join(', ')}`,
        ),
      );
    if (kind.method === 'transcription' && !services.documents.transcription) return next(transcriptionNotConfigured());
    res.locals.documentKind = kind;
    next();
  };
}

/**
 * `POST /documents`: a PDF, DOCX, PNG/JPEG image, plain text or (with a
 * transcription endpoint) audio file as the raw request body, with its
 * Content-Type and an optional `?patient=Patient/{id}&title=…`, within its
 * own body limit (`MERIDIAN_DOCUMENT_BODY_LIMIT`, 413 above). Text, DOCX and
 * small PDFs are read at once: `201` with the stored `DocumentReference`.
 * Images (OCR), audio and large PDFs go to the job queue: `202` with the job.
 * `GET /documents/{id}`: the stored DocumentReference (also at
 * `/fhir/DocumentReference/{id}`). Every access is audited.
 */
export function documentRoutes(services: Services): Router {
  const router = Router();
  const roles = ['admin', 'clinician', 'integration'] as const;
  const raw = express.raw({ type: () => true, limit: services.documents.bodyLimit });
  router.post(
    '/documents',
    apiKeyAuth(services),
    requireRole(...roles),
    acceptDocument(services),
    raw,
    async (req, res) => {
      const query = parseOrThrow(documentUploadQuerySchema, req.query, 'query');
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (bytes.length === 0)
        throw badRequest('the request body is empty: send the document itself as the body', ['body']);
      const answer = await uploadDocument(services, actorOf(res), {
        kind: res.locals.documentKind as DocumentKind,
        bytes,
        patient: query.patient,
        title: query.title,
      });
      if (answer.status === 201) {
        res
          .status(201)
          .location(`/documents/${answer.id}`)
          .type('application/fhir+json')
          .send(JSON.stringify(answer.resource));
        return;
      }
      res.status(202).location(answer.body.location).json(answer.body);
    },
  );

  router.get('/documents/:id', apiKeyAuth(services), requireRole(...roles), async (req, res) => {
    const { id } = parseOrThrow(documentIdSchema, req.params, 'path');
    const resource = await readDocument(services, actorOf(res), id);
    res.set('ETag', `W/"${resource.meta?.versionId}"`).type('application/fhir+json').send(JSON.stringify(resource));
  });
  return router;
}
