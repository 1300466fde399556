import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_CONTENT_TYPES as C, documentReferenceSchema, jobSchema, type Job } from '@meridian/sdk';
import { validateR4 } from '../../../../../fhir-adapter/src/testing/validate.js';
import { withDocumentText } from '../../../use-cases/documents/document-text.js';
import { stopOcr } from '../../../use-cases/documents/ocr-image.js';
import { noFontReason, sampleDocx, sampleImage } from '../../../use-cases/documents/testing/sample-documents.js';
import { documentJobHandler } from '../../workers/document-worker.js';
import {
  startFakeTranscriptionServer,
  type ReceivedTranscription,
} from '../../../platform/llm/testing/fake-transcription-server.js';
import { minimalPdf } from '../../../platform/rag/testing/minimal-pdf.js';
import { trendPatientBundle } from '../../../use-cases/summaries/testing/summary-fixtures.js';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

const noFont = noFontReason();
if (noFont) console.warn(`[meridian tests] OCR tests skipped: ${noFont}`);
const textOf = (doc: { content: Array<{ attachment: { data?: string } }> }) =>
  Buffer.from(doc.content[0]!.attachment.data!, 'base64').toString('utf8');

describe.each(DB_KINDS)('POST /documents on $kind', ({ kind, skip }) => {
  let t: TestApp;
  let whisper: Awaited<ReturnType<typeof startFakeTranscriptionServer>>;
  let transcript: (r: ReceivedTranscription) => { text?: string; status?: number } = () => ({
    text: 'Patient reports chest pain since this morning.',
  });
  beforeAll(async () => {
    if (skip) return;
    whisper = await startFakeTranscriptionServer((r) => transcript(r));
    t = await createTestApp(kind, 'clinic-docs', {
      services: {
        documents: {
          bodyLimit: '300kb',
          syncPdfBytes: 2048,
          transcription: { baseUrl: whisper.baseUrl, model: 'whisper-1', apiKey: 'sk-test' },
        },
        jobs: { retryLimit: 0 },
      },
    });
    expect(
      (
        await request(t.app)
          .post('/fhir')
          .set('Authorization', `Bearer ${t.keys.integration}`)
          .send(trendPatientBundle('doc-1'))
      ).status,
    ).toBe(200);
    await t.services.jobs.work(documentJobHandler(t.services), 1, 0.5, 'document-extraction');
  }, 60_000);
  afterAll(async () => {
    await t?.services.jobs.stop();
    await t?.dispose();
    await whisper?.close();
    await stopOcr();
  });
  const upload = (contentType: string, body: Buffer | string, query = '?patient=Patient/doc-1') =>
    request(t.app)
      .post(`/documents${query}`)
      .set('Authorization', `Bearer ${t.keys.clinician}`)
      .set('content-type', contentType)
      .send(body);
  const read = (path: string) => request(t.app).get(path).set('Authorization', `Bearer ${t.keys.clinician}`);
  async function finished(jobId: string): Promise<Job> {
    for (let i = 0; i < 300; i++) {
      const job = jobSchema.parse((await read(`/jobs/${jobId}`)).body);
      if (job.status === 'completed' || job.status === 'dead') return job;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`job ${jobId} did not finish`);
  }

  it.skipIf(skip)(
    'stores plain text as a valid DocumentReference, readable at /documents and /fhir, audited',
    async () => {
      const res = await upload(
        'text/plain; charset=utf-8',
        'Seen in clinic. Breathless on exertion.',
        '?patient=Patient/doc-1&title=Clinic%20letter',
      );
      expect(res.status).toBe(201);
      const doc = documentReferenceSchema.parse(res.body);
      expect(res.headers.location).toBe(`/documents/${doc.id}`);
      expect(textOf(doc)).toBe('Seen in clinic. Breathless on exertion.');
      expect(doc).toMatchObject({
        status: 'current',
        subject: { reference: 'Patient/doc-1' },
        description: 'Clinic letter',
      });
      expect(doc.content[0]).toMatchObject({
        attachment: { contentType: 'text/plain; charset=utf-8' },
        format: { code: 'plain-text' },
      });
      expect(doc.content[1]!.attachment).toMatchObject({ contentType: 'text/plain', size: 39 });
      expect(validateR4(doc)).toMatchObject({ valid: true });
      expect(textOf((await read(`/documents/${doc.id}`)).body)).toBe(textOf(doc));
      expect((await read(`/fhir/DocumentReference/${doc.id}`)).body.id).toBe(doc.id);
      expect(await withDocumentText(t.db, t.tenantId, doc.id, async (d) => `${d.patient}: ${d.text}`)).toBe(
        'Patient/doc-1: Seen in clinic. Breathless on exertion.',
      );
      const audit = await request(t.app)
        .get('/fhir/AuditEvent?patient=Patient/doc-1&_count=100')
        .set('Authorization', `Bearer ${t.keys.auditor}`);
      const touching = audit.body.entry
        .map((e: any) => e.resource)
        .filter((r: any) => r.entity.some((x: any) => x.what?.reference === `DocumentReference/${doc.id}`));
      expect(touching.map((r: any) => r.action).sort()).toEqual(['C', 'R', 'R']);
    },
  );

  it.skipIf(skip)('reads DOCX (mammoth) and PDF (unpdf) at once, recording the original media type', async () => {
    const docx = documentReferenceSchema.parse(
      (await upload(C.docx, await sampleDocx(['Discharge summary', 'Community-acquired pneumonia, improving.']))).body,
    );
    expect(textOf(docx)).toBe('Discharge summary\n\nCommunity-acquired pneumonia, improving.');
    expect(docx.content[1]!.attachment.contentType).toBe(C.docx);
    const pdf = documentReferenceSchema.parse(
      (await upload(C.pdf, minimalPdf([['Referral letter'], ['Atrial fibrillation noted']]))).body,
    );
    expect(textOf(pdf)).toMatch(/# Page 1\nReferral letter\s+# Page 2\nAtrial fibrillation noted/);
    expect(pdf.content[0]).toMatchObject({ format: { code: 'pdf-text' } });
    // A PDF above the synchronous limit (2 KB in this suite) goes through the job queue.
    const large = await upload(
      C.pdf,
      minimalPdf(Array.from({ length: 12 }, (_, i) => [`Page ${i + 1} of the referral`, 'x'.repeat(200)])),
    );
    expect(large.status).toBe(202);
    const job = await finished(large.body.jobId);
    expect(job.result).toMatchObject({ method: 'pdf-text', contentType: C.pdf });
    expect(
      textOf((await read(`/fhir/${(job.result as { documentReference: string }).documentReference}`)).body),
    ).toMatch(/# Page 12\nPage 12 of the referral/);
  });

  it.skipIf(skip || !!noFont)(
    'OCRs a PNG and a JPEG in the job queue with the packaged English model (202, progress, result)',
    async () => {
      const res = await upload(C.png, sampleImage(['Discharge summary: pneumonia', 'Blood pressure 128/82 mmHg']));
      expect(res.status).toBe(202);
      expect(res.headers.location).toBe(`/jobs/${res.body.jobId}`);
      const job = await finished(res.body.jobId);
      expect(job).toMatchObject({
        kind: 'document-extraction',
        status: 'completed',
        progress: { step: 'done', percent: 100 },
        result: { method: 'ocr', patient: 'Patient/doc-1', contentType: C.png },
      });
      const ref = (job.result as { documentReference: string }).documentReference;
      const text = textOf((await read(`/fhir/${ref}`)).body);
      expect(text).toMatch(/Discharge summary: pneumonia/);
      expect(text).toMatch(/128\/82 mmHg/);
      const jpeg = await finished((await upload(C.jpeg, sampleImage(['Allergic to penicillin'], C.jpeg))).body.jobId);
      expect(
        textOf((await read(`/fhir/${(jpeg.result as { documentReference: string }).documentReference}`)).body),
      ).toMatch(/Allergic to penicillin/);
    },
    60_000,
  );

  it.skipIf(skip)(
    'transcribes audio through the Whisper endpoint in the job queue',
    async () => {
      const res = await upload(C.wav, Buffer.from('RIFF....WAVEfmt fake audio bytes'));
      expect(res.status).toBe(202);
      const job = await finished(res.body.jobId);
      expect(job.result).toMatchObject({ method: 'transcription', contentType: C.wav });
      expect(whisper.received.at(-1)).toMatchObject({
        model: 'whisper-1',
        fileName: 'recording.wav',
        contentType: C.wav,
        bytes: 32,
        authorization: 'Bearer sk-test',
      });
      expect(
        textOf((await read(`/fhir/${(job.result as { documentReference: string }).documentReference}`)).body),
      ).toBe('Patient reports chest pain since this morning.');
      transcript = () => ({ status: 400 });
      const refused = await finished((await upload('audio/mpeg', Buffer.from('ID3 fake'))).body.jobId);
      expect(refused).toMatchObject({ status: 'dead', error: { code: 'unprocessable-entity' } });
    },
    30_000,
  );

  it.skipIf(skip)(
    'answers bad uploads with a 4xx OperationOutcome, never a 500',
    async () => {
      const cases: Array<[string, Buffer | string, number, string?]> = [
        ['application/zip', Buffer.from('PK'), 415],
        ['application/json', '{"a":1}', 415],
        [C.pdf, Buffer.from('%PDF-1.4 this is not a PDF'), 400],
        [C.pdf, Buffer.from('GIF89a'), 400],
        [C.docx, Buffer.from('not a zip at all'), 400],
        [C.docx, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), 400],
        [C.text, '', 400],
        [C.text, Buffer.from([0xc3, 0x28]), 400],
        [C.text, '   ', 422],
        [C.text, 'x'.repeat(400 * 1024), 413],
        [C.text, 'fine', 404, '?patient=Patient/nobody'],
        [C.text, 'fine', 400, '?patient=Observation/x'],
        [C.text, 'fine', 400, '?colour=blue'],
      ];
      for (const [type, body, status, query] of cases) {
        const res = await upload(type, body, query);
        expect(res.status, `${type} ${String(body).slice(0, 20)} ${query ?? ''}`).toBe(status);
        expect(res.body.resourceType).toBe('OperationOutcome');
      }
      expect((await request(t.app).post('/documents').set('content-type', C.text).send('x')).status).toBe(401);
      expect((await read('/documents/does-not-exist')).status).toBe(404);
      expect(
        (await request(t.app).get('/documents/does-not-exist').set('Authorization', `Bearer ${t.keys.auditor}`)).status,
      ).toBe(403);
      // Arbitrary bytes under every synchronously read type: a stored document or a 4xx, never a 500.
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom<string>(C.pdf, C.docx, C.text),
          fc.uint8Array({ minLength: 1, maxLength: 2000 }),
          fc.boolean(),
          async (type, bytes, asPdf) => {
            const body =
              asPdf && type === C.pdf ? Buffer.concat([Buffer.from('%PDF-1.7\n'), bytes]) : Buffer.from(bytes);
            const res = await upload(type, body, '');
            expect([201, 400, 422]).toContain(res.status);
            if (res.status !== 201) expect(res.body.resourceType).toBe('OperationOutcome');
          },
        ),
        { numRuns: 25 },
      );
      const corrupt = await finished((await upload(C.png, Buffer.from('\x89PNG\r\n\x1a\n broken'))).body.jobId);
      expect(corrupt).toMatchObject({ status: 'dead', error: { code: 'validation-failed' } });
      const notAnImage = await finished((await upload(C.jpeg, Buffer.from('GIF89a not a jpeg'))).body.jobId);
      expect(notAnImage).toMatchObject({
        status: 'dead',
        error: { code: 'validation-failed', message: 'content is not a PNG or JPEG image' },
      });
    },
    30_000,
  );
});
