import type { GuidelineChunkHit } from '@meridian/sdk';
import type { Queryable } from '../store/db.js';

/**
 * The chunks of a tenant with the given ids, with their document's title,
 * source URL and demo flag, in the order of `ids`.
 *
 * @example
 * ```ts
 * const hits = await chunkRows(db, 'demo', [{ id: 'gch-1', score: 0.03 }]);
 * ```
 */
export async function chunkRows(
  q: Queryable,
  tenantId: string,
  scored: ReadonlyArray<{ id: string; score: number }>,
): Promise<GuidelineChunkHit[]> {
  if (scored.length === 0) return [];
  const { rows } = await q.query<{
    id: string;
    document_id: string;
    title: string;
    heading: string;
    text: string;
    source_url: string | null;
    demo: boolean;
  }>(
    `SELECT c.id, c.document_id, d.title, c.heading, c.text, d.source_url, d.demo
     FROM guideline_chunk c JOIN guideline_document d ON d.id = c.document_id
     WHERE c.tenant_id = $1 AND c.id = ANY($2::text[])`,
    [tenantId, scored.map((s) => s.id)],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return scored.flatMap(({ id, score }) => {
    const r = byId.get(id);
    return r
      ? [
          {
            chunkId: r.id,
            documentId: r.document_id,
            title: r.title,
            heading: r.heading,
            text: r.text,
            sourceUrl: r.source_url,
            demo: r.demo,
            score,
          },
        ]
      : [];
  });
}
