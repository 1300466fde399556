import { Router } from 'express';
import { guidelineIngestRequestSchema, guidelineSearchParamsSchema } from '@meridian/sdk';
import { z } from 'zod';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import {
  ingestGuidelineAudited,
  readGuidelineChunk,
  searchGuidelines,
} from '../../../use-cases/guidelines/guideline-library.js';
import type { Services } from '../../../use-cases/services.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

const chunkIdSchema = z.strictObject({ id: z.string().regex(/^[A-Za-z0-9._:-]{1,80}$/, 'a chunk id') });

/**
 * `POST /guidelines` (admin, clinician): ingest a Markdown, text or PDF
 * guideline into the tenant's library, audited. `GET /guidelines/search?q=`
 * (admin, clinician, integration): ranked chunks with scores.
 * `GET /guidelines/chunks/{id}` (same roles): one chunk, audited (what a
 * case analysis cites).
 */
export function guidelineRoutes(services: Services): Router {
  const router = Router();
  const readers = apiKeyRoute(services, ['admin', 'clinician', 'integration']);
  router.post('/guidelines', ...apiKeyRoute(services, ['admin', 'clinician'], { body: true }), async (req, res) => {
    const request = parseOrThrow(guidelineIngestRequestSchema, req.body, 'body');
    res.status(201).json(await ingestGuidelineAudited(services, actorOf(res), request));
  });
  router.get('/guidelines/search', ...readers, async (req, res) => {
    const { q, limit } = parseOrThrow(guidelineSearchParamsSchema, req.query, 'query');
    res.json(await searchGuidelines(services, actorOf(res), q, limit));
  });
  router.get('/guidelines/chunks/:id', ...readers, async (req, res) => {
    const { id } = parseOrThrow(chunkIdSchema, req.params, 'path');
    res.json(await readGuidelineChunk(services, actorOf(res), id));
  });
  return router;
}
