import { describe, expect, it } from 'vitest';
import { DOCUMENT_CONTENT_TYPES as C } from '@meridian/sdk';
import { validateR4 } from '../../../../fhir-adapter/src/testing/validate.js';
import { buildDocumentReference, TEXT_EXTRACTION_SYSTEM } from './build-document-reference.js';
import { documentKind, isQueued, SYNC_PDF_BYTES } from './document-kinds.js';
import { ENGLISH_MODEL_DIR, ocrImage, stopOcr } from './ocr-image.js';
import { noFontReason, sampleImage } from './testing/sample-documents.js';
import { transcriptionConfigFromEnv } from './transcription-config.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

describe('document kinds', () => {
  it('reads the media type without parameters or case, and knows the audio aliases', () => {
    expect(documentKind('Text/Plain; charset=utf-8')?.method).toBe('plain-text');
    expect(documentKind(C.docx)?.method).toBe('docx-text');
    expect(documentKind('audio/x-wav')?.contentType).toBe(C.wav);
    expect(documentKind('application/zip')).toBeUndefined();
    expect(documentKind(undefined)).toBeUndefined();
  });

  it('queues OCR and audio always, PDFs only above the synchronous limit', () => {
    expect(isQueued(documentKind(C.png)!, 10)).toBe(true);
    expect(isQueued(documentKind(C.mp3)!, 10)).toBe(true);
    expect(isQueued(documentKind(C.pdf)!, SYNC_PDF_BYTES)).toBe(false);
    expect(isQueued(documentKind(C.pdf)!, SYNC_PDF_BYTES + 1)).toBe(true);
    expect(isQueued(documentKind(C.docx)!, 50 * SYNC_PDF_BYTES)).toBe(false);
  });

  it('loads the English model from the npm package, never a URL', () => {
    expect(existsSync(join(ENGLISH_MODEL_DIR, 'eng.traineddata.gz'))).toBe(true);
    expect(ENGLISH_MODEL_DIR).toContain('@tesseract.js-data/eng');
  });

  it.skipIf(!!noFontReason())(
    'reads an image offline and reports recognition progress up to the end',
    async () => {
      const fractions: number[] = [];
      try {
        expect(await ocrImage(sampleImage(['Heart failure clinic']), (f) => fractions.push(f))).toMatch(
          /Heart failure clinic/,
        );
      } finally {
        await stopOcr();
      }
      expect(fractions.length).toBeGreaterThan(1);
      expect(fractions.at(-1)).toBe(1);
      expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    },
    30_000,
  );

  it('configures transcription only with a base URL', () => {
    expect(transcriptionConfigFromEnv({})).toBeNull();
    expect(transcriptionConfigFromEnv({ TRANSCRIPTION_BASE_URL: 'http://whisper:8000/v1' })).toEqual({
      baseUrl: 'http://whisper:8000/v1',
      apiKey: undefined,
      model: 'whisper-1',
    });
  });
});

describe('buildDocumentReference', () => {
  it('is valid R4 with the text base64 first and the original upload recorded without its bytes', () => {
    const original = Buffer.from('%PDF-1.4 ...');
    const doc = buildDocumentReference({
      id: 'd1',
      text: 'Référence: ß',
      method: 'pdf-text',
      original: { contentType: C.pdf, bytes: original },
      patient: 'Patient/p1',
      title: 'Letter',
      date: '2026-06-01T12:00:00Z',
    });
    expect(validateR4(doc)).toMatchObject({ valid: true });
    const [text, upload] = doc.content as Array<{ attachment: Record<string, unknown>; format?: unknown }>;
    expect(Buffer.from(text!.attachment.data as string, 'base64').toString('utf8')).toBe('Référence: ß');
    expect(text!.attachment.size).toBe(Buffer.byteLength('Référence: ß'));
    expect(text!.format).toEqual({ system: TEXT_EXTRACTION_SYSTEM, code: 'pdf-text' });
    expect(upload!.attachment).toMatchObject({ contentType: C.pdf, size: original.length });
    expect(upload!.attachment.data).toBeUndefined();
    expect(doc.subject).toEqual({ reference: 'Patient/p1' });
  });
});
