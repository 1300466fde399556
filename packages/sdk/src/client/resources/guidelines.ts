import {
  guidelineChunkSchema,
  guidelineIngestRequestSchema,
  guidelineIngestResponseSchema,
  guidelineSearchParamsSchema,
  guidelineSearchResponseSchema,
  type GuidelineChunk,
  type GuidelineIngestRequest,
  type GuidelineIngestResponse,
  type GuidelineSearchParams,
  type GuidelineSearchResponse,
} from '../../schemas/guidelines.js';
import type { Transport } from '../transport.js';
import { checkRequest, checkResponse } from '../validate.js';

/** The tenant's guideline library: ingest, search, and read a chunk. Reach it as `client.guidelines`. */
export class GuidelinesResource {
  constructor(private readonly transport: Transport) {}

  /**
   * Ingests a Markdown, plain-text or PDF (base64) guideline (`POST /guidelines`).
   *
   * @example
   * ```ts
   * const { documentId, chunks } = await client.guidelines.ingest({ title: 'Sepsis pathway', format: 'markdown', content: md });
   * ```
   */
  async ingest(request: GuidelineIngestRequest): Promise<GuidelineIngestResponse> {
    const body = checkRequest(guidelineIngestRequestSchema, request);
    return checkResponse(
      guidelineIngestResponseSchema,
      await this.transport.request({ method: 'POST', path: '/guidelines', body }),
    );
  }

  /**
   * Ranked chunks for a query (`GET /guidelines/search`).
   *
   * @example
   * ```ts
   * const { results } = await client.guidelines.search({ q: 'signs of sepsis in adults', limit: 5 });
   * ```
   */
  async search(params: GuidelineSearchParams): Promise<GuidelineSearchResponse> {
    const query = checkRequest(guidelineSearchParamsSchema, params);
    return checkResponse(
      guidelineSearchResponseSchema,
      await this.transport.request({ method: 'GET', path: '/guidelines/search', query }),
    );
  }

  /**
   * Reads one chunk (`GET /guidelines/chunks/{id}`), e.g. a case analysis's
   * guideline citation.
   *
   * @example
   * ```ts
   * const chunk = await client.guidelines.chunk(citation.chunkId);
   * console.log(chunk.title, chunk.heading, chunk.text);
   * ```
   */
  async chunk(id: string): Promise<GuidelineChunk> {
    return checkResponse(
      guidelineChunkSchema,
      await this.transport.request({ method: 'GET', path: `/guidelines/chunks/${encodeURIComponent(id)}` }),
    );
  }
}
