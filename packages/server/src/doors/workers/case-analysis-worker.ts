import type PgBoss from 'pg-boss';
import { analyzeCase } from '../../use-cases/case-analysis/analyze-case.js';
import { OutcomeError } from '../../platform/errors/outcome-error.js';
import type { Services } from '../../use-cases/services.js';
import { actorFor } from '../../platform/tenancy/actor.js';
import { systemPrincipal } from '../../platform/tenancy/principal.js';
import type { CaseAnalysisOutput } from '../../platform/jobs/job-queue.js';
import { JobAlreadyCompletedError, storedJobResult, storeJobResult } from '../../platform/jobs/job-results.js';

/** The system component case analysis jobs act as, in the audit trail. */
export const CASE_ANALYSIS_JOB_COMPONENT = 'job:case-analysis';

/**
 * The handler of case analysis jobs: opens the sealed request, runs
 * {@link analyzeCase} as the system principal `job:case-analysis` (the
 * request id is the job id), reports progress, and stores the sealed result
 * in `job_ref` in the transaction of the analysis's AuditEvent, once: an
 * attempt that finds a result already stored (its worker died after that
 * commit) answers it without a second record. A request that can never
 * succeed (an unknown patient, a bad Bundle) ends the job with its error
 * and no retry; anything else is retried by the queue with backoff, then
 * dead-lettered.
 *
 * @example
 * ```ts
 * await services.jobs.work(caseAnalysisHandler(services), 2);
 * ```
 */
export function caseAnalysisHandler(services: Services) {
  const queue = services.jobs;
  const key = services.caseAnalysis.encryptionKey;
  return async (job: PgBoss.Job<{ tenantId: string; sealed: string }>): Promise<CaseAnalysisOutput> => {
    const { tenantId, sealed } = job.data;
    const earlier = await storedJobResult(services.db, tenantId, job.id);
    if (earlier) return { sealed: earlier };
    const payload = queue.openPayload(tenantId, job.id, sealed);
    const actor = actorFor(systemPrincipal(tenantId, CASE_ANALYSIS_JOB_COMPONENT), job.id);
    try {
      await queue.setProgress(job.id, 'started', 5);
      let stored = '';
      await analyzeCase(services, actor, payload.request, {
        onProgress: (step, percent) => queue.setProgress(job.id, step, percent),
        stream: true,
        commit: async (tx, analysis) => void (stored = await storeJobResult(tx, key, tenantId, job.id, analysis)),
      });
      await queue.setProgress(job.id, 'done', 100);
      return { sealed: stored };
    } catch (error) {
      if (error instanceof JobAlreadyCompletedError)
        return { sealed: (await storedJobResult(services.db, tenantId, job.id))! };
      if (error instanceof OutcomeError && error.status < 500)
        return { error: { code: error.code, message: error.message } };
      services.logger.warn(
        { jobId: job.id, error: (error as Error).name },
        'case analysis job failed; the queue retries it while attempts remain',
      );
      // Only the job id reaches the queue's stored error: the cause may hold patient data, so it stays out.
      // eslint-disable-next-line preserve-caught-error
      throw new Error('case analysis failed; see the server log for this job id');
    }
  };
}
