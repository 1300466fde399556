/**
 * Re-scorings coalesce per patient: one queued job covers every message that
 * arrives while it waits, it cannot start before the last of them commits,
 * and a message arriving while its patient's re-scoring runs queues the next.
 */
import { randomBytes } from 'node:crypto';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, DB_KINDS, type TestDb } from '../../testing/test-databases.js';
import { createJobQueue, type JobQueue } from './job-queue.js';
import { RISK_RESCORE_POLICY, RISK_RESCORE_QUEUE, type RescoreRequest } from './rescore-jobs.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const request = (patient: string, triggeredBy: string): RescoreRequest => ({ tenantId: 't1', patient, triggeredBy });

describe.each(DB_KINDS)('re-scoring jobs coalesce per patient on $kind', ({ kind, skip }) => {
  let t: TestDb;
  let queue: JobQueue;
  let boss: PgBoss;
  let schema: string;
  const jobsOf = async (state: string) =>
    (
      await t.db.query<{ key: string; data: RescoreRequest }>(
        `SELECT singleton_key AS key, data FROM ${schema}.job WHERE name = $1 AND state = $2 ORDER BY singleton_key`,
        [RISK_RESCORE_QUEUE, state],
      )
    ).rows;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestDb(kind);
    const current = (await t.db.query<{ s: string }>('SELECT current_schema() AS s')).rows[0]!.s;
    schema = current === 'public' ? 'pgboss' : current; // as the queue names it
    queue = createJobQueue(t.db, { key: randomBytes(32) });
    boss = await queue.ready();
  });
  afterAll(async () => {
    await queue?.stop(100);
    await t?.dispose();
  });

  it.skipIf(skip)('a burst of messages for one patient queues one job, naming the last message', async () => {
    for (const m of ['m1', 'm2', 'm3'])
      await t.db.transaction((tx) => queue.enqueueRescores(tx, [request('Patient/a', m), request('Patient/b', m)]));
    const queued = await jobsOf('created');
    expect(queued.map((j) => j.key)).toEqual(['t1|Patient/a', 't1|Patient/b']);
    expect((await boss.getQueue(RISK_RESCORE_QUEUE))?.policy).toBe(RISK_RESCORE_POLICY);
  });

  it.skipIf(skip)(
    'a message arriving while the re-scoring runs queues the next one; the batch runs in one fetch',
    async () => {
      const fetched = await boss.fetch<RescoreRequest>(RISK_RESCORE_QUEUE, { batchSize: 10 });
      expect(fetched.map((j) => j.data.patient).sort()).toEqual(['Patient/a', 'Patient/b']);
      // Patient/a's re-scoring is running: a new result must not be folded into it.
      await t.db.transaction((tx) => queue.enqueueRescores(tx, [request('Patient/a', 'm4')]));
      expect((await jobsOf('created')).map((j) => j.data.triggeredBy)).toEqual(['m4']);
      // Fetching it while the other runs does not fail (a 'stately' queue's fetch did, and its worker slept).
      const next = await boss.fetch<RescoreRequest>(RISK_RESCORE_QUEUE, { batchSize: 10 });
      expect(next.map((j) => j.data.triggeredBy)).toEqual(['m4']);
      await boss.complete(
        RISK_RESCORE_QUEUE,
        [...fetched, ...next].map((j) => j.id),
      );
    },
  );

  it.skipIf(skip || kind === 'pglite')(
    'a job cannot start before the last message it covers is committed (Postgres: concurrent transactions)',
    async () => {
      await t.db.transaction((tx) => queue.enqueueRescores(tx, [request('Patient/c', 'm5')]));
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      // A second message for the patient joins the queued job, and commits only later.
      const message = t.db.transaction(async (tx) => {
        await queue.enqueueRescores(tx, [request('Patient/c', 'm6')]);
        await held;
      });
      await sleep(200);
      expect(await boss.fetch(RISK_RESCORE_QUEUE, { batchSize: 10 })).toEqual([]);
      release();
      await message;
      const after = await boss.fetch<RescoreRequest>(RISK_RESCORE_QUEUE, { batchSize: 10 });
      expect(after.map((j) => j.data.patient)).toEqual(['Patient/c']);
      await boss.complete(
        RISK_RESCORE_QUEUE,
        after.map((j) => j.id),
      );
    },
  );

  it.skipIf(skip)('workers drain a backlog in batches, without waiting for the polling interval', async () => {
    const ran: string[] = [];
    for (let i = 0; i < 30; i++)
      await t.db.transaction((tx) => queue.enqueueRescores(tx, [request(`Patient/w${i}`, `m${i}`)]));
    const started = Date.now();
    // A 5 s polling interval: draining 30 jobs in batches of 4 must not wait for it between batches.
    await queue.workRescores(
      async (job) => {
        if (job.data.patient.startsWith('Patient/w')) ran.push(job.data.patient);
        await sleep(5);
      },
      2,
      5,
      4,
    );
    while (ran.length < 30 && Date.now() - started < 20_000) await sleep(20);
    expect(ran).toHaveLength(30);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
