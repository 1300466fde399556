import type PgBoss from 'pg-boss';
import type { CaseAnalysisOutput } from '../../platform/jobs/job-queue.js';
import { runDocumentJob } from '../../use-cases/documents/run-document-job.js';
import type { Services } from '../../use-cases/services.js';

/**
 * The handler of document extraction jobs (OCR, large PDFs, audio): the
 * queue's job to {@link runDocumentJob} (an upload that can never be read
 * ends with its error; anything else is retried with backoff, then
 * dead-lettered).
 *
 * @example
 * ```ts
 * await services.jobs.work(documentJobHandler(services), 1, 0.5, 'document-extraction');
 * ```
 */
export function documentJobHandler(services: Services) {
  return (job: PgBoss.Job<{ tenantId: string; sealed: string }>): Promise<CaseAnalysisOutput> =>
    runDocumentJob(services, { id: job.id, tenantId: job.data.tenantId, sealed: job.data.sealed });
}
