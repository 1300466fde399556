import type { Queryable } from '../store/db.js';

/** The query's English lexemes, as `simple` tsquery literals (stemmed once, not again). */
const LEXEMES = `lexemes AS (SELECT DISTINCT quote_literal(l) AS w FROM unnest(tsvector_to_array(to_tsvector('english', $2))) AS l)`;
const rank = (candidates: string) =>
  `SELECT id, ts_rank(tsv, query.q, 1) AS rank FROM ${candidates}, query ORDER BY rank DESC, id LIMIT $3`;

/** Every word: selective, the GIN index answers it. */
const ALL_WORDS = `WITH ${LEXEMES}, query AS (SELECT to_tsquery('simple', string_agg(w, ' & ')) AS q FROM lexemes)
  ${rank(`(SELECT id, tsv FROM guideline_chunk, query WHERE tenant_id = $1 AND tsv @@ query.q) AS c`)}`;
/** At least two of the words: an OR of every pair, still selective (a pair of words co-occurs far less than either word). */
const TWO_WORDS = `WITH ${LEXEMES}, query AS (
    SELECT to_tsquery('simple', string_agg('(' || a.w || ' & ' || b.w || ')', ' | ')) AS q FROM lexemes a JOIN lexemes b ON a.w < b.w
  )
  ${rank(`(SELECT id, tsv FROM guideline_chunk, query WHERE tenant_id = $1 AND tsv @@ query.q) AS c`)}`;
/** Any word, ranking a bounded set of candidates found by the GIN index (the last resort: one common word can match most chunks). */
const ANY_WORD = `WITH ${LEXEMES}, query AS (SELECT to_tsquery('simple', string_agg(w, ' | ')) AS q FROM lexemes)
  ${rank(`(SELECT id, tsv FROM guideline_chunk, query WHERE tenant_id = $1 AND tsv @@ query.q LIMIT $4) AS c`)}`;

/** How many one-word matches the last pass ranks at most. */
export const ANY_WORD_CANDIDATES = 500;

/**
 * The tenant's chunks matching the query (Postgres full-text search, English
 * stemming, headings weighted above text), best first by `ts_rank` with
 * length normalisation, in up to three passes that stop once `limit` chunks
 * are found: chunks holding every word of the query; then chunks holding at
 * least two of its words (so a paraphrase need not contain every word of the
 * chunk it should find); then, only if still short, chunks holding any one
 * word, of which at most {@link ANY_WORD_CANDIDATES} found by the GIN index
 * are ranked (ranking every chunk that shares one common word was the slow
 * part). Earlier passes rank above later ones. Works on PGlite and Postgres alike.
 *
 * @example
 * ```ts
 * await ftsSearch(db, 'demo', 'signs of sepsis in adults', 20); // [{ id: 'gch-…', rank: 2.42 }, ...]
 * ```
 */
export async function ftsSearch(
  q: Queryable,
  tenantId: string,
  query: string,
  limit: number,
): Promise<Array<{ id: string; rank: number }>> {
  const hits: Array<{ id: string; rank: number }> = [];
  const seen = new Set<string>();
  const passes: Array<[string, unknown[], number]> = [
    [ALL_WORDS, [tenantId, query, limit], 2],
    [TWO_WORDS, [tenantId, query, limit], 1],
    [ANY_WORD, [tenantId, query, limit, Math.max(limit, ANY_WORD_CANDIDATES)], 0],
  ];
  for (const [sql, values, bonus] of passes) {
    const { rows } = await q.query<{ id: string; rank: number }>(sql, values);
    for (const r of rows) {
      if (seen.has(r.id) || hits.length >= limit) continue;
      seen.add(r.id);
      hits.push({ id: r.id, rank: Number(r.rank) + bonus });
    }
    if (hits.length >= limit) break;
  }
  return hits;
}
