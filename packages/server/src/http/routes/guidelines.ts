import { Router } from 'express';
import { guidelineIngestRequestSchema, guidelineSearchParamsSchema } from '@meridian/sdk';
import { parseOrThrow } from '../../errors/zod-outcome.js';
import { ingestGuideline } from '../../rag/ingest-guideline.js';
import type { Services } from '../../services.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

/** Identifier system of guideline documents, in AuditEvent.entity. */
export const GUIDELINE_DOCUMENT_IDENTIFIER_SYSTEM = 'https://meridian.dev/fhir/sid/guideline-document' as const;

/**
 * `POST /guidelines` (admin, clinician): ingest a Markdown, text or PDF
 * guideline into the tenant's library, audited. `GET /guidelines/search?q=`
 * (admin, clinician, integration): ranked chunks with scores.
 */
export function guidelineRoutes(services: Services): Router {
  const router = Router();
  const retriever = () => services.caseAnalysis.retriever;
  router.post('/guidelines', ...apiKeyRoute(services, ['admin', 'clinician'], { body: true }), async (req, res) => {
    const actor = actorOf(res);
    const request = parseOrThrow(guidelineIngestRequestSchema, req.body, 'body');
    const result = await services.audit.record(
      actor,
      (tx) => ingestGuideline(tx, actor.tenantId, request, { embedder: retriever().embedder, vectorStore: retriever().vectorStore }),
      (r) => ({ action: 'C', interaction: 'operation', operation: 'guideline-ingest', ...(r ? { objects: [{ system: GUIDELINE_DOCUMENT_IDENTIFIER_SYSTEM, value: r.documentId }] } : {}) }),
    );
    res.status(201).json(result);
  });
  router.get('/guidelines/search', ...apiKeyRoute(services, ['admin', 'clinician', 'integration']), async (req, res) => {
    const { tenantId } = actorOf(res);
    const { q, limit } = parseOrThrow(guidelineSearchParamsSchema, req.query, 'query');
    const results = await retriever().searchHits(services.db, tenantId, q, limit ?? 5);
    res.json({ results, method: retriever().method });
  });
  return router;
}
