import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guidelineIngestResponseSchema, guidelineSearchResponseSchema, Meridian } from '@meridian/sdk';
import { minimalPdf } from '../../../platform/rag/testing/minimal-pdf.js';
import { listen } from '../../../testing/listen.js';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

describe.each(DB_KINDS)('guidelines API on $kind', ({ kind, skip }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!skip) t = await createTestApp(kind, 'clinic-guidelines');
  });
  afterAll(async () => t?.dispose());
  const ingest = (body: unknown, key = t.keys.clinician) =>
    request(t.app)
      .post('/guidelines')
      .set('Authorization', `Bearer ${key}`)
      .send(body as object);
  const search = (q: string, key = t.keys.integration) =>
    request(t.app).get('/guidelines/search').query({ q }).set('Authorization', `Bearer ${key}`);

  it.skipIf(skip)(
    'ingests Markdown, text and PDF, and finds them ranked with scores; the ingest is audited',
    async () => {
      const md = await ingest({
        title: 'Ward escalation',
        format: 'markdown',
        sourceUrl: 'https://example.org/ward',
        content:
          '# Escalation\n## Who to call\nCall the outreach team when the early warning score reaches the threshold.\n## Documentation\nRecord the time of the call.',
      });
      expect(md.status).toBe(201);
      expect(guidelineIngestResponseSchema.parse(md.body).chunks).toBe(2);
      expect(
        (
          await ingest({
            title: 'Hand hygiene',
            format: 'text',
            content: 'Clean hands before and after every patient contact.',
          })
        ).body.chunks,
      ).toBe(1);
      const pdf = minimalPdf([
        ['Delirium screening'],
        ['Screen older inpatients for delirium every day with a validated tool'],
      ]);
      expect((await ingest({ title: 'Delirium', format: 'pdf', content: pdf.toString('base64') })).body.chunks).toBe(2);

      const found = guidelineSearchResponseSchema.parse((await search('when should I call the outreach team')).body);
      expect(found.method).toBe('fts');
      expect(found.results[0]).toMatchObject({
        title: 'Ward escalation',
        heading: 'Escalation › Who to call',
        sourceUrl: 'https://example.org/ward',
        demo: false,
      });
      expect(found.results[0]!.score).toBeGreaterThan(0);
      expect(
        guidelineSearchResponseSchema.parse((await search('a validated tool for older inpatients')).body).results[0]!
          .heading,
      ).toBe('Page 2');

      const audit = await request(t.app)
        .get('/fhir/AuditEvent?action=C')
        .set('Authorization', `Bearer ${t.keys.auditor}`);
      expect(audit.body.entry.filter((e: any) => e.resource.subtype[1]?.code === 'guideline-ingest')).toHaveLength(3);
    },
  );

  it.skipIf(skip)(
    'bad input is a 4xx OperationOutcome: bad format, a non-PDF, an empty query, a wrong role',
    async () => {
      expect((await ingest({ title: 'x', format: 'docx', content: 'x' })).status).toBe(400);
      const notPdf = await ingest({ title: 'x', format: 'pdf', content: Buffer.from('not a pdf').toString('base64') });
      expect(notPdf.status).toBe(400);
      expect(notPdf.body.issue[0].details.coding[0].code).toBe('validation-failed');
      expect((await ingest({ title: 'x', format: 'markdown', content: '# Only a heading' })).status).toBe(400);
      expect((await search('   ')).status).toBe(400);
      expect((await ingest({ title: 'x', format: 'text', content: 'y' }, t.keys.integration)).status).toBe(403);
    },
  );

  it.skipIf(skip)('the SDK ingests and searches', async () => {
    const server = await listen(t.app);
    try {
      const client = new Meridian({ baseUrl: server.baseUrl, apiKey: t.keys.clinician });
      const { chunks } = await client.guidelines.ingest({
        title: 'Falls',
        format: 'markdown',
        content: '# Falls\nAssess falls risk on admission and after any fall.',
      });
      expect(chunks).toBe(1);
      const { results } = await client.guidelines.search({ q: 'falls risk assessment', limit: 1 });
      expect(results).toHaveLength(1);
      expect(results[0]!.title).toBe('Falls');
      // A citation's chunk, read by id: the same text, audited; another tenant's or an unknown id is a 404, a bad id a 400.
      const chunk = await client.guidelines.chunk(results[0]!.chunkId);
      expect(chunk).toEqual((({ score: _s, ...rest }) => rest)(results[0]!));
      expect((await client.guidelines.chunk('gch-unknown').catch((e) => e)).status).toBe(404);
      expect((await client.guidelines.chunk('bad id!').catch((e) => e)).status).toBe(400);
      const audit = await request(t.app)
        .get('/fhir/AuditEvent?action=R')
        .set('Authorization', `Bearer ${t.keys.auditor}`);
      const reads = audit.body.entry.filter((e: any) => e.resource.subtype[1]?.code === 'guideline-chunk-read');
      expect(reads.map((e: any) => e.resource.entity[0].what.identifier.value)).toContain(results[0]!.chunkId);
    } finally {
      await server.close();
    }
  });
});
