import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseAnalysis } from '@meridian/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../store/db.js';
import { migrate } from '../store/migrate.js';
import { openPgDb } from '../store/pg-db.js';
import { openPgliteDb } from '../store/pglite-db.js';
import { ensureTenant } from '../tenancy/tenants.js';
import { createTestDb, DB_KINDS, TEST_POSTGRES_URL, type TestDb } from '../../testing/test-databases.js';
import { CASE_ANALYSIS_DEAD_LETTER, createJobQueue, type JobQueue } from './job-queue.js';

const key = randomBytes(32);
const tenant = 'clinic-jobs';
const payload = { request: { patient: 'Patient/p1' }, requestedBy: 'api-key:test' };
const fakeResult = { patient: 'Patient/p1' } as unknown as CaseAnalysis;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(queue: JobQueue, id: string, statuses: string[], timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await queue.get(tenant, id);
    if (job && statuses.includes(job.status)) return job;
    if (Date.now() > deadline) throw new Error(`job ${id} is ${job?.status} after ${timeoutMs} ms`);
    await sleep(100);
  }
}

describe.each(DB_KINDS)('job queue (pg-boss) on $kind', ({ kind, skip }) => {
  let t: TestDb;
  const queues: JobQueue[] = [];
  const newQueue = async (db: Db) => {
    const q = createJobQueue(db, { key, retryLimit: 2, retryDelaySeconds: 1 });
    queues.push(q);
    await q.ready();
    return q;
  };
  beforeAll(async () => {
    if (skip) return;
    t = await createTestDb(kind);
    await ensureTenant(t.db, { id: tenant, name: 'Jobs' });
  });
  afterAll(async () => {
    for (const q of queues) await q.stop(100);
    await t?.dispose();
  });

  it.skipIf(skip)('enqueues in the caller transaction: a rollback leaves no job', async () => {
    const queue = await newQueue(t.db);
    let id = '';
    await expect(
      t.db.transaction(async (tx) => {
        id = await queue.enqueueCaseAnalysis(tx, tenant, payload);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await queue.get(tenant, id)).toBeUndefined();
    const { rows } = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM job_ref WHERE id = $1`, [id]);
    expect(rows[0]!.n).toBe(0);
  });

  it.skipIf(skip)('deduplicates by key while a job is pending, and enqueues again once it is done', async () => {
    const queue = await newQueue(t.db);
    const once = (key: string) => t.db.transaction((tx) => queue.enqueueCaseAnalysisOnce(tx, tenant, payload, key));
    const first = await once('Patient/p1|hash-a');
    expect(first.deduplicated).toBe(false);
    expect(await once('Patient/p1|hash-a')).toEqual({ id: first.id, deduplicated: true });
    expect((await once('Patient/p1|hash-b')).deduplicated).toBe(false);
    await queue.work(async (job) => queue.sealResult(tenant, job.id, fakeResult));
    await until(queue, first.id, ['completed']);
    const again = await once('Patient/p1|hash-a');
    expect(again.deduplicated).toBe(false);
    expect(again.id).not.toBe(first.id);
    await until(queue, again.id, ['completed']);
    await queue.stop(100);
  });

  it.skipIf(skip)('retries a failing job with backoff, then completes it; another tenant cannot see it', async () => {
    const queue = await newQueue(t.db);
    const id = await t.db.transaction((tx) => queue.enqueueCaseAnalysis(tx, tenant, payload));
    let calls = 0;
    const seen: number[] = [];
    await queue.work(async (job) => {
      if (job.id !== id) throw new Error('unexpected job');
      seen.push(Date.now());
      calls++;
      if (calls < 3) throw new Error('transient');
      return queue.sealResult(tenant, job.id, fakeResult);
    });
    const failed = await until(queue, id, ['failed']);
    expect(failed.error?.code).toBe('job-failed');
    expect(Date.parse(failed.runAfter)).toBeGreaterThan(seen[0]!);
    const done = await until(queue, id, ['completed']);
    expect(done).toMatchObject({ attempts: 3, maxAttempts: 3, result: fakeResult, error: null });
    expect(seen[2]! - seen[1]!).toBeGreaterThanOrEqual(seen[1]! - seen[0]! - 250);
    expect(await queue.get('another-tenant', id)).toBeUndefined();
    await queue.stop(100);
  });

  it.skipIf(skip)('dead-letters a job whose retries are exhausted, and ends a permanent error at once', async () => {
    const queue = await newQueue(t.db);
    const doomed = await t.db.transaction((tx) => queue.enqueueCaseAnalysis(tx, tenant, payload));
    const refused = await t.db.transaction((tx) => queue.enqueueCaseAnalysis(tx, tenant, payload));
    await queue.work(async (job) => {
      if (job.id === refused) return { error: { code: 'resource-not-found', message: 'Patient/p1 is not known' } };
      throw new Error('always');
    });
    const permanent = await until(queue, refused, ['dead']);
    expect(permanent).toMatchObject({ attempts: 1, error: { code: 'resource-not-found' } });
    const dead = await until(queue, doomed, ['dead']);
    expect(dead.attempts).toBe(3);
    const boss = await queue.ready();
    await sleep(500);
    expect(await boss.getQueueSize(CASE_ANALYSIS_DEAD_LETTER)).toBeGreaterThanOrEqual(1);
    await queue.stop(100);
  });

  it.skipIf(skip || kind !== 'postgres')('several worker processes on Postgres never run a job twice', async () => {
    const { rows } = await t.db.query<{ schema: string }>('SELECT current_schema() AS schema');
    const dbs = await Promise.all(
      [0, 1, 2].map(() => openPgDb({ connectionString: TEST_POSTGRES_URL, schema: rows[0]!.schema, max: 4 })),
    );
    await t.db.query('CREATE TABLE job_runs (job_id text NOT NULL, worker int NOT NULL)');
    const producer = await newQueue(t.db);
    const ids: string[] = [];
    for (let i = 0; i < 30; i++)
      ids.push(await t.db.transaction((tx) => producer.enqueueCaseAnalysis(tx, tenant, payload)));
    const workers = await Promise.all(dbs.map((db) => newQueue(db)));
    await Promise.all(
      workers.map((q, w) =>
        q.work(async (job) => {
          await t.db.query('INSERT INTO job_runs (job_id, worker) VALUES ($1, $2)', [job.id, w]);
          await sleep(30);
          return q.sealResult(tenant, job.id, fakeResult);
        }, 2),
      ),
    );
    for (const id of ids) await until(producer, id, ['completed']);
    const runs = await t.db.query<{ job_id: string; n: number }>(
      'SELECT job_id, count(*)::int AS n FROM job_runs GROUP BY job_id',
    );
    expect(runs.rows).toHaveLength(30);
    expect(runs.rows.every((r) => r.n === 1)).toBe(true);
    const by = await t.db.query<{ w: number }>('SELECT DISTINCT worker AS w FROM job_runs');
    expect(by.rows.length).toBeGreaterThanOrEqual(2);
    for (const q of workers) await q.stop(100);
    for (const db of dbs) await db.close();
  });
});

describe('job queue survives a restart of the embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meridian-jobs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a job enqueued before a restart is run after it', async () => {
    let db = await openPgliteDb({ dataDir: dir });
    await migrate(db);
    await ensureTenant(db, { id: tenant, name: 'Jobs' });
    let queue = createJobQueue(db, { key });
    await queue.ready();
    const id = await db.transaction((tx) => queue.enqueueCaseAnalysis(tx, tenant, payload));
    await queue.stop(100);
    await db.close();

    db = await openPgliteDb({ dataDir: dir });
    queue = createJobQueue(db, { key });
    expect((await queue.get(tenant, id))?.status).toBe('queued');
    await queue.work(async (job) =>
      queue.sealResult(tenant, job.id, {
        ...fakeResult,
        caseSummary: queue.openPayload(tenant, job.id, job.data.sealed).requestedBy,
      } as CaseAnalysis),
    );
    const done = await until(queue, id, ['completed']);
    expect((done.result as CaseAnalysis | null)?.caseSummary).toBe('api-key:test');
    await queue.stop(100);
    await db.close();
  });
});
