import type { Db } from '../store/db.js';
import { enablePgvector } from './dense-search.js';
import { createEmbedder } from './embedder.js';
import { createPostgresRetriever, type PostgresRetriever } from './postgres-retriever.js';

/** The settings a guideline retriever is built from (the `EMBEDDINGS_*`, `RAG_BACKEND` and `CHROMA_URL` variables). */
export interface RetrieverSettings {
  EMBEDDINGS_BASE_URL?: string | undefined;
  EMBEDDINGS_API_KEY?: string | undefined;
  EMBEDDINGS_MODEL?: string | undefined;
  RAG_BACKEND: 'postgres' | 'chroma';
  CHROMA_URL?: string | undefined;
}

/**
 * The retriever the configuration asks for: Postgres full-text search,
 * fused with dense vectors when `EMBEDDINGS_BASE_URL` is set (pgvector where
 * the database has it, in-process cosine otherwise).
 *
 * @example
 * ```ts
 * const retriever = await createGuidelineRetriever(db, loadConfig(process.env));
 * ```
 */
export async function createGuidelineRetriever(db: Db, config: RetrieverSettings): Promise<PostgresRetriever> {
  const embedder = config.EMBEDDINGS_BASE_URL
    ? createEmbedder({
        baseUrl: config.EMBEDDINGS_BASE_URL,
        apiKey: config.EMBEDDINGS_API_KEY,
        model: config.EMBEDDINGS_MODEL ?? 'text-embedding',
      })
    : undefined;
  if (config.RAG_BACKEND === 'chroma') {
    if (!config.CHROMA_URL || !embedder) throw new Error('RAG_BACKEND=chroma needs CHROMA_URL and EMBEDDINGS_BASE_URL');
    const { createChromaVectorStore } = await import('./chroma-vector-store.js');
    return createPostgresRetriever({ embedder, vectorStore: createChromaVectorStore({ url: config.CHROMA_URL }) });
  }
  return createPostgresRetriever({ embedder, pgvector: embedder ? await enablePgvector(db) : false });
}
