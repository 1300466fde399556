import type { GuidelineChunkHit } from '@meridian/sdk';
import type { Queryable } from '../store/db.js';
import { chunkRows } from './chunk-rows.js';
import { denseSearch } from './dense-search.js';
import type { Embedder } from './embedder.js';
import { ftsSearch } from './fts-search.js';
import type { GuidelineRetriever } from './guideline-retriever.js';
import { fuseByReciprocalRank } from './rrf.js';
import type { VectorStore } from './vector-store.js';

const CANDIDATES = 50;

/** A retriever over the guideline tables, with hits carrying their document fields. */
export interface PostgresRetriever extends GuidelineRetriever {
  readonly embedder: Embedder | undefined;
  readonly pgvector: boolean;
  /** An external vector store (Chroma) that holds the embeddings instead of the database. */
  readonly vectorStore: VectorStore | undefined;
  searchHits(q: Queryable, tenantId: string, query: string, limit: number): Promise<GuidelineChunkHit[]>;
}

/**
 * Retrieval in the database: full-text search alone, or, with an embedder,
 * fused by reciprocal rank with the dense ranking (pgvector where present,
 * in-process cosine otherwise). Scores are `ts_rank` (FTS alone) or fused RRF.
 *
 * @example
 * ```ts
 * const retriever = createPostgresRetriever({ embedder, pgvector: await enablePgvector(db) });
 * const hits = await retriever.searchHits(db, 'demo', 'low blood pressure with infection', 5);
 * ```
 */
export function createPostgresRetriever(
  options: { embedder?: Embedder | undefined; pgvector?: boolean; vectorStore?: VectorStore | undefined } = {},
): PostgresRetriever {
  const { embedder, vectorStore } = options;
  const pgvector = options.pgvector ?? false;
  async function searchHits(
    q: Queryable,
    tenantId: string,
    query: string,
    limit: number,
  ): Promise<GuidelineChunkHit[]> {
    const text = await ftsSearch(q, tenantId, query, embedder ? CANDIDATES : limit);
    if (!embedder)
      return chunkRows(
        q,
        tenantId,
        text.map((t) => ({ id: t.id, score: t.rank })),
      );
    const [vector] = await embedder.embed([query]);
    const dense = vectorStore
      ? await vectorStore.query(tenantId, vector!, CANDIDATES)
      : await denseSearch(q, tenantId, vector!, CANDIDATES, pgvector);
    const fused = fuseByReciprocalRank([text.map((t) => t.id), dense.map((d) => d.id)]).slice(0, limit);
    return chunkRows(q, tenantId, fused);
  }
  return {
    method: vectorStore ? 'fts+chroma' : embedder ? 'fts+vector' : 'fts',
    embedder,
    pgvector,
    vectorStore,
    searchHits,
    search: async (q, tenantId, query, limit) =>
      (await searchHits(q, tenantId, query, limit)).map((h) => ({
        chunkId: h.chunkId,
        title: h.title,
        heading: h.heading,
        text: h.text,
        sourceUrl: h.sourceUrl,
        score: h.score,
      })),
  };
}
