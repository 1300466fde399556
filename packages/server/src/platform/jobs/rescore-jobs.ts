/**
 * Risk re-scoring as durable jobs: the HL7 listener queues one per patient a
 * committed message touched, in the message's own transaction, so a crash
 * after the commit cannot lose it.
 *
 * Coalescing: the queue's `short` policy keeps at most one *queued* job per
 * patient, so every message that arrives while a patient's re-scoring waits
 * joins that job, and the job, when it runs, reads the record as it is then:
 * one re-scoring covers them all. A message's transaction locks its patients'
 * queued job until it commits ({@link lockQueuedRescores}), and workers take
 * jobs with `SKIP LOCKED`, so a job never starts before every message it
 * covers is committed: the last message of a burst is never left unseen. A
 * message that arrives while its patient's re-scoring runs queues the next
 * one; re-scorings of one patient run one at a time (`rescorePatient` holds
 * the patient's lock).
 *
 * @module
 */
import type PgBoss from 'pg-boss';
import type { Queryable } from '../store/db.js';

/** The queue of risk re-scorings. */
export const RISK_RESCORE_QUEUE = 'risk-rescore';
/** Where re-scorings whose retries are exhausted are copied. */
export const RISK_RESCORE_DEAD_LETTER = 'risk-rescore-dead-letter';
/** The queue's policy: one queued job per patient (any number running; the use case serialises them). */
export const RISK_RESCORE_POLICY = 'short';

/**
 * One re-scoring, as queued (the job's data). Not sealed, unlike a case
 * analysis request: it holds no PHI (HL7 resource ids are hashes of their
 * identifiers, `stableResourceId`), and any process of the deployment opens it.
 */
export interface RescoreRequest {
  tenantId: string;
  /** `Patient/<id>`. */
  patient: string;
  /** The stored HL7 message that queued it (`hl7m-…`), named in the alerts it raises. */
  triggeredBy: string;
}

/**
 * The per-patient deduplication key (pg-boss `singletonKey`).
 *
 * @example
 * ```ts
 * rescoreSingletonKey('demo', 'Patient/1'); // 'demo|Patient/1'
 * ```
 */
export const rescoreSingletonKey = (tenantId: string, patient: string): string => `${tenantId}|${patient}`;

/**
 * The pg-boss inserts for a set of re-scorings (one per tenant and patient,
 * in key order; the last message's id is kept as the trigger).
 *
 * @example
 * ```ts
 * const inserts = rescoreInserts([{ tenantId: 'demo', patient: 'Patient/1', triggeredBy: 'hl7m-…' }]);
 * ```
 */
export function rescoreInserts(requests: readonly RescoreRequest[]): PgBoss.JobInsert<RescoreRequest>[] {
  const latest = new Map<string, RescoreRequest>();
  for (const r of requests) latest.set(rescoreSingletonKey(r.tenantId, r.patient), r);
  return [...latest]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([singletonKey, r]) => ({
      name: RISK_RESCORE_QUEUE,
      singletonKey,
      data: { tenantId: r.tenantId, patient: r.patient, triggeredBy: r.triggeredBy },
    }));
}

/**
 * In the caller's transaction, before its re-scorings are inserted: takes
 * each patient's enqueue lock (transactions queueing for one patient follow
 * one another), then locks the patient's queued job, if any, until the
 * commit: a worker skips a locked job, so it cannot start before this
 * transaction's data is committed; the insert that follows joins it.
 *
 * @example
 * ```ts
 * await lockQueuedRescores(tx, 'pgboss', ['demo|Patient/1']);
 * ```
 */
export async function lockQueuedRescores(tx: Queryable, schema: string, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  const sorted = [...new Set(keys)].sort();
  await tx.query(
    `SELECT count(pg_advisory_xact_lock(hashtextextended('meridian-rescore:' || k, 0))) FROM unnest($1::text[]) AS k`,
    [sorted],
    { name: 'meridian-rescore-enqueue-locks' },
  );
  await tx.query(
    `SELECT id FROM ${schema}.job WHERE name = $1 AND state = 'created' AND singleton_key = ANY($2::text[])
     ORDER BY singleton_key FOR UPDATE`,
    [RISK_RESCORE_QUEUE, sorted],
  );
}

/**
 * Runs the jobs of one fetched batch concurrently; a job that fails is failed
 * alone (retried with backoff, then dead-lettered) while the others complete.
 *
 * @example
 * ```ts
 * await runRescoreBatch(boss, jobs, handler);
 * ```
 */
export async function runRescoreBatch(
  boss: PgBoss,
  jobs: readonly PgBoss.Job<RescoreRequest>[],
  handler: (job: PgBoss.Job<RescoreRequest>) => Promise<void>,
): Promise<void> {
  await Promise.all(
    jobs.map(async (job) => {
      try {
        await handler(job);
      } catch (error) {
        await boss.fail(RISK_RESCORE_QUEUE, job.id, { message: (error as Error).message }).catch(() => undefined);
      }
    }),
  );
}
