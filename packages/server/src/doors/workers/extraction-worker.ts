import type PgBoss from 'pg-boss';
import { extractNote, withSourceDocument } from '../../use-cases/notes/extract-note.js';
import type { Services } from '../../use-cases/services.js';
import { actorFor } from '../../platform/tenancy/actor.js';
import { systemPrincipal } from '../../platform/tenancy/principal.js';
import type { CaseAnalysisOutput } from '../../platform/jobs/job-queue.js';

/** The system component note extraction jobs act as, in the audit trail. */
export const EXTRACTION_JOB_COMPONENT = 'job:note-extraction';

/**
 * The handler of note extraction jobs: opens the sealed request, extracts
 * (reporting progress to the job), records the extraction as an AuditEvent
 * of the system principal `job:note-extraction` (request id: the job id),
 * and seals the result. A failure is
 * retried by the queue with backoff, then dead-lettered; the log names the
 * job id only, never the note.
 *
 * @example
 * ```ts
 * await services.jobs.work(extractionHandler(services), 1, 0.5, 'extraction');
 * ```
 */
export function extractionHandler(services: Services) {
  const queue = services.jobs;
  return async (job: PgBoss.Job<{ tenantId: string; sealed: string }>): Promise<CaseAnalysisOutput> => {
    const { tenantId, sealed } = job.data;
    const payload = queue.openExtractionPayload(tenantId, job.id, sealed);
    try {
      await queue.setProgress(job.id, 'started', 5);
      const extracted = await extractNote(services, tenantId, payload.request, (step, percent) =>
        queue.setProgress(job.id, step, percent),
      );
      const result = withSourceDocument(extracted, payload.document);
      const actor = actorFor(systemPrincipal(tenantId, EXTRACTION_JOB_COMPONENT), job.id);
      const patients = payload.request.patient ? [payload.request.patient] : [];
      await services.audit.record(
        actor,
        async () => result,
        () => ({
          action: 'E',
          interaction: 'operation',
          operation: 'note-extract',
          patients,
          resources: payload.document ? [payload.document] : [],
        }),
      );
      return queue.sealResult(tenantId, job.id, result);
    } catch (error) {
      services.logger.warn(
        { jobId: job.id, error: (error as Error).name },
        'note extraction job failed; the queue retries it while attempts remain',
      );
      // Only the job id reaches the queue's stored error: the cause may hold patient data, so it stays out.
      // eslint-disable-next-line preserve-caught-error
      throw new Error('note extraction failed; see the server log for this job id');
    }
  };
}
