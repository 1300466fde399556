/**
 * Group commit: the messages ready to be stored (from every connection) are
 * written together, one transaction per batch, with a handful of statements
 * whatever the batch size (messages, resources, AuditEvents each inserted in
 * bulk), and each is acknowledged once its batch has committed. One batch at
 * a time (by default); messages arriving during a commit form the next
 * batch. Under load the batch waits a little (`gatherMs`) for as many
 * messages as were outstanding (queued or committing) at once during the
 * previous cycle, about one per busy connection: without that, the first message back
 * after a commit went alone, and 8 connections settled into batches of 1 and
 * 7 (a transaction's fixed cost paid twice). A batch that fails is retried
 * message by message, so one bad message cannot sink the others. Each batch also queues, in the same transaction, the risk
 * re-scoring of every patient it touched (a durable job, one per patient, see
 * `jobs/rescore-jobs.ts`), so a crash after the commit loses no reaction.
 *
 * @module
 */
import type { Services } from '../../services.js';
import { applyBatch, type ApplyJob } from './apply-batch.js';

/** Stores messages by group commit. */
export interface CommitBatcher {
  /** Resolves once the message and its resources are committed (`duplicate` when the sender's control id was already stored). */
  apply(job: ApplyJob): Promise<'applied' | 'duplicate'>;
}

interface Pending extends ApplyJob {
  resolve(outcome: 'applied' | 'duplicate'): void;
  reject(error: unknown): void;
}

const RETRYABLE = new Set(['23505', '40001', '40P01']);

/**
 * A batcher over the process's database.
 *
 * @example
 * ```ts
 * const batcher = createCommitBatcher(services);
 * await batcher.apply({ row, mapped, actor });
 * ```
 */
export function createCommitBatcher(
  services: Services,
  options: { maxBatch?: number; concurrency?: number; rescore?: boolean; gatherMs?: number } = {},
): CommitBatcher {
  const maxBatch = options.maxBatch ?? 64;
  const gatherMs = options.gatherMs ?? 4;
  // How many messages the next batch waits for (at most gatherMs): the most outstanding at once in the last cycle; 1 for a lone sender.
  let expected = 1;
  let peak = 0;
  let inFlight = 0;
  let gathered: (() => void) | undefined;
  const gather = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        gathered = undefined;
        resolve();
      }, gatherMs);
      gathered = () => {
        clearTimeout(timer);
        gathered = undefined;
        resolve();
      };
    });
  const rescore = options.rescore ?? true;
  // One batch in flight by default: with a few messages in flight per connection, two smaller batches measured no faster.
  const concurrency = services.db.kind === 'pglite' ? 1 : (options.concurrency ?? 1);
  const queue: Pending[] = [];
  let running = 0;

  const commit = async (jobs: Pending[], attempt = 1): Promise<void> => {
    try {
      if (rescore) await services.jobs.ready(); // started outside the transaction (at once after the first time)
      const outcomes = await services.db.transaction((tx) => applyBatch(services, tx, jobs, rescore));
      for (const job of jobs) job.resolve(outcomes.get(job.row.id)!);
      if (rescore) services.jobs.wakeRescores();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && RETRYABLE.has(code) && attempt < 6) {
        await new Promise((r) => setTimeout(r, Math.random() * 5 * attempt));
        return commit(jobs, attempt + 1);
      }
      if (jobs.length === 1) {
        jobs[0]!.reject(error);
        return;
      }
      for (const job of jobs) await commit([job]);
    }
  };

  const drain = async () => {
    if (running >= concurrency) return;
    running += 1;
    try {
      while (queue.length > 0) {
        if (gatherMs > 0 && queue.length < expected) await gather();
        const batch = queue.splice(0, maxBatch);
        expected = Math.min(maxBatch, Math.max(1, peak));
        peak = queue.length;
        inFlight = batch.length;
        try {
          await commit(batch);
        } finally {
          inFlight = 0;
        }
      }
    } finally {
      running -= 1;
    }
  };

  return {
    apply(job) {
      return new Promise((resolve, reject) => {
        queue.push({ ...job, resolve, reject });
        peak = Math.max(peak, queue.length + inFlight);
        if (gathered && queue.length >= expected) gathered();
        void drain();
      });
    },
  };
}
