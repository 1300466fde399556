/**
 * One queued case analysis, without the queue: the sealed request opened,
 * the analysis run as the system principal `job:case-analysis`, and its
 * sealed result stored once.
 *
 * @module
 */
import { OutcomeError } from '../../platform/errors/outcome-error.js';
import type { CaseAnalysisOutput } from '../../platform/jobs/job-queue.js';
import { JobAlreadyCompletedError, storedJobResult, storeJobResult } from '../../platform/jobs/job-results.js';
import type { SealedJob } from '../../platform/jobs/sealed-job.js';
import { actorFor } from '../../platform/tenancy/actor.js';
import { systemPrincipal } from '../../platform/tenancy/principal.js';
import type { Services } from '../services.js';
import { analyzeCase } from './analyze-case.js';

/** The system component case analysis jobs act as, in the audit trail. */
export const CASE_ANALYSIS_JOB_COMPONENT = 'job:case-analysis';

/**
 * Runs {@link analyzeCase} as the system principal `job:case-analysis` (the
 * request id is the job id), reports progress, and stores the sealed result
 * in `job_ref` in the transaction of the analysis's AuditEvent, once: an
 * attempt that finds a result already stored (its worker died after that
 * commit) answers it without a second record. A request that can never
 * succeed (an unknown patient, a bad Bundle) ends with its error; anything
 * else throws an error naming only the job (the cause, which may hold
 * patient data, goes to the log by name), for the queue to retry.
 *
 * @example
 * ```ts
 * const output = await runCaseAnalysisJob(services, { id: job.id, ...job.data });
 * ```
 */
export async function runCaseAnalysisJob(services: Services, job: SealedJob): Promise<CaseAnalysisOutput> {
  const queue = services.jobs;
  const { tenantId } = job;
  const earlier = await storedJobResult(services.db, tenantId, job.id);
  if (earlier) return { sealed: earlier };
  const payload = queue.openPayload(tenantId, job.id, job.sealed);
  const actor = actorFor(systemPrincipal(tenantId, CASE_ANALYSIS_JOB_COMPONENT), job.id);
  try {
    await queue.setProgress(job.id, 'started', 5);
    let stored = '';
    await analyzeCase(services, actor, payload.request, {
      onProgress: (step, percent) => queue.setProgress(job.id, step, percent),
      stream: true,
      commit: async (tx, analysis) =>
        void (stored = await storeJobResult(tx, services.caseAnalysis.encryptionKey, tenantId, job.id, analysis)),
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
}
