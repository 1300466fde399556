import type { Queryable } from '../store/db.js';

const SEARCH = (operator: '&' | '|') => `WITH query AS (
    SELECT to_tsquery('simple', array_to_string(array(SELECT quote_literal(l) FROM unnest(tsvector_to_array(to_tsvector('english', $2))) AS l), ' ${operator} ')) AS q
  )
  SELECT id, ts_rank(tsv, query.q, 1) AS rank FROM guideline_chunk, query
  WHERE tenant_id = $1 AND tsv @@ query.q ORDER BY rank DESC, id LIMIT $3`;
const ALL_WORDS = SEARCH('&');
const ANY_WORD = SEARCH('|');

/**
 * The tenant's chunks matching the query (Postgres full-text search, English
 * stemming, headings weighted above text), best first by `ts_rank` with
 * length normalisation. Chunks holding every word of the query come first
 * (a selective search the GIN index answers quickly); when they are fewer
 * than `limit`, chunks holding any word follow, so that a paraphrase need
 * not contain every word of the chunk it should find. Works on PGlite and
 * Postgres alike.
 *
 * @example
 * ```ts
 * await ftsSearch(db, 'demo', 'signs of sepsis in adults', 20); // [{ id: 'gch-…', rank: 0.42 }, ...]
 * ```
 */
export async function ftsSearch(q: Queryable, tenantId: string, query: string, limit: number): Promise<Array<{ id: string; rank: number }>> {
  const all = await q.query<{ id: string; rank: number }>(ALL_WORDS, [tenantId, query, limit]);
  const hits = all.rows.map((r) => ({ id: r.id, rank: Number(r.rank) + 1 }));
  if (hits.length >= limit) return hits;
  const any = await q.query<{ id: string; rank: number }>(ANY_WORD, [tenantId, query, limit]);
  const seen = new Set(hits.map((h) => h.id));
  for (const r of any.rows) if (!seen.has(r.id) && hits.length < limit) hits.push({ id: r.id, rank: Number(r.rank) });
  return hits;
}
