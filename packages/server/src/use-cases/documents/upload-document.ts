/**
 * `POST /documents` and `GET /documents/{id}` without HTTP: an upload read at
 * once or queued (OCR, audio, large PDFs), and a stored document read back;
 * every access audited.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import type { JobAccepted } from '@meridian/sdk';
import { readResource } from '../../platform/fhir-store/resource-repository.js';
import type { FhirResource } from '../../platform/fhir-store/resource-fields.js';
import { JOB_IDENTIFIER_SYSTEM } from '../../platform/jobs/job-kinds.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import { principalId } from '../../platform/tenancy/principal.js';
import type { Services } from '../services.js';
import { isQueued, type DocumentKind } from './document-kinds.js';
import { storeDocument } from './store-document.js';

/** An upload as its door received it: the bytes, their kind, and the optional patient and title. */
export interface UploadInput {
  kind: DocumentKind;
  bytes: Buffer;
  /** `Patient/{id}`: must be stored in the tenant (404 otherwise). */
  patient?: string | undefined;
  title?: string | undefined;
}

/** The stored DocumentReference (`201`), or the job that reads the upload (`202`). */
export type UploadAnswer = { status: 201; id: string; resource: FhirResource } | { status: 202; body: JobAccepted };

/**
 * Stores an upload: text, DOCX and small PDFs are read at once and stored
 * as a DocumentReference (audited as a create); images, audio and large PDFs
 * are sealed into the job queue with their AuditEvent (`document-upload`) in
 * one transaction. An unknown patient is a 404 before anything is stored.
 *
 * @example
 * ```ts
 * const answer = await uploadDocument(services, actor, { kind: documentKind('text/plain')!, bytes: Buffer.from('BP 120/80') });
 * ```
 */
export async function uploadDocument(services: Services, actor: Actor, upload: UploadInput): Promise<UploadAnswer> {
  const { kind, bytes, patient, title } = upload;
  if (patient) await readResource(services.db, actor.tenantId, 'Patient', patient.slice('Patient/'.length));
  const id = randomUUID();
  if (!isQueued(kind, bytes.length, services.documents.syncPdfBytes)) {
    const { resource } = await storeDocument(services, actor, { id, kind, bytes, patient, title });
    return { status: 201, id, resource };
  }
  await services.jobs.ready();
  const payload = {
    contentType: kind.contentType,
    data: bytes.toString('base64'),
    patient,
    title,
    documentId: id,
    requestedBy: `${actor.principal.kind}:${principalId(actor.principal)}`,
  };
  const jobId = await services.audit.record(
    actor,
    (tx) => services.jobs.enqueueDocument(tx, actor.tenantId, payload),
    (job) => ({
      action: 'C',
      interaction: 'operation',
      operation: 'document-upload',
      patients: patient ? [patient] : [],
      ...(job ? { objects: [{ system: JOB_IDENTIFIER_SYSTEM, value: job, display: 'document-extraction job' }] } : {}),
    }),
  );
  services.jobs.wake();
  return { status: 202, body: { jobId, status: 'queued', location: `/jobs/${jobId}` } };
}

/**
 * A stored DocumentReference of the tenant (404 otherwise), audited as a read naming its patient.
 *
 * @example
 * ```ts
 * const doc = await readDocument(services, actor, '3f1c…');
 * ```
 */
export async function readDocument(services: Services, actor: Actor, id: string): Promise<FhirResource> {
  return services.audit.record(
    actor,
    (tx) => readResource(tx, actor.tenantId, 'DocumentReference', id),
    (r) => {
      const subject = (r?.subject as { reference?: string } | undefined)?.reference;
      return {
        action: 'R',
        interaction: 'read',
        patients: subject ? [subject] : [],
        resources: [`DocumentReference/${id}`],
      };
    },
  );
}
