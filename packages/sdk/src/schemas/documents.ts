import { z } from 'zod';

/** Media types of `POST /documents`: PDF, DOCX, PNG, JPEG, plain text, and audio (transcribed when configured). */
export const DOCUMENT_CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png',
  jpeg: 'image/jpeg',
  text: 'text/plain',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  webm: 'audio/webm',
  ogg: 'audio/ogg',
  m4a: 'audio/mp4',
} as const;

/** One of {@link DOCUMENT_CONTENT_TYPES}' values. */
export type DocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[keyof typeof DOCUMENT_CONTENT_TYPES];

/** How the text of a document was obtained. */
export const EXTRACTION_METHODS = ['plain-text', 'pdf-text', 'docx-text', 'ocr', 'transcription'] as const;

/**
 * Query of `POST /documents`: the patient the document is about (stored
 * patient, `Patient/{id}`) and a title, both optional.
 */
export const documentUploadQuerySchema = z.strictObject({
  patient: z
    .string()
    .regex(/^Patient\/[A-Za-z0-9\-.]{1,64}$/, 'a Patient reference, Patient/{id}')
    .optional(),
  title: z.string().min(1).max(200).optional(),
});
/** The query of an upload. */
export type DocumentUploadQuery = z.infer<typeof documentUploadQuerySchema>;

/** A stored `DocumentReference` as Meridian writes it (the extracted text is its first attachment, base64 `text/plain`). */
export const documentReferenceSchema = z.looseObject({
  resourceType: z.literal('DocumentReference'),
  id: z.string(),
  status: z.string(),
  content: z
    .array(
      z.looseObject({
        attachment: z.looseObject({
          contentType: z.string().optional(),
          data: z.string().optional(),
          size: z.number().optional(),
        }),
      }),
    )
    .min(1),
});
/** A DocumentReference. */
export type DocumentReference = z.infer<typeof documentReferenceSchema>;

/** What a document job yields: the stored DocumentReference and how its text was obtained. */
export const documentJobResultSchema = z.strictObject({
  documentReference: z.string(),
  /** The patient the document is about, when given. */
  patient: z.string().nullable(),
  contentType: z.string(),
  method: z.enum(EXTRACTION_METHODS),
  characters: z.number().int().nonnegative(),
});
/** A document job's result. */
export type DocumentJobResult = z.infer<typeof documentJobResultSchema>;
