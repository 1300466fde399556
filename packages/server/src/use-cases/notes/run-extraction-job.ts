/**
 * One queued note extraction, without the queue: the sealed request opened,
 * the note extracted (progress reported to the job), the extraction audited
 * as the system principal `job:note-extraction`, and the result sealed.
 *
 * @module
 */
import type { CaseAnalysisOutput } from '../../platform/jobs/job-queue.js';
import type { SealedJob } from '../../platform/jobs/sealed-job.js';
import { actorFor } from '../../platform/tenancy/actor.js';
import { systemPrincipal } from '../../platform/tenancy/principal.js';
import type { Services } from '../services.js';
import { extractNote, withSourceDocument } from './extract-note.js';

/** The system component note extraction jobs act as, in the audit trail. */
export const EXTRACTION_JOB_COMPONENT = 'job:note-extraction';

/**
 * Extracts the note and records the extraction as an AuditEvent
 * (`note-extract`, request id: the job id) naming the patient and source
 * document. A failure throws an error naming only the job (never the note),
 * for the queue to retry.
 *
 * @example
 * ```ts
 * const output = await runExtractionJob(services, { id: job.id, ...job.data });
 * ```
 */
export async function runExtractionJob(services: Services, job: SealedJob): Promise<CaseAnalysisOutput> {
  const queue = services.jobs;
  const { tenantId } = job;
  const payload = queue.openExtractionPayload(tenantId, job.id, job.sealed);
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
}
