import { z } from 'zod';

/** Formats `POST /guidelines` accepts. PDF content is base64. */
export const GUIDELINE_FORMATS = ['markdown', 'text', 'pdf'] as const;

/**
 * Body of `POST /guidelines`: a guideline document to chunk and index for
 * the caller's tenant.
 *
 * @example
 * ```ts
 * guidelineIngestRequestSchema.parse({ title: 'Sepsis', format: 'markdown', content: '# Sepsis\n...', sourceUrl: 'https://www.cdc.gov/sepsis/' });
 * ```
 */
export const guidelineIngestRequestSchema = z.strictObject({
  title: z.string().min(1).max(300),
  format: z.enum(GUIDELINE_FORMATS),
  content: z.string().min(1).max(20_000_000),
  sourceUrl: z.url().max(2000).optional(),
});
/** A guideline to ingest. */
export type GuidelineIngestRequest = z.infer<typeof guidelineIngestRequestSchema>;

/** Answer of `POST /guidelines`. */
export const guidelineIngestResponseSchema = z.strictObject({
  documentId: z.string(),
  chunks: z.number().int().nonnegative(),
});
/** A guideline ingested. */
export type GuidelineIngestResponse = z.infer<typeof guidelineIngestResponseSchema>;

/** Query of `GET /guidelines/search`. */
export const guidelineSearchParamsSchema = z.strictObject({
  q: z.string().trim().min(1).max(1000),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});
/** A guideline search. */
export type GuidelineSearchParams = z.input<typeof guidelineSearchParamsSchema>;

/** One retrieved chunk with its score (reciprocal-rank fused when dense vectors are on). */
export const guidelineChunkHitSchema = z.strictObject({
  chunkId: z.string(),
  documentId: z.string(),
  title: z.string(),
  heading: z.string(),
  text: z.string(),
  sourceUrl: z.string().nullable(),
  /** Demo content shipped with Meridian, not a tenant's own guideline. */
  demo: z.boolean(),
  score: z.number(),
});
/** A retrieved chunk. */
export type GuidelineChunkHit = z.infer<typeof guidelineChunkHitSchema>;

/** Answer of `GET /guidelines/search`. */
export const guidelineSearchResponseSchema = z.strictObject({
  results: z.array(guidelineChunkHitSchema),
  /** `fts`, `fts+vector` (fused), or `chroma`. */
  method: z.string(),
});
/** A guideline search answer. */
export type GuidelineSearchResponse = z.infer<typeof guidelineSearchResponseSchema>;

/**
 * One stored guideline chunk (`GET /guidelines/chunks/{id}`): what a case
 * analysis cites, with its document's title and source.
 *
 * @example
 * ```ts
 * const chunk = guidelineChunkSchema.parse(await res.json());
 * ```
 */
export const guidelineChunkSchema = guidelineChunkHitSchema.omit({ score: true });
/** A stored guideline chunk. */
export type GuidelineChunk = z.infer<typeof guidelineChunkSchema>;
