import type { Queryable } from '../store/db.js';

/**
 * The tenant's chunks matching any word of the query (Postgres full-text
 * search, English stemming, headings weighted above text), best first by
 * `ts_rank` with length normalisation. Works on PGlite and Postgres alike.
 *
 * @example
 * ```ts
 * await ftsSearch(db, 'demo', 'signs of sepsis in adults', 20); // [{ id: 'gch-…', rank: 0.42 }, ...]
 * ```
 */
export async function ftsSearch(q: Queryable, tenantId: string, query: string, limit: number): Promise<Array<{ id: string; rank: number }>> {
  const { rows: lexemes } = await q.query<{ lexeme: string }>(`SELECT unnest(tsvector_to_array(to_tsvector('english', $1))) AS lexeme`, [query]);
  if (lexemes.length === 0) return [];
  const tsquery = lexemes.map((l) => `'${l.lexeme.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`).join(' | ');
  const { rows } = await q.query<{ id: string; rank: number }>(
    `SELECT id, ts_rank(tsv, query, 1) AS rank FROM guideline_chunk, to_tsquery('simple', $2) AS query
     WHERE tenant_id = $1 AND tsv @@ query ORDER BY rank DESC, id LIMIT $3`,
    [tenantId, tsquery, limit],
  );
  return rows.map((r) => ({ id: r.id, rank: Number(r.rank) }));
}
