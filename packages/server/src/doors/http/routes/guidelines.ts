import { Router } from 'express';
import { guidelineIngestRequestSchema, guidelineSearchParamsSchema } from '@meridian/sdk';
import { z } from 'zod';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import { notFound } from '../../../platform/errors/outcome-error.js';
import { chunkRows } from '../../../platform/rag/chunk-rows.js';
import { ingestGuideline } from '../../../platform/rag/ingest-guideline.js';
import type { Services } from '../../../use-cases/services.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

/** Identifier system of guideline chunks, in AuditEvent.entity. */
export const GUIDELINE_CHUNK_IDENTIFIER_SYSTEM = 'https://meridian.dev/fhir/sid/guideline-chunk' as const;
const chunkIdSchema = z.strictObject({ id: z.string().regex(/^[A-Za-z0-9._:-]{1,80}$/, 'a chunk id') });

/** Identifier system of guideline documents, in AuditEvent.entity. */
export const GUIDELINE_DOCUMENT_IDENTIFIER_SYSTEM = 'https://meridian.dev/fhir/sid/guideline-document' as const;

/**
 * `POST /guidelines` (admin, clinician): ingest a Markdown, text or PDF
 * guideline into the tenant's library, audited. `GET /guidelines/search?q=`
 * (admin, clinician, integration): ranked chunks with scores.
 * `GET /guidelines/chunks/{id}` (same roles): one chunk, audited (what a
 * case analysis cites).
 */
export function guidelineRoutes(services: Services): Router {
  const router = Router();
  const retriever = () => services.caseAnalysis.retriever;
  router.post('/guidelines', ...apiKeyRoute(services, ['admin', 'clinician'], { body: true }), async (req, res) => {
    const actor = actorOf(res);
    const request = parseOrThrow(guidelineIngestRequestSchema, req.body, 'body');
    const result = await services.audit.record(
      actor,
      (tx) =>
        ingestGuideline(tx, actor.tenantId, request, {
          embedder: retriever().embedder,
          vectorStore: retriever().vectorStore,
        }),
      (r) => ({
        action: 'C',
        interaction: 'operation',
        operation: 'guideline-ingest',
        ...(r ? { objects: [{ system: GUIDELINE_DOCUMENT_IDENTIFIER_SYSTEM, value: r.documentId }] } : {}),
      }),
    );
    res.status(201).json(result);
  });
  router.get(
    '/guidelines/search',
    ...apiKeyRoute(services, ['admin', 'clinician', 'integration']),
    async (req, res) => {
      const { tenantId } = actorOf(res);
      const { q, limit } = parseOrThrow(guidelineSearchParamsSchema, req.query, 'query');
      const results = await retriever().searchHits(services.db, tenantId, q, limit ?? 5);
      res.json({ results, method: retriever().method });
    },
  );
  router.get(
    '/guidelines/chunks/:id',
    ...apiKeyRoute(services, ['admin', 'clinician', 'integration']),
    async (req, res) => {
      const actor = actorOf(res);
      const { id } = parseOrThrow(chunkIdSchema, req.params, 'path');
      const chunk = await services.audit.record(
        actor,
        async (tx) => {
          const [hit] = await chunkRows(tx, actor.tenantId, [{ id, score: 0 }]);
          if (!hit) throw notFound(`guideline chunk ${id} is not known`);
          const { score: _score, ...stored } = hit;
          return stored;
        },
        () => ({
          action: 'R',
          interaction: 'operation',
          operation: 'guideline-chunk-read',
          objects: [{ system: GUIDELINE_CHUNK_IDENTIFIER_SYSTEM, value: id }],
        }),
      );
      res.json(chunk);
    },
  );
  return router;
}
