import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadRequestError, DOCUMENT_CONTENT_TYPES as C, Meridian, NotFoundError } from '@meridian/sdk';
import { documentJobHandler } from '../../doors/workers/document-worker.js';
import { extractionHandler } from '../../doors/workers/extraction-worker.js';
import { listen } from '../../testing/listen.js';
import { DB_KINDS } from '../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { stopOcr } from './ocr-image.js';
import { noFontReason, sampleDocx, sampleImage } from './testing/sample-documents.js';

const noFont = noFontReason();
const textOf = (doc: { content: Array<{ attachment: { data?: unknown } }> }) =>
  Buffer.from(String(doc.content[0]!.attachment.data), 'base64').toString('utf8');

describe.each(DB_KINDS)('client.documents on $kind', ({ kind, skip }) => {
  let t: TestApp;
  let server: Awaited<ReturnType<typeof listen>>;
  let client: Meridian;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestApp(kind, 'sdk-documents', { services: { extraction: { queueThresholdChars: 2000 } } });
    await t.services.jobs.work(documentJobHandler(t.services), 1, 0.5, 'document-extraction');
    await t.services.jobs.work(extractionHandler(t.services), 1, 0.5, 'extraction');
    server = await listen(t.app);
    client = new Meridian({ baseUrl: server.baseUrl, apiKey: t.keys.clinician });
  });
  afterAll(async () => {
    await server?.close();
    await t?.services.jobs.stop();
    await t?.dispose();
    await stopOcr();
  });

  it.skipIf(skip || !!noFont)(
    'uploads a DOCX (stored at once) and a PNG (queued, waited on), then reads them back',
    async () => {
      const docx = await client.documents.upload(await sampleDocx(['Clinic letter', 'Asthma reviewed.']), {
        contentType: C.docx,
        title: 'Letter',
      });
      if (!('resourceType' in docx)) throw new Error('a DOCX is read at once');
      expect(textOf(docx)).toBe('Clinic letter\n\nAsthma reviewed.');
      expect((await client.documents.get(docx.id)).id).toBe(docx.id);
      const queued = await client.documents.upload(sampleImage(['Chest X-ray clear']), { contentType: C.png });
      expect(queued).toMatchObject({ status: 'queued', location: expect.stringMatching(/^\/jobs\//) });
      const png = await client.documents.uploadAndWait(
        sampleImage(['Chest X-ray clear']),
        { contentType: C.png },
        { timeoutMs: 30_000 },
      );
      expect(textOf(png)).toMatch(/Chest X-ray clear/);
    },
    60_000,
  );

  it.skipIf(skip)(
    'scrubs and extracts a stored document, the short text answered at once and the long one waited on',
    async () => {
      const letter = 'Seen by Dr. Emily Clark on 03/04/2022; call 415-555-1234. Denies fever.';
      const doc = await client.documents.upload(letter, { contentType: C.text });
      if (!('resourceType' in doc)) throw new Error('text is read at once');
      const scrubbed = await client.documents.scrub(doc.id);
      expect(scrubbed.text).toBe('Seen by Dr. [NAME] on [DATE]; call [PHONE]. Denies fever.');
      expect(scrubbed.spans.map((s) => letter.slice(s.start, s.end))).toEqual([
        'Emily Clark',
        '03/04/2022',
        '415-555-1234',
      ]);
      expect((await client.documents.scrub(doc.id, { mode: 'surrogate' })).surrogateScope).toBe('document');
      const extracted = await client.documents.extract(doc.id);
      expect(extracted).toMatchObject({
        document: `DocumentReference/${doc.id}`,
        patient: null,
        provenance: { engine: 'rules' },
      });
      expect(JSON.stringify(extracted.bundle)).toContain('"code":"refuted"');
      const long = await client.documents.upload(`${letter}\n`.repeat(40), { contentType: C.text });
      if (!('resourceType' in long)) throw new Error('text is read at once');
      expect(await client.documents.submitExtraction(long.id)).toMatchObject({ status: 'queued' });
      const waited = await client.documents.extract(long.id, {}, { timeoutMs: 30_000 });
      expect(waited.document).toBe(`DocumentReference/${long.id}`);
      expect(waited.counts.sentences).toBeGreaterThan(40);
      await expect(client.documents.scrub('missing')).rejects.toBeInstanceOf(NotFoundError);
      await expect(client.documents.extract(doc.id, { profile: 'cardio' } as never)).rejects.toThrow();
    },
    60_000,
  );

  it.skipIf(skip)('throws typed errors for bad uploads and unknown documents', async () => {
    await expect(client.documents.upload('', { contentType: C.text })).rejects.toBeInstanceOf(BadRequestError);
    await expect(client.documents.upload('%PDF-broken', { contentType: C.pdf })).rejects.toBeInstanceOf(
      BadRequestError,
    );
    await expect(client.documents.get('missing')).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.documents.upload('x', { contentType: C.text, patient: 'Observation/1' })).rejects.toThrow();
  });
});
