import type { Queryable } from '../store/db.js';
import type { RetrievedChunk } from '../../engines/analysis/retrieved-chunk.js';

/** Finds the guideline chunks of a tenant that best match a query. */
export interface GuidelineRetriever {
  /** `fts`, `fts+vector`, `chroma` or `none`. */
  readonly method: string;
  search(q: Queryable, tenantId: string, query: string, limit: number): Promise<RetrievedChunk[]>;
}

/**
 * A retriever that finds nothing (no guideline library configured).
 *
 * @example
 * ```ts
 * await noGuidelines.search(db, 'demo', 'sepsis', 5); // []
 * ```
 */
export const noGuidelines: GuidelineRetriever = { method: 'none', search: async () => [] };
