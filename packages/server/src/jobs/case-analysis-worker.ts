import type PgBoss from 'pg-boss';
import { analyzeCase } from '../case-analysis/analyze-case.js';
import { OutcomeError } from '../errors/outcome-error.js';
import type { Services } from '../services.js';
import { actorFor } from '../tenancy/actor.js';
import { systemPrincipal } from '../tenancy/principal.js';
import type { CaseAnalysisOutput } from './job-queue.js';

/** The system component case analysis jobs act as, in the audit trail. */
export const CASE_ANALYSIS_JOB_COMPONENT = 'job:case-analysis';

/**
 * The handler of case analysis jobs: opens the sealed request, runs
 * {@link analyzeCase} as the system principal `job:case-analysis` (the
 * request id is the job id), reports progress, and seals the result. A
 * request that can never succeed (an unknown patient, a bad Bundle) ends the
 * job with its error and no retry; anything else is retried by the queue
 * with backoff, then dead-lettered.
 *
 * @example
 * ```ts
 * await services.jobs.work(caseAnalysisHandler(services), 2);
 * ```
 */
export function caseAnalysisHandler(services: Services) {
  const queue = services.jobs;
  return async (job: PgBoss.Job<{ tenantId: string; sealed: string }>): Promise<CaseAnalysisOutput> => {
    const { tenantId, sealed } = job.data;
    const payload = queue.openPayload(tenantId, job.id, sealed);
    const actor = actorFor(systemPrincipal(tenantId, CASE_ANALYSIS_JOB_COMPONENT), job.id);
    try {
      await queue.setProgress(job.id, 'started', 5);
      const analysis = await analyzeCase(services, actor, payload.request, { onProgress: (step, percent) => queue.setProgress(job.id, step, percent), stream: true });
      await queue.setProgress(job.id, 'done', 100);
      return queue.sealResult(tenantId, job.id, analysis);
    } catch (error) {
      if (error instanceof OutcomeError && error.status < 500) return { error: { code: error.code, message: error.message } };
      services.logger.warn({ jobId: job.id, error: (error as Error).name }, 'case analysis job failed; the queue retries it while attempts remain');
      throw new Error('case analysis failed; see the server log for this job id');
    }
  };
}
