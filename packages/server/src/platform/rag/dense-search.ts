import type { Queryable } from '../store/db.js';

/**
 * Creates the pgvector extension where the server has it, and says whether
 * it is there (Debian's Postgres packages have no pgvector; PGlite ships it).
 *
 * @example
 * ```ts
 * const hasPgvector = await enablePgvector(db);
 * ```
 */
export async function enablePgvector(q: Queryable): Promise<boolean> {
  try {
    await q.query('CREATE EXTENSION IF NOT EXISTS vector');
  } catch {
    return false;
  }
  const { rows } = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_extension WHERE extname = 'vector'`);
  return (rows[0]?.n ?? 0) > 0;
}

const cosine = (a: number[], b: number[]) => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return dot / (Math.sqrt(na * nb) || 1);
};

/**
 * The tenant's chunks nearest a query vector by cosine distance: in SQL with
 * pgvector (`embedding::vector <=> $2::vector`), else in process over the
 * stored `real[]` embeddings.
 *
 * @example
 * ```ts
 * await denseSearch(db, 'demo', vector, 20, true); // [{ id: 'gch-…', similarity: 0.83 }, ...]
 * ```
 */
export async function denseSearch(
  q: Queryable,
  tenantId: string,
  vector: number[],
  limit: number,
  pgvector: boolean,
): Promise<Array<{ id: string; similarity: number }>> {
  if (pgvector) {
    const literal = `[${vector.join(',')}]`;
    const { rows } = await q.query<{ id: string; distance: number }>(
      `SELECT id, (embedding::vector <=> $2::vector) AS distance FROM guideline_chunk
       WHERE tenant_id = $1 AND embedding IS NOT NULL AND array_length(embedding, 1) = $4 ORDER BY distance, id LIMIT $3`,
      [tenantId, literal, limit, vector.length],
    );
    return rows.map((r) => ({ id: r.id, similarity: 1 - Number(r.distance) }));
  }
  const { rows } = await q.query<{ id: string; embedding: number[] }>(
    'SELECT id, embedding FROM guideline_chunk WHERE tenant_id = $1 AND embedding IS NOT NULL LIMIT 50000',
    [tenantId],
  );
  return rows
    .filter((r) => r.embedding.length === vector.length)
    .map((r) => ({ id: r.id, similarity: cosine(vector, r.embedding.map(Number)) }))
    .sort((a, b) => b.similarity - a.similarity || a.id.localeCompare(b.id))
    .slice(0, limit);
}
