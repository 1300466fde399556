import { DOCUMENT_CONTENT_TYPES, type EXTRACTION_METHODS } from '@meridian/sdk';

/** PDFs above this size (1 MiB, the default of `DocumentSettings.syncPdfBytes`) are read in the job queue; smaller ones at once. */
export const SYNC_PDF_BYTES = 1024 * 1024;

/** How one accepted media type is read, and whether it always goes through the job queue. */
export interface DocumentKind {
  contentType: string;
  method: (typeof EXTRACTION_METHODS)[number];
  /** OCR and transcription are slow: always queued. */
  alwaysQueued: boolean;
}

const C = DOCUMENT_CONTENT_TYPES;
const KINDS: readonly DocumentKind[] = [
  { contentType: C.text, method: 'plain-text', alwaysQueued: false },
  { contentType: C.pdf, method: 'pdf-text', alwaysQueued: false },
  { contentType: C.docx, method: 'docx-text', alwaysQueued: false },
  { contentType: C.png, method: 'ocr', alwaysQueued: true },
  { contentType: C.jpeg, method: 'ocr', alwaysQueued: true },
  ...[C.mp3, C.wav, C.webm, C.ogg, C.m4a].map((contentType) => ({
    contentType,
    method: 'transcription' as const,
    alwaysQueued: true,
  })),
];

/** Every media type `POST /documents` accepts (for the body parser). */
export const ACCEPTED_DOCUMENT_TYPES: readonly string[] = KINDS.map((k) => k.contentType);

/**
 * The kind of an upload's `Content-Type` (parameters such as `charset` ignored;
 * `audio/x-wav` and `audio/mp3` are read as their registered names), or `undefined`.
 *
 * @example
 * ```ts
 * documentKind('text/plain; charset=utf-8')?.method; // 'plain-text'
 * ```
 */
export function documentKind(contentType: string | undefined): DocumentKind | undefined {
  const base = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const name = base === 'audio/x-wav' ? C.wav : base === 'audio/mp3' ? C.mp3 : base;
  return KINDS.find((k) => k.contentType === name);
}

/**
 * Whether an upload is read in the job queue (202) rather than at once: images
 * and audio always, PDFs above `syncPdfBytes` (default {@link SYNC_PDF_BYTES}).
 *
 * @example
 * ```ts
 * isQueued(documentKind('image/png')!, 10_000); // true
 * ```
 */
export function isQueued(kind: DocumentKind, bytes: number, syncPdfBytes = SYNC_PDF_BYTES): boolean {
  return kind.alwaysQueued || (kind.method === 'pdf-text' && bytes > syncPdfBytes);
}
