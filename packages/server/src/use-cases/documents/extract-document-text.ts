import { OutcomeError, badRequest } from '../../platform/errors/outcome-error.js';
import { extractPdfText } from '../../platform/rag/extract-pdf-text.js';
import type { DocumentKind } from './document-kinds.js';
import { ocrImage } from './ocr-image.js';
import { readDocx } from './read-docx.js';
import { transcribeAudio } from './transcribe-audio.js';
import type { TranscriptionConfig } from './transcription-config.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of an upload, by its kind: UTF-8 text as it is (invalid UTF-8 is
 * a 400), PDF text page by page (`unpdf`, as guideline ingestion reads it),
 * DOCX raw text (`mammoth`), image OCR (`tesseract.js`, packaged English
 * model; `onProgress` hears how far it got), audio through the configured
 * Whisper endpoint (415 when none is).
 * A document with no text at all is a 422.
 *
 * @example
 * ```ts
 * const text = await extractDocumentText(documentKind('application/pdf')!, bytes, { transcription: null });
 * ```
 */
export async function extractDocumentText(
  kind: DocumentKind,
  bytes: Buffer,
  deps: { transcription: TranscriptionConfig | null; onProgress?: ((fraction: number) => void) | undefined },
): Promise<string> {
  let text: string;
  switch (kind.method) {
    case 'plain-text':
      try {
        text = UTF8.decode(bytes);
      } catch {
        throw badRequest('the text is not valid UTF-8', ['body']);
      }
      break;
    case 'pdf-text':
      text = await extractPdfText(bytes.toString('base64'));
      break;
    case 'docx-text':
      text = await readDocx(bytes);
      break;
    case 'ocr':
      text = await ocrImage(bytes, deps.onProgress);
      break;
    case 'transcription':
      if (!deps.transcription) throw transcriptionNotConfigured();
      text = await transcribeAudio(deps.transcription, bytes, kind.contentType);
      break;
  }
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed || /^(# Page \d+\s*)+$/u.test(trimmed))
    throw new OutcomeError('unprocessable-entity', 'no text could be extracted from the document');
  return trimmed;
}

/** 415: audio arrives while no transcription endpoint is configured. */
export const transcriptionNotConfigured = () =>
  new OutcomeError(
    'unsupported-media-type',
    'audio transcription is not configured on this server (TRANSCRIPTION_BASE_URL)',
  );
