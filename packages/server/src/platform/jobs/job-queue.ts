import { randomUUID } from 'node:crypto';
import type { CaseAnalysis, DocumentJobResult, ExtractionResult, Job } from '@meridian/sdk';
import PgBoss from 'pg-boss';
import { decryptField, encryptField } from '../crypto/field-encryption.js';
import type { Db, Queryable } from '../store/db.js';
import type { Logger } from '../telemetry/logger.js';
import { bossDb } from './boss-db.js';
import {
  CASE_ANALYSIS_QUEUE,
  QUEUE_OF,
  QUEUES,
  type CaseAnalysisOutput,
  type CaseAnalysisPayload,
  type DocumentJobPayload,
  type ExtractionPayload,
} from './job-kinds.js';
import {
  lockQueuedRescores,
  RISK_RESCORE_DEAD_LETTER,
  RISK_RESCORE_POLICY,
  RISK_RESCORE_QUEUE,
  rescoreInserts,
  runRescoreBatch,
  type RescoreRequest,
} from './rescore-jobs.js';
import { toJob, type BossJob } from './to-job.js';

export {
  CASE_ANALYSIS_DEAD_LETTER,
  CASE_ANALYSIS_QUEUE,
  DOCUMENT_DEAD_LETTER,
  DOCUMENT_QUEUE,
  EXTRACTION_QUEUE,
  type CaseAnalysisOutput,
  type CaseAnalysisPayload,
  type DocumentJobPayload,
  type ExtractionPayload,
} from './job-kinds.js';

/** Options of the queue. */
export interface JobQueueOptions {
  key: Buffer;
  logger?: Logger | undefined;
  /** Attempts after the first (default 2), with exponential backoff from `retryDelaySeconds` (default 2). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A running job whose worker vanished is retried after this (default 300 s). */
  expireInSeconds?: number;
  /** How often this process looks for expired jobs, at most once across processes per interval (default 60 s). */
  maintenanceIntervalSeconds?: number;
}

/**
 * The job queue: pg-boss over Meridian's own database adapter, so the same
 * code runs on PGlite and Postgres; job data and results are encrypted with
 * AES-256-GCM; `job_ref` ties each job to its tenant and holds its progress.
 * Enqueueing runs in the caller's transaction.
 *
 * @example
 * ```ts
 * const queue = createJobQueue(db, { key });
 * const id = await db.transaction((tx) => queue.enqueueCaseAnalysis(tx, 'demo', { request, requestedBy: 'api-key:k1' }));
 * ```
 */
export function createJobQueue(db: Db, options: JobQueueOptions) {
  let boss: PgBoss | undefined;
  let bossSchema = 'pgboss';
  let starting: Promise<PgBoss> | undefined;
  const workerIds: string[] = [];
  const rescoreWorkerIds: string[] = [];
  const seal = (tenantId: string, id: string, what: string, value: unknown) =>
    encryptField(options.key, JSON.stringify(value), `${tenantId}:${id}:${what}`);
  const open = <T>(tenantId: string, id: string, what: string, sealed: string) =>
    JSON.parse(decryptField(options.key, sealed, `${tenantId}:${id}:${what}`)) as T;

  async function schemaName(): Promise<string> {
    const { rows } = await db.query<{ schema: string }>('SELECT current_schema() AS schema');
    const schema = rows[0]?.schema ?? 'public';
    return schema === 'public' ? 'pgboss' : schema;
  }

  async function ready(): Promise<PgBoss> {
    if (boss) return boss;
    starting ??= (async () => {
      bossSchema = await schemaName();
      const instance = new PgBoss({
        db: bossDb(db),
        schema: bossSchema,
        supervise: true,
        schedule: false,
        maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
      });
      instance.on('error', (error) => options.logger?.warn({ err: error.message }, 'job queue error'));
      await instance.start();
      const retry = {
        retryLimit: options.retryLimit ?? 2,
        retryDelay: options.retryDelaySeconds ?? 2,
        retryBackoff: true,
        expireInSeconds: options.expireInSeconds ?? 300,
      };
      for (const [queue, deadLetter] of QUEUES) {
        if (!(await instance.getQueue(deadLetter))) await instance.createQueue(deadLetter, { name: deadLetter });
        if (!(await instance.getQueue(queue))) await instance.createQueue(queue, { name: queue, ...retry, deadLetter });
      }
      // One re-scoring queued per patient ('short'; see rescore-jobs.ts): a burst of results for one patient re-scores once.
      if (!(await instance.getQueue(RISK_RESCORE_DEAD_LETTER)))
        await instance.createQueue(RISK_RESCORE_DEAD_LETTER, { name: RISK_RESCORE_DEAD_LETTER });
      const rescoreQueue = {
        name: RISK_RESCORE_QUEUE,
        policy: RISK_RESCORE_POLICY,
        ...retry,
        expireInSeconds: 120,
        deadLetter: RISK_RESCORE_DEAD_LETTER,
      } as const;
      const existing = await instance.getQueue(RISK_RESCORE_QUEUE);
      if (!existing) await instance.createQueue(RISK_RESCORE_QUEUE, rescoreQueue);
      // Queues made before were 'stately', whose fetch fails while a patient has one job running and one queued.
      else if (existing.policy !== RISK_RESCORE_POLICY) await instance.updateQueue(RISK_RESCORE_QUEUE, rescoreQueue);
      boss = instance;
      return instance;
    })();
    return starting;
  }

  async function enqueue(
    tx: Queryable,
    tenantId: string,
    kind: Job['kind'],
    payload: CaseAnalysisPayload | ExtractionPayload | DocumentJobPayload,
    dedupeKey?: string,
  ): Promise<string> {
    const b = boss;
    if (!b) throw new Error('the job queue is not started: await queue.ready() before the transaction');
    const id = randomUUID();
    await tx.query('INSERT INTO job_ref (id, tenant_id, kind, dedupe_key) VALUES ($1, $2, $3, $4)', [
      id,
      tenantId,
      kind,
      dedupeKey ?? null,
    ]);
    await b.send(QUEUE_OF[kind], { tenantId, sealed: seal(tenantId, id, 'payload', payload) }, { id, db: bossDb(tx) });
    return id;
  }

  return {
    ready,
    /**
     * Sends a case analysis job inside the caller's transaction and records its
     * tenant. Call {@link ready} first, outside the transaction: starting the
     * queue inside one would wait on it (PGlite has one connection).
     */
    enqueueCaseAnalysis: (
      tx: Queryable,
      tenantId: string,
      payload: CaseAnalysisPayload,
      dedupeKey?: string,
    ): Promise<string> => enqueue(tx, tenantId, 'case-analysis', payload, dedupeKey),
    /** Sends a note extraction job, like {@link enqueueCaseAnalysis}. */
    enqueueExtraction: (tx: Queryable, tenantId: string, payload: ExtractionPayload): Promise<string> =>
      enqueue(tx, tenantId, 'extraction', payload),
    /** Sends a document extraction job (OCR, a large PDF, audio), like {@link enqueueCaseAnalysis}; the upload is sealed in the job's data. */
    enqueueDocument: (tx: Queryable, tenantId: string, payload: DocumentJobPayload): Promise<string> =>
      enqueue(tx, tenantId, 'document-extraction', payload),
    /**
     * Like {@link enqueueCaseAnalysis}, but when a job with the same key (a
     * patient and a hash of its inputs, see `caseAnalysisDedupeKey`) is still
     * queued, running or awaiting a retry (or, with `freshAfter`, completed
     * since then), answers that job instead of a new one: CDS Hooks views and
     * HL7 results re-analyse a patient once per change.
     */
    async enqueueCaseAnalysisOnce(
      tx: Queryable,
      tenantId: string,
      payload: CaseAnalysisPayload,
      dedupeKey: string,
      options: { freshAfter?: Date } = {},
    ): Promise<{ id: string; deduplicated: boolean }> {
      const b = boss;
      if (!b) throw new Error('the job queue is not started: await queue.ready() before the transaction');
      // Two views of one record answered at once (two processes, or two connections of one) must not both enqueue.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`meridian-job:${tenantId}:${dedupeKey}`]);
      const { rows } = await tx.query<{ id: string; completed_at: Date | null }>(
        'SELECT id, completed_at FROM job_ref WHERE tenant_id = $1 AND dedupe_key = $2 ORDER BY created_at DESC LIMIT 1',
        [tenantId, dedupeKey],
      );
      const last = rows[0];
      // With `freshAfter`, a result of the same inputs completed since then answers too.
      if (last?.completed_at && options.freshAfter && new Date(last.completed_at) >= options.freshAfter)
        return { id: last.id, deduplicated: true };
      const previous =
        last && !last.completed_at
          ? await b.getJobById(CASE_ANALYSIS_QUEUE, last.id, { db: bossDb(tx), includeArchive: false })
          : null;
      if (previous && ['created', 'retry', 'active'].includes(previous.state))
        return { id: previous.id, deduplicated: true };
      const id = await this.enqueueCaseAnalysis(tx, tenantId, payload, dedupeKey);
      return { id, deduplicated: false };
    },
    /**
     * Queues risk re-scorings inside the caller's transaction (see
     * `rescore-jobs.ts`: one queued per patient, joined by every message
     * until it starts, and held back until this transaction commits). Call
     * {@link ready} first, outside the transaction.
     */
    async enqueueRescores(tx: Queryable, requests: readonly RescoreRequest[]): Promise<void> {
      const b = boss;
      if (!b) throw new Error('the job queue is not started: await queue.ready() before the transaction');
      if (requests.length === 0) return;
      const inserts = rescoreInserts(requests);
      await lockQueuedRescores(
        tx,
        bossSchema,
        inserts.map((i) => i.singletonKey!),
      );
      await b.insert(inserts, { db: bossDb(tx, 'meridian-rescore-insert') });
    },
    /**
     * Starts `count` polling workers in this process running `handler` on
     * re-scoring jobs, each taking up to `batchSize` queued jobs at a time and
     * running them concurrently (each holds a database connection: the default
     * keeps four of the pool's ten with two workers), and fetching again at
     * once while jobs keep coming (it waits `pollingIntervalSeconds` only when
     * the queue is empty).
     */
    async workRescores(
      handler: (job: PgBoss.Job<RescoreRequest>) => Promise<void>,
      count = 1,
      pollingIntervalSeconds = 0.5,
      batchSize = 2,
    ): Promise<void> {
      const b = await ready();
      for (let i = 0; i < count; i++) {
        let id = '';
        id = await b.work<RescoreRequest>(RISK_RESCORE_QUEUE, { pollingIntervalSeconds, batchSize }, async (jobs) => {
          await runRescoreBatch(b, jobs, handler);
          if (jobs.length > 0) b.notifyWorker(id);
        });
        rescoreWorkerIds.push(id);
      }
    },
    /** Wakes this process's re-scoring workers (jobs were just committed). */
    wakeRescores(): void {
      for (const id of rescoreWorkerIds) boss?.notifyWorker(id);
    },
    /** A tenant's job, or `undefined` (another tenant's job is not found either). */
    async get(tenantId: string, id: string): Promise<Job | undefined> {
      const { rows } = await db.query<{
        kind: Job['kind'];
        progress: Job['progress'];
        created_at: Date;
        updated_at: Date;
      }>('SELECT kind, progress, created_at, updated_at FROM job_ref WHERE tenant_id = $1 AND id = $2', [tenantId, id]);
      const ref = rows[0];
      if (!ref) return undefined;
      const job = (await (
        await ready()
      ).getJobById(QUEUE_OF[ref.kind] ?? CASE_ANALYSIS_QUEUE, id, { includeArchive: true })) as BossJob | null;
      if (!job) return undefined;
      const output = job.output as CaseAnalysisOutput | { message?: string } | null;
      const result =
        output && 'sealed' in output
          ? open<CaseAnalysis | ExtractionResult | DocumentJobResult>(tenantId, id, 'result', output.sealed)
          : null;
      return toJob(id, job, ref, result);
    },
    /** Records a job's progress (step and percentage, no data). */
    async setProgress(id: string, step: string, percent: number): Promise<void> {
      await db.query('UPDATE job_ref SET progress = $2, updated_at = now() WHERE id = $1', [
        id,
        JSON.stringify({ step, percent }),
      ]);
    },
    /** Opens a case analysis job's payload. */
    openPayload: (tenantId: string, id: string, sealed: string) =>
      open<CaseAnalysisPayload>(tenantId, id, 'payload', sealed),
    /** Opens a note extraction job's payload. */
    openExtractionPayload: (tenantId: string, id: string, sealed: string) =>
      open<ExtractionPayload>(tenantId, id, 'payload', sealed),
    /** Opens a document job's payload. */
    openDocumentPayload: (tenantId: string, id: string, sealed: string) =>
      open<DocumentJobPayload>(tenantId, id, 'payload', sealed),
    /** Seals a job's result. */
    sealResult: (
      tenantId: string,
      id: string,
      result: CaseAnalysis | ExtractionResult | DocumentJobResult,
    ): CaseAnalysisOutput => ({ sealed: seal(tenantId, id, 'result', result) }),
    /** Starts `count` polling workers in this process running `handler` on each job of `kind` (default case analyses). */
    async work(
      handler: (job: PgBoss.Job<{ tenantId: string; sealed: string }>) => Promise<CaseAnalysisOutput>,
      count = 1,
      pollingIntervalSeconds = 0.5,
      kind: Job['kind'] = 'case-analysis',
    ): Promise<void> {
      const b = await ready();
      for (let i = 0; i < count; i++) {
        workerIds.push(
          await b.work<{ tenantId: string; sealed: string }>(
            QUEUE_OF[kind],
            { pollingIntervalSeconds, batchSize: 1 },
            async ([job]) => handler(job!),
          ),
        );
      }
    },
    /** Wakes this process's workers (a job was just sent). */
    wake(): void {
      for (const id of workerIds) boss?.notifyWorker(id);
    },
    /** Whether this process runs workers. */
    hasWorkers: () => workerIds.length > 0,
    /** Stops the workers and the queue (running jobs are given `graceMs` to finish). */
    async stop(graceMs = 2000): Promise<void> {
      const b = boss ?? (starting ? await starting.catch(() => undefined) : undefined);
      if (!b) return;
      await b.stop({ graceful: true, wait: true, timeout: graceMs }).catch(() => undefined);
      boss = undefined;
      starting = undefined;
      workerIds.length = 0;
      rescoreWorkerIds.length = 0;
    },
  };
}

/** A job queue. */
export type JobQueue = ReturnType<typeof createJobQueue>;
