import type PgBoss from 'pg-boss';
import type { CaseAnalysisOutput } from '../../platform/jobs/job-queue.js';
import { runCaseAnalysisJob } from '../../use-cases/case-analysis/run-analysis-job.js';
import type { Services } from '../../use-cases/services.js';

/**
 * The handler of case analysis jobs: the queue's job to
 * {@link runCaseAnalysisJob} (which stores the result once, ends a request
 * that can never succeed with its error, and throws for a retry otherwise).
 *
 * @example
 * ```ts
 * await services.jobs.work(caseAnalysisHandler(services), 2);
 * ```
 */
export function caseAnalysisHandler(services: Services) {
  return (job: PgBoss.Job<{ tenantId: string; sealed: string }>): Promise<CaseAnalysisOutput> =>
    runCaseAnalysisJob(services, { id: job.id, tenantId: job.data.tenantId, sealed: job.data.sealed });
}
