import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Meridian, phiScrubResponseSchema } from '@meridian/sdk';
import { decryptField } from '../../../platform/crypto/field-encryption.js';
import { setTenantLlmConfig } from '../../../platform/llm/tenant-llm-config.js';
import { startFakeModelServer, type FakeModelServer } from '../../../platform/llm/testing/fake-model-server.js';
import { reidentificationContext } from '../../../use-cases/phi-scrubbing/scrub-request.js';
import { listen } from '../../../testing/listen.js';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

const NOTE =
  "Mr. James Holloway (MRN: AB-123456) was seen by Dr. Emily Clark at St. Luke's Hospital on March 3rd, 2023; call 415-555-1234. Wells score 4, Parkinson disease, metformin 500 mg.";

describe.each(DB_KINDS)('PHI scrub API on $kind', ({ kind, skip }) => {
  let t: TestApp;
  let model: FakeModelServer;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestApp(kind, 'clinic-phi');
    model = await startFakeModelServer(() => ({ content: { names: ['Anneliese', 'Nobody In The Text'] } }));
  });
  afterAll(async () => {
    await t?.dispose();
    await model?.close();
  });
  const scrub = (body: unknown, key = t.keys.clinician) =>
    request(t.app)
      .post('/phi/scrub')
      .set('Authorization', `Bearer ${key}`)
      .send(body as object);

  it.skipIf(skip)(
    'tags every identifier, keeps eponyms, scores and doses, says the rules found them, and audits without the text',
    async () => {
      const res = await scrub({ text: NOTE });
      expect(res.status).toBe(200);
      const body = phiScrubResponseSchema.parse(res.body);
      expect(body.text).toBe(
        'Mr. [NAME] (MRN: [MRN]) was seen by Dr. [NAME] at [LOCATION] on [DATE]; call [PHONE]. Wells score 4, Parkinson disease, metformin 500 mg.',
      );
      expect(body.engine).toBe('rules');
      for (const span of body.spans) expect(NOTE.slice(span.start, span.end)).toBe(span.text);
      const audit = await request(t.app)
        .get('/fhir/AuditEvent?action=E')
        .set('Authorization', `Bearer ${t.keys.auditor}`);
      const events = audit.body.entry.filter((e: any) => e.resource.subtype?.[1]?.code === 'phi-scrub');
      expect(events).toHaveLength(1);
      expect(JSON.stringify(events)).not.toMatch(/Holloway|Clark|AB-123456|415-555/);
    },
  );

  it.skipIf(skip)(
    'per-patient surrogates are stable across documents, differ between patients, and the sealed table reverses them',
    async () => {
      const one = phiScrubResponseSchema.parse(
        (await scrub({ text: 'Seen by Dr. Emily Clark.', mode: 'surrogate', patient: 'Patient/p1' })).body,
      );
      const two = phiScrubResponseSchema.parse(
        (await scrub({ text: 'Dr. Emily Clark called back.', mode: 'surrogate', patient: 'p1' })).body,
      );
      const other = phiScrubResponseSchema.parse(
        (await scrub({ text: 'Seen by Dr. Emily Clark.', mode: 'surrogate', patient: 'Patient/p2' })).body,
      );
      const surrogate = one.text.replace('Seen by Dr. ', '').replace('.', '');
      expect(surrogate).not.toContain('Clark');
      expect(two.text).toBe(`Dr. ${surrogate} called back.`);
      expect(other.text).not.toBe(one.text);
      expect(one.surrogateScope).toBe('patient');
      const table = JSON.parse(
        decryptField(t.services.caseAnalysis.encryptionKey, one.reidentification!, reidentificationContext(t.tenantId)),
      );
      expect(table).toEqual([{ type: 'NAME', surrogate, original: 'Emily Clark' }]);
      expect(() =>
        decryptField(
          t.services.caseAnalysis.encryptionKey,
          one.reidentification!,
          reidentificationContext('another-tenant'),
        ),
      ).toThrow();
    },
  );

  it.skipIf(skip)(
    'the model pass adds names the rules miss, only where the text holds them, and says it ran',
    async () => {
      const text = 'Spoke with Anneliese about the plan.';
      const withoutModel = phiScrubResponseSchema.parse((await scrub({ text, model: true })).body);
      expect(withoutModel).toMatchObject({ engine: 'rules', modelNote: expect.stringContaining('no model') });
      await setTenantLlmConfig(t.db, t.services.caseAnalysis.encryptionKey, t.tenantId, {
        baseUrl: model.baseUrl,
        models: [{ model: 'names-model' }],
      });
      const withModel = phiScrubResponseSchema.parse((await scrub({ text, model: true })).body);
      expect(withModel.engine).toBe('rules+model');
      expect(withModel.text).toBe('Spoke with [NAME] about the plan.');
      expect(withModel.spans).toEqual([{ type: 'NAME', start: 11, end: 20, text: 'Anneliese', detector: 'model' }]);
      await setTenantLlmConfig(t.db, t.services.caseAnalysis.encryptionKey, t.tenantId, null);
    },
  );

  it.skipIf(skip)(
    'bad input is a 4xx OperationOutcome: no text, empty text, an unknown mode, a bad patient, an unknown field, no key, a wrong role',
    async () => {
      for (const body of [
        {},
        { text: '' },
        { text: 'x', mode: 'blur' },
        { text: 'x', patient: 'Patient/a b' },
        { text: 'x', extra: 1 },
        { text: 42 },
      ]) {
        const res = await scrub(body);
        expect(res.status).toBe(400);
        expect(res.body.resourceType).toBe('OperationOutcome');
      }
      expect((await request(t.app).post('/phi/scrub').send({ text: 'x' })).status).toBe(401);
      expect((await scrub({ text: 'x' }, t.keys.auditor)).status).toBe(403);
    },
  );

  it.skipIf(skip)('the SDK scrubs', async () => {
    const server = await listen(t.app);
    try {
      const client = new Meridian({ baseUrl: server.baseUrl, apiKey: t.keys.integration });
      const { text, spans } = await client.phi.scrub({
        text: 'Email jane.doe@example.com or fax 650-123-4567',
        mode: 'tag',
      });
      expect(text).toBe('Email [EMAIL] or fax [FAX]');
      expect(spans.map((s) => s.detector)).toEqual(['rules', 'rules']);
    } finally {
      await server.close();
    }
  });
});
