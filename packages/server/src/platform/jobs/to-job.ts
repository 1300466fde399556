import type { CaseAnalysis, DocumentJobResult, ExtractionResult, Job } from '@meridian/sdk';
import type PgBoss from 'pg-boss';

/** A pg-boss job with its metadata. */
export type BossJob = PgBoss.JobWithMetadata<{ tenantId: string; sealed: string }>;

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : new Date(0).toISOString());

/**
 * Meridian's view of a pg-boss job: `created` is queued, `active` running,
 * `retry` failed (a retry is due), `completed` with an analysis completed;
 * `failed` (retries exhausted), `cancelled`, or `completed` with a permanent
 * error are `dead`, the dead-letter state.
 *
 * @example
 * ```ts
 * toJob(id, bossJob, { progress: null, created_at, updated_at }, null).status; // 'queued'
 * ```
 */
export function toJob(
  id: string,
  job: BossJob,
  ref: { kind?: Job['kind']; progress: Job['progress']; created_at: Date; updated_at: Date },
  result: CaseAnalysis | ExtractionResult | DocumentJobResult | null,
): Job {
  const output = (job.output ?? null) as { error?: { code: string; message: string }; message?: string } | null;
  const permanent = job.state === 'completed' && output?.error;
  const status: Job['status'] =
    job.state === 'created'
      ? 'queued'
      : job.state === 'active'
        ? 'running'
        : job.state === 'retry'
          ? 'failed'
          : job.state === 'completed' && !permanent
            ? 'completed'
            : 'dead';
  const ran = job.state === 'active' || job.state === 'completed' || job.state === 'failed';
  const error =
    output?.error ??
    (status === 'failed' || status === 'dead'
      ? { code: 'job-failed', message: String(output?.message ?? 'the job failed').slice(0, 300) }
      : null);
  return {
    id,
    kind: ref.kind ?? 'case-analysis',
    status,
    attempts: job.retryCount + (ran ? 1 : 0),
    maxAttempts: job.retryLimit + 1,
    progress: ref.progress ?? null,
    createdAt: iso(ref.created_at),
    updatedAt: iso(job.completedOn ?? ref.updated_at),
    runAfter: iso(job.startAfter),
    result: status === 'completed' ? result : null,
    error: status === 'completed' ? null : error,
  };
}
