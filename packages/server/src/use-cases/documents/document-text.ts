import { OutcomeError } from '../../platform/errors/outcome-error.js';
import { readResource } from '../../platform/fhir-store/resource-repository.js';
import type { Queryable } from '../../platform/store/db.js';
import { TEXT_EXTRACTION_SYSTEM } from './build-document-reference.js';

/** A stored document's text and where it came from, as a consumer of {@link withDocumentText} receives it. */
export interface DocumentText {
  /** `DocumentReference/{id}`. */
  reference: string;
  /** `Patient/{id}` the document is about, when recorded. */
  patient: string | null;
  text: string;
}

/**
 * What the PHI scrubbing and clinical extraction capabilities plug in here:
 * a function from a document's text to their result.
 */
export type DocumentTextConsumer<T> = (document: DocumentText) => Promise<T>;

interface StoredDocument {
  subject?: { reference?: string };
  content?: Array<{ attachment?: { contentType?: string; data?: string }; format?: { system?: string } }>;
}

/**
 * The seam for "then scrubbed/extracted on request": reads a tenant's stored
 * DocumentReference (404 when unknown), decodes the text Meridian extracted
 * into it (its `text/plain` attachment; 422 when it has none), and hands it
 * to `consume`, the function the PHI scrubbing (`engines/phi`) or extraction
 * (`engines/extraction`) capability provides. Routes such as
 * `POST /documents/{id}/scrub` are built on this by those capabilities.
 *
 * @example
 * ```ts
 * const scrubbed = await withDocumentText(db, 'demo', 'doc-1', async ({ text }) => scrubPhi(text));
 * ```
 */
export async function withDocumentText<T>(
  db: Queryable,
  tenantId: string,
  id: string,
  consume: DocumentTextConsumer<T>,
): Promise<T> {
  const doc = (await readResource(db, tenantId, 'DocumentReference', id)) as StoredDocument;
  const content =
    doc.content?.find((c) => c.format?.system === TEXT_EXTRACTION_SYSTEM) ??
    doc.content?.find((c) => c.attachment?.contentType?.startsWith('text/plain'));
  const data = content?.attachment?.data;
  if (!data) throw new OutcomeError('unprocessable-entity', `DocumentReference/${id} holds no extracted text`);
  return consume({
    reference: `DocumentReference/${id}`,
    patient: doc.subject?.reference ?? null,
    text: Buffer.from(data, 'base64').toString('utf8'),
  });
}
