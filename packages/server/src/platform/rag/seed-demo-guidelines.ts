import type { Db } from '../store/db.js';
import { DEMO_GUIDELINES } from './demo-corpus.js';
import { ingestGuideline } from './ingest-guideline.js';
import type { PostgresRetriever } from './postgres-retriever.js';

/**
 * Loads the demo guideline library into a tenant once (labelled demo
 * content); a tenant that already has demo documents is left as it is.
 *
 * @example
 * ```ts
 * await seedDemoGuidelines(db, 'demo', retriever); // 8 on the first start, 0 after
 * ```
 */
export async function seedDemoGuidelines(db: Db, tenantId: string, retriever?: PostgresRetriever): Promise<number> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM guideline_document WHERE tenant_id = $1 AND demo',
      [tenantId],
    );
    if ((rows[0]?.n ?? 0) > 0) return 0;
    for (const document of DEMO_GUIDELINES) {
      await ingestGuideline(tx, tenantId, document, {
        embedder: retriever?.embedder,
        vectorStore: retriever?.vectorStore,
        demo: true,
      });
    }
    return DEMO_GUIDELINES.length;
  });
}
