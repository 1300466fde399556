/**
 * bench/rag: guideline search latency (p50/p95) over a generated corpus of
 * 10,000 chunks, on PGlite and Postgres, against a primary-key lookup of one
 * chunk in the same run (the floor of one round trip with a result), and
 * against the previous full-text search (all words, then any word ranking
 * every match) in the same run, alternating.
 *
 *   npm run bench:rag            (CHUNKS=10000 QUERIES=300 to change)
 */
import { chunkRows } from '../packages/server/src/platform/rag/chunk-rows.js';
import { createPostgresRetriever } from '../packages/server/src/platform/rag/postgres-retriever.js';
import { ensureTenant } from '../packages/server/src/platform/tenancy/tenants.js';
import { createTestDb, postgresUnavailableReason } from '../packages/server/src/testing/test-databases.js';
import type { Queryable } from '../packages/server/src/platform/store/db.js';
import { fmt } from './stats.js';

/** The previous full-text search (before the two-word pass and the bounded any-word pass), the baseline. */
const PREVIOUS = (operator: '&' | '|') => `WITH query AS (
    SELECT to_tsquery('simple', array_to_string(array(SELECT quote_literal(l) FROM unnest(tsvector_to_array(to_tsvector('english', $2))) AS l), ' ${operator} ')) AS q
  )
  SELECT id, ts_rank(tsv, query.q, 1) AS rank FROM guideline_chunk, query
  WHERE tenant_id = $1 AND tsv @@ query.q ORDER BY rank DESC, id LIMIT $3`;
async function previousSearch(q: Queryable, tenantId: string, query: string, limit: number): Promise<string[]> {
  const all = (await q.query<{ id: string }>(PREVIOUS('&'), [tenantId, query, limit])).rows.map((r) => r.id);
  if (all.length >= limit) return all;
  const any = (await q.query<{ id: string }>(PREVIOUS('|'), [tenantId, query, limit])).rows.map((r) => r.id);
  return [...new Set([...all, ...any])].slice(0, limit);
}

const CHUNKS = Number(process.env.CHUNKS ?? 10_000);
const QUERIES = Number(process.env.QUERIES ?? 300);
const WORDS = (
  'sepsis fever infection lactate hypotension tachycardia confusion pneumonia cough sputum oxygen saturation respiratory rate ' +
  'kidney injury creatinine urine output potassium sodium glucose insulin diabetes anemia hemoglobin bleeding platelet stroke ' +
  'atrial fibrillation rhythm embolism clot chest pain breathlessness syncope delirium falls frailty pressure ulcer nutrition ' +
  'escalation outreach review threshold score monitoring handover discharge readmission pathway audit consent capacity pain ' +
  'assessment screening surveillance culture antimicrobial stewardship isolation hygiene transfusion imaging ultrasound ecg'
).split(' ');

let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
// A vocabulary of 5,000 content words (the clinical ones above, then made-up ones), drawn with a Zipf-like law
// shifted by 50 ranks (P(r) ∝ 1/(r + 50)): the head of a real Zipf curve is stop words, which English FTS drops.
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ter',
  'sun',
  'vor',
  'pel',
  'dra',
  'nis',
  'qua',
  'ber',
  'tol',
  'fen',
  'rho',
  'gli',
  'mox',
];
const VOCABULARY = [...WORDS];
for (let i = 0; VOCABULARY.length < 5_000; i++)
  VOCABULARY.push(SYLLABLES[i % 16]! + SYLLABLES[(i >> 4) % 16]! + SYLLABLES[(i >> 8) % 16]!);
const pick = () => {
  const u = random();
  const rank = Math.floor(50 ** (1 - u) * (VOCABULARY.length + 50) ** u) - 50;
  return VOCABULARY[Math.min(VOCABULARY.length - 1, Math.max(0, rank))]!;
};
const sentence = (n: number) => Array.from({ length: n }, pick).join(' ');
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

async function run(kind: 'pglite' | 'postgres') {
  const t = await createTestDb(kind);
  try {
    await ensureTenant(t.db, { id: 'bench', name: 'bench' });
    await t.db.query(
      `INSERT INTO guideline_document (id, tenant_id, title, format) VALUES ('doc', 'bench', 'Generated', 'markdown')`,
    );
    const loadStart = Date.now();
    for (let i = 0; i < CHUNKS; i += 500) {
      const values: unknown[] = [];
      const rows: string[] = [];
      for (let j = i; j < Math.min(CHUNKS, i + 500); j++) {
        rows.push(
          `($${values.length + 1}, 'bench', 'doc', $${values.length + 2}, $${values.length + 3}, $${values.length + 4})`,
        );
        values.push(`c${j}`, j, sentence(3), `${sentence(60)}. ${sentence(60)}.`);
      }
      await t.db.query(
        `INSERT INTO guideline_chunk (id, tenant_id, document_id, ordinal, heading, text) VALUES ${rows.join(', ')}`,
        values,
      );
    }
    const loadSeconds = (Date.now() - loadStart) / 1000;
    const retriever = createPostgresRetriever();
    const queries = Array.from({ length: QUERIES }, () => sentence(3 + Math.floor(random() * 4)));
    for (const q of queries.slice(0, 20)) await retriever.searchHits(t.db, 'bench', q, 5);
    for (const q of queries.slice(0, 20)) await previousSearch(t.db, 'bench', q, 5);
    const search: number[] = [];
    const previous: number[] = [];
    const lookup: number[] = [];
    let sameFirst = 0;
    for (const [i, q] of queries.entries()) {
      let start = performance.now();
      const hits = await retriever.searchHits(t.db, 'bench', q, 5);
      search.push(performance.now() - start);
      start = performance.now();
      const before = await previousSearch(t.db, 'bench', q, 5);
      previous.push(performance.now() - start);
      if (hits[0]?.chunkId === before[0]) sameFirst++;
      start = performance.now();
      await chunkRows(t.db, 'bench', [{ id: `c${(i * 7) % CHUNKS}`, score: 1 }]);
      lookup.push(performance.now() - start);
    }
    return { kind, loadSeconds, search, previous, lookup, sameFirst };
  } finally {
    await t.dispose();
  }
}

const kinds: Array<'pglite' | 'postgres'> = ['pglite'];
const pgReason = await postgresUnavailableReason();
if (pgReason) console.warn(`postgres skipped: ${pgReason}`);
else kinds.push('postgres');
console.log(
  `rag: ${fmt(CHUNKS)} generated chunks (~120 words each, 5,000-word Zipf vocabulary), ${QUERIES} queries of 3–6 words, top 5; milliseconds`,
);
console.log(
  '| database | FTS search p50 | p95 | previous search p50 (baseline) | p95 | previous / now at p50 | same first chunk | one-chunk lookup p50 | search / lookup at p50 | load s |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const kind of kinds) {
  const r = await run(kind);
  const s50 = percentile(r.search, 50);
  const l50 = percentile(r.lookup, 50);
  const p50 = percentile(r.previous, 50);
  console.log(
    `| ${kind} | ${fmt(s50, 2)} | ${fmt(percentile(r.search, 95), 2)} | ${fmt(p50, 2)} | ${fmt(percentile(r.previous, 95), 2)} | ${fmt(p50 / s50, 1)} | ${r.sameFirst}/${QUERIES} | ${fmt(l50, 2)} | ${fmt(s50 / l50, 1)} | ${fmt(r.loadSeconds, 1)} |`,
  );
}
process.exit(0);
