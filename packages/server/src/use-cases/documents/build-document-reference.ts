import { createHash } from 'node:crypto';
import type { EXTRACTION_METHODS } from '@meridian/sdk';
import type { FhirResource } from '../../platform/fhir-store/resource-fields.js';

/** Code system of how a DocumentReference's text was obtained (`content.format`). */
export const TEXT_EXTRACTION_SYSTEM = 'https://meridian.dev/fhir/CodeSystem/text-extraction' as const;

/** What a stored document is built from. */
export interface DocumentReferenceInput {
  id: string;
  text: string;
  method: (typeof EXTRACTION_METHODS)[number];
  /** The upload's media type and bytes (its size and SHA-1 are recorded, not the bytes). */
  original: { contentType: string; bytes: Buffer };
  patient?: string | undefined;
  title?: string | undefined;
  date: string;
}

const sha1 = (data: Buffer) => createHash('sha1').update(data).digest('base64');

/**
 * A `DocumentReference` holding a document's extracted text: the first
 * content is the text (`text/plain; charset=utf-8`, base64 `data`, size,
 * SHA-1) with `format` saying how it was obtained (`ocr`, `pdf-text`, …);
 * the second records the original upload (its media type, size and SHA-1;
 * the bytes themselves are not kept).
 *
 * @example
 * ```ts
 * const doc = buildDocumentReference({ id, text, method: 'docx-text', original: { contentType, bytes }, patient: 'Patient/p1', date });
 * ```
 */
export function buildDocumentReference(input: DocumentReferenceInput): FhirResource {
  const text = Buffer.from(input.text, 'utf8');
  return {
    resourceType: 'DocumentReference',
    id: input.id,
    status: 'current',
    docStatus: 'final',
    ...(input.patient ? { subject: { reference: input.patient } } : {}),
    date: input.date,
    ...(input.title ? { description: input.title } : {}),
    content: [
      {
        attachment: {
          contentType: 'text/plain; charset=utf-8',
          data: text.toString('base64'),
          size: text.length,
          hash: sha1(text),
          ...(input.title ? { title: input.title } : {}),
        },
        format: { system: TEXT_EXTRACTION_SYSTEM, code: input.method },
      },
      {
        attachment: {
          contentType: input.original.contentType,
          size: input.original.bytes.length,
          hash: sha1(input.original.bytes),
          title: 'original upload (not stored)',
        },
      },
    ],
  };
}
