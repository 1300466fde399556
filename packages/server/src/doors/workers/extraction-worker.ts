import type PgBoss from 'pg-boss';
import type { CaseAnalysisOutput } from '../../platform/jobs/job-queue.js';
import { runExtractionJob } from '../../use-cases/notes/run-extraction-job.js';
import type { Services } from '../../use-cases/services.js';

/**
 * The handler of note extraction jobs: the queue's job to
 * {@link runExtractionJob} (a failure is retried by the queue with backoff,
 * then dead-lettered; the log names the job id only, never the note).
 *
 * @example
 * ```ts
 * await services.jobs.work(extractionHandler(services), 1, 0.5, 'extraction');
 * ```
 */
export function extractionHandler(services: Services) {
  return (job: PgBoss.Job<{ tenantId: string; sealed: string }>): Promise<CaseAnalysisOutput> =>
    runExtractionJob(services, { id: job.id, tenantId: job.data.tenantId, sealed: job.data.sealed });
}
