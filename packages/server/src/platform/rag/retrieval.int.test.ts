import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeModelServer, type FakeModelServer } from '../llm/testing/fake-model-server.js';
import { ensureTenant } from '../tenancy/tenants.js';
import { createTestDb, DB_KINDS, type TestDb } from '../../testing/test-databases.js';
import { createChromaVectorStore } from './chroma-vector-store.js';
import { enablePgvector } from './dense-search.js';
import { createEmbedder } from './embedder.js';
import { createPostgresRetriever, type PostgresRetriever } from './postgres-retriever.js';
import { seedDemoGuidelines } from './seed-demo-guidelines.js';
import { startFakeChromaServer } from './testing/fake-chroma-server.js';

/** Paraphrased questions and the demo chunk (heading) that answers each. */
const PARAPHRASES: Array<[string, string]> = [
  ['confused patient with clammy skin and a racing pulse after an infection', 'Sepsis › Signs and symptoms'],
  [
    'a clot travels to the lungs: sudden breathlessness and pain when breathing in',
    'Venous thromboembolism › Pulmonary embolism symptoms',
  ],
  ['blood pooling and clotting in the heart raises the chance of a stroke', 'Atrial fibrillation › Stroke risk'],
  [
    'a score aggregating observations that triggers a call to the outreach team',
    'Rapid response systems › Track and trigger',
  ],
  ['shakiness, sweating and hunger from low blood sugar', 'Hypoglycemia › Signs'],
  ['air sacs filled with pus, cough with phlegm and chills', 'Pneumonia › Symptoms'],
  ['too few red blood cells causing tiredness and pale skin', 'Anemia › Symptoms'],
  [
    'who leads the hospital sepsis program and is accountable',
    'Hospital sepsis program core elements › Leadership and accountability',
  ],
];

describe.each(DB_KINDS)('guideline retrieval on $kind', ({ kind, skip }) => {
  let t: TestDb;
  let model: FakeModelServer;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestDb(kind);
    model = await startFakeModelServer(() => ({ content: '{}' }));
    for (const tenant of ['fts', 'dense', 'chroma', 'empty']) await ensureTenant(t.db, { id: tenant, name: tenant });
  });
  afterAll(async () => {
    await t?.dispose();
    await model?.close();
  });

  const expectParaphrasesFirst = async (retriever: PostgresRetriever, tenant: string) => {
    for (const [query, heading] of PARAPHRASES) {
      const hits = await retriever.searchHits(t.db, tenant, query, 3);
      expect(hits[0]?.heading, query).toBe(heading);
      expect(hits[0]!.score).toBeGreaterThan(0);
      expect(hits[0]!.demo).toBe(true);
      expect(hits[0]!.sourceUrl).toMatch(/^https:\/\//);
    }
  };

  it.skipIf(skip)('full-text search ranks the right chunk first for paraphrased questions', async () => {
    const retriever = createPostgresRetriever();
    expect(await seedDemoGuidelines(t.db, 'fts', retriever)).toBe(9);
    expect(await seedDemoGuidelines(t.db, 'fts', retriever)).toBe(0);
    expect(retriever.method).toBe('fts');
    await expectParaphrasesFirst(retriever, 'fts');
    expect(await retriever.searchHits(t.db, 'empty', 'sepsis', 5)).toEqual([]);
    expect(await retriever.searchHits(t.db, 'fts', 'the of and', 5)).toEqual([]);
  });

  it.skipIf(skip)(
    'fused with dense vectors from an embeddings endpoint (pgvector where present), the ranking holds',
    async () => {
      const pgvector = await enablePgvector(t.db);
      if (kind === 'pglite') expect(pgvector).toBe(true);
      const retriever = createPostgresRetriever({
        embedder: createEmbedder({ baseUrl: model.baseUrl, model: 'embed' }),
        pgvector,
      });
      await seedDemoGuidelines(t.db, 'dense', retriever);
      expect(retriever.method).toBe('fts+vector');
      const calls = model.embeddingCalls();
      await expectParaphrasesFirst(retriever, 'dense');
      expect(model.embeddingCalls()).toBe(calls + PARAPHRASES.length);
      const fallback = createPostgresRetriever({ embedder: retriever.embedder, pgvector: false });
      expect((await fallback.searchHits(t.db, 'dense', PARAPHRASES[0]![0], 3))[0]!.heading).toBe(PARAPHRASES[0]![1]);
    },
  );

  it.skipIf(skip)('with Chroma as the vector backend, vectors go to Chroma and the ranking holds', async () => {
    const chroma = await startFakeChromaServer();
    try {
      const retriever = createPostgresRetriever({
        embedder: createEmbedder({ baseUrl: model.baseUrl, model: 'embed' }),
        vectorStore: createChromaVectorStore({ url: chroma.url }),
      });
      await seedDemoGuidelines(t.db, 'chroma', retriever);
      expect(retriever.method).toBe('fts+chroma');
      expect([...chroma.collections.values()].map((c) => [c.name, c.items.size])).toEqual([
        ['meridian-chroma', expect.any(Number)],
      ]);
      const { rows } = await t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM guideline_chunk WHERE tenant_id = 'chroma' AND embedding IS NOT NULL`,
      );
      expect(rows[0]!.n).toBe(0);
      await expectParaphrasesFirst(retriever, 'chroma');
      expect(chroma.requests.filter((r) => r.endsWith('/query'))).toHaveLength(PARAPHRASES.length);
    } finally {
      await chroma.close();
    }
  });
});
