import type { DocumentJobResult } from '@meridian/sdk';
import type { FhirResource } from '../../platform/fhir-store/resource-fields.js';
import { writeResources } from '../../platform/fhir-store/write-resources.js';
import type { Services } from '../services.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import { buildDocumentReference, type DocumentReferenceInput } from './build-document-reference.js';
import type { DocumentKind } from './document-kinds.js';
import { extractDocumentText } from './extract-document-text.js';

/** An upload to read and store. */
export interface DocumentUpload {
  /** The id the DocumentReference gets. */
  id: string;
  kind: DocumentKind;
  bytes: Buffer;
  patient?: string | undefined;
  title?: string | undefined;
}

/**
 * Reads an upload's text and stores it as a `DocumentReference` of the
 * actor's tenant through the FHIR store's write path, with its AuditEvent
 * (create, the patient and the document) in the same transaction; OCR
 * reports its progress to `onProgress` (0 to 1).
 *
 * @example
 * ```ts
 * const { resource, result } = await storeDocument(services, actor, { id, kind, bytes, patient: 'Patient/p1' });
 * ```
 */
export async function storeDocument(
  services: Services,
  actor: Actor,
  upload: DocumentUpload,
  onProgress?: (fraction: number) => void,
): Promise<{ resource: FhirResource; result: DocumentJobResult }> {
  const text = await extractDocumentText(upload.kind, upload.bytes, {
    transcription: services.documents.transcription,
    onProgress,
  });
  const input: DocumentReferenceInput = {
    id: upload.id,
    text,
    method: upload.kind.method,
    original: { contentType: upload.kind.contentType, bytes: upload.bytes },
    patient: upload.patient,
    title: upload.title,
    date: new Date().toISOString(),
  };
  const [written] = await services.audit.record(
    actor,
    (tx) => writeResources(tx, actor.tenantId, [buildDocumentReference(input)]),
    () => ({
      action: 'C',
      interaction: 'create',
      patients: upload.patient ? [upload.patient] : [],
      resources: [`DocumentReference/${upload.id}`],
    }),
  );
  const result: DocumentJobResult = {
    documentReference: `DocumentReference/${upload.id}`,
    patient: upload.patient ?? null,
    contentType: upload.kind.contentType,
    method: upload.kind.method,
    characters: text.length,
  };
  return { resource: written!.resource, result };
}
