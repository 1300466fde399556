/**
 * One queued document extraction (OCR, large PDFs, audio), without the
 * queue: the sealed upload opened, its text read and the DocumentReference
 * stored as the system principal `job:document-extraction`.
 *
 * @module
 */
import { OutcomeError } from '../../platform/errors/outcome-error.js';
import type { CaseAnalysisOutput } from '../../platform/jobs/job-queue.js';
import type { SealedJob } from '../../platform/jobs/sealed-job.js';
import { actorFor } from '../../platform/tenancy/actor.js';
import { systemPrincipal } from '../../platform/tenancy/principal.js';
import type { Services } from '../services.js';
import { documentKind } from './document-kinds.js';
import { storeDocument } from './store-document.js';

/** The system component document jobs act as, in the audit trail. */
export const DOCUMENT_JOB_COMPONENT = 'job:document-extraction';

/**
 * Reads the upload and stores it, reporting progress (OCR's in steps of
 * 10 %). An upload that can never be read (an unknown media type, corrupt,
 * no text) ends with its error; anything else (a transcription endpoint
 * down) throws an error naming only the job, for the queue to retry.
 *
 * @example
 * ```ts
 * const output = await runDocumentJob(services, { id: job.id, ...job.data });
 * ```
 */
export async function runDocumentJob(services: Services, job: SealedJob): Promise<CaseAnalysisOutput> {
  const queue = services.jobs;
  const { tenantId } = job;
  const payload = queue.openDocumentPayload(tenantId, job.id, job.sealed);
  const actor = actorFor(systemPrincipal(tenantId, DOCUMENT_JOB_COMPONENT), job.id);
  const kind = documentKind(payload.contentType);
  if (!kind)
    return {
      error: { code: 'unsupported-media-type', message: 'the upload is of a media type Meridian does not read' },
    };
  try {
    await queue.setProgress(job.id, `reading (${kind.method})`, 10);
    // OCR progress in steps of 10 %, from 10 to 90, written one after the other and all before `done`.
    let reported = 10;
    let writes = Promise.resolve();
    const onProgress = (fraction: number) => {
      const percent = 10 + Math.floor(fraction * 8) * 10;
      if (percent <= reported) return;
      reported = percent;
      writes = writes.then(() => queue.setProgress(job.id, `reading (${kind.method})`, percent)).catch(() => undefined);
    };
    const upload = {
      id: payload.documentId,
      kind,
      bytes: Buffer.from(payload.data, 'base64'),
      patient: payload.patient,
      title: payload.title,
    };
    const { result } = await storeDocument(services, actor, upload, onProgress).finally(() => writes);
    await queue.setProgress(job.id, 'done', 100);
    return queue.sealResult(tenantId, job.id, result);
  } catch (error) {
    if (error instanceof OutcomeError && error.status < 500)
      return { error: { code: error.code, message: error.message } };
    services.logger.warn(
      { jobId: job.id, error: (error as Error).name },
      'document job failed; the queue retries it while attempts remain',
    );
    // Only the job id reaches the queue's stored error: the cause may hold patient data, so it stays out.
    // eslint-disable-next-line preserve-caught-error
    throw new Error('document extraction failed; see the server log for this job id');
  }
}
