import type { ExtractionRequest, ExtractionResult, JobAccepted } from '@meridian/sdk';
import { JOB_IDENTIFIER_SYSTEM } from '../../platform/jobs/job-kinds.js';
import type { Services } from '../services.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import { principalId } from '../../platform/tenancy/principal.js';
import { extractNote, withSourceDocument } from './extract-note.js';

/** What `POST /notes/extract` and `POST /documents/{id}/extract` answer: the result, or the queued job. */
export type ExtractionAnswer = { status: 200; body: ExtractionResult } | { status: 202; body: JobAccepted };

/**
 * The use case behind `POST /notes/extract` and `POST /documents/{id}/extract`:
 * a text longer than the queue threshold is enqueued with its AuditEvent
 * (`note-extract-request`) in one transaction and answered `202`; a shorter
 * one is extracted and audited as `note-extract`. The AuditEvent names the
 * patient and `document` (the `DocumentReference/{id}` the text came from),
 * never the text; the result names `document` too.
 *
 * @example
 * ```ts
 * const answer = await answerExtraction(services, actor, { text: 'Denies chest pain.' });
 * if (answer.status === 202) console.log(answer.body.location);
 * ```
 */
export async function answerExtraction(
  services: Services,
  actor: Actor,
  request: ExtractionRequest,
  document?: string,
): Promise<ExtractionAnswer> {
  const patients = request.patient ? [request.patient] : [];
  const resources = document ? [document] : [];
  if (request.text.length > services.extraction.queueThresholdChars) {
    await services.jobs.ready();
    const requestedBy = `${actor.principal.kind}:${principalId(actor.principal)}`;
    const jobId = await services.audit.record(
      actor,
      (tx) =>
        services.jobs.enqueueExtraction(tx, actor.tenantId, {
          request,
          requestedBy,
          ...(document ? { document } : {}),
        }),
      (id) => ({
        action: 'E',
        interaction: 'operation',
        operation: 'note-extract-request',
        patients,
        resources,
        ...(id ? { objects: [{ system: JOB_IDENTIFIER_SYSTEM, value: id, display: 'note extraction job' }] } : {}),
      }),
    );
    services.jobs.wake();
    return { status: 202, body: { jobId, status: 'queued', location: `/jobs/${jobId}` } };
  }
  // Extract before the audit transaction: the model lookup reads through the pool (PGlite has one connection).
  const result = withSourceDocument(await extractNote(services, actor.tenantId, request), document);
  const body = await services.audit.record(
    actor,
    async () => result,
    () => ({ action: 'E', interaction: 'operation', operation: 'note-extract', patients, resources }),
  );
  return { status: 200, body };
}
