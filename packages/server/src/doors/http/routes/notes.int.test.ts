import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractionResultSchema, jobSchema } from '@meridian/sdk';
import { validateR4 } from '../../../../../fhir-adapter/src/testing/validate.js';
import { setTenantLlmConfig } from '../../../platform/llm/tenant-llm-config.js';
import { SAMPLE_NOTE } from '../../../engines/extraction/testing/sample-note.js';
import { extractionHandler } from '../../workers/extraction-worker.js';
import { startFakeModelServer, type FakeModelServer } from '../../../platform/llm/testing/fake-model-server.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { DB_KINDS } from '../../../testing/test-databases.js';

const modelDraft = {
  items: [
    { kind: 'condition', name: 'hypertension', evidence: 'HTN', assertion: 'affirmed', value: null, unit: null },
    { kind: 'condition', name: 'fever', evidence: 'denies fever', assertion: 'negated', value: null, unit: null },
    { kind: 'observation', name: 'heart rate', evidence: 'HR 96 bpm', assertion: 'affirmed', value: 96, unit: 'bpm' },
    {
      kind: 'condition',
      name: 'sepsis',
      evidence: 'lactate 4.8 and septic shock',
      assertion: 'affirmed',
      value: null,
      unit: null,
    },
  ],
  oncology: null,
};

describe.each(DB_KINDS)('POST /notes/extract on $kind', ({ kind, skip }) => {
  let t: TestApp;
  let model: FakeModelServer;
  beforeAll(async () => {
    if (skip) return;
    model = await startFakeModelServer(() => ({ content: modelDraft }));
    t = await createTestApp(kind, 'clinic-notes', { services: { extraction: { queueThresholdChars: 2000 } } });
    await t.services.jobs.work(extractionHandler(t.services), 1, 0.5, 'extraction');
  });
  afterAll(async () => {
    await t?.services.jobs.stop();
    await t?.dispose();
    await model?.close();
  });
  const extract = (body: unknown, key = t.keys.clinician) =>
    request(t.app)
      .post('/notes/extract')
      .set('Authorization', `Bearer ${key}`)
      .send(body as object);

  it.skipIf(skip)(
    'without a model the rules engine answers a valid FHIR R4 Bundle, says so, and the call is audited',
    async () => {
      const res = await extract({ text: SAMPLE_NOTE, patient: 'Patient/n1' });
      expect(res.status).toBe(200);
      const result = extractionResultSchema.parse(res.body);
      expect(result.provenance).toMatchObject({ engine: 'rules', model: null, grounding: null });
      expect(result.provenance.notes[0]).toMatch(/No language model/);
      expect(result.oncology).toBeNull();
      expect(validateR4(result.bundle).schemaErrors).toEqual([]);
      expect(result.counts.resources.Observation).toBe(8);
      expect(JSON.stringify(result.bundle)).toContain('"reference":"Patient/n1"');
      const audit = await request(t.app)
        .get('/fhir/AuditEvent?patient=Patient/n1')
        .set('Authorization', `Bearer ${t.keys.auditor}`);
      expect(audit.body.entry.map((e: any) => e.resource.subtype[1].code)).toEqual(['note-extract']);
      expect(JSON.stringify(audit.body)).not.toContain('HTN');
    },
  );

  it.skipIf(skip)('the oncology profile answers the seven fields', async () => {
    const res = await extract({
      text: 'Stage IV melanoma with brain metastases on nivolumab plus ipilimumab; partial response.',
      profile: 'oncology',
    });
    expect(res.status).toBe(200);
    expect(res.body.oncology).toMatchObject({
      cancer_type: 'melanoma',
      stage: 'IV',
      treatment: 'nivolumab and ipilimumab',
      response: 'partial response',
      metastasis_site: 'brain',
    });
  });

  it.skipIf(skip)('bad input is a 4xx OperationOutcome, never a 500', async () => {
    for (const body of [
      {},
      { text: '' },
      { text: 42 },
      { text: 'x', profile: 'cardio' },
      { text: 'x', patient: 'Observation/1' },
      { text: 'x', extra: 1 },
      [],
    ]) {
      const res = await extract(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.resourceType).toBe('OperationOutcome');
    }
    const unauthenticated = await request(t.app).post('/notes/extract').send({ text: 'x' });
    expect(unauthenticated.status).toBe(401);
    expect((await extract({ text: 'x' }, t.keys.auditor)).status).toBe(403);
  });

  it.skipIf(skip)('property: no body, however malformed, gets a 5xx', async () => {
    const bodies = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          text: fc.oneof(fc.string({ maxLength: 200 }), fc.integer(), fc.constant(null)),
          profile: fc.oneof(fc.constant('oncology'), fc.string({ maxLength: 8 })),
          patient: fc.string({ maxLength: 20 }),
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const res = await request(t.app)
          .post('/notes/extract')
          .set('Authorization', `Bearer ${t.keys.clinician}`)
          .set('Content-Type', 'application/json')
          .send(JSON.stringify(body));
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) expect(res.body.resourceType).toBe('OperationOutcome');
      }),
      { numRuns: 40 },
    );
  });

  it.skipIf(skip)('a long note goes through the job queue: 202, progress, then the result', async () => {
    const long = `${SAMPLE_NOTE}\n`.repeat(6);
    const res = await extract({ text: long, patient: 'Patient/n2' });
    expect(res.status).toBe(202);
    const location = `/jobs/${res.body.jobId}`;
    expect(res.headers.location).toBe(location);
    let job = jobSchema.parse(
      (await request(t.app).get(location).set('Authorization', `Bearer ${t.keys.clinician}`)).body,
    );
    for (let i = 0; i < 200 && job.status !== 'completed' && job.status !== 'dead'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = jobSchema.parse(
        (await request(t.app).get(location).set('Authorization', `Bearer ${t.keys.clinician}`)).body,
      );
    }
    expect(job).toMatchObject({ kind: 'extraction', status: 'completed', progress: { step: 'done', percent: 100 } });
    const result = extractionResultSchema.parse(job.result);
    expect(result.counts.resources.Observation).toBe(48);
    expect(result.patient).toBe('Patient/n2');
    const audit = await request(t.app)
      .get('/fhir/AuditEvent?patient=Patient/n2')
      .set('Authorization', `Bearer ${t.keys.auditor}`);
    const events = audit.body.entry.map((e: any) => e.resource);
    expect(events.map((e: any) => e.subtype[1].code).sort()).toEqual([
      'job-read',
      'note-extract',
      'note-extract-request',
    ]);
    expect(events.find((e: any) => e.subtype[1].code === 'note-extract').agent[0].who.identifier.value).toBe(
      'system:job:note-extraction',
    );
  });

  it.skipIf(skip)(
    'with a model: schema-constrained, every item grounded, the fabricated one dropped and counted',
    async () => {
      await setTenantLlmConfig(t.db, t.services.caseAnalysis.encryptionKey, t.tenantId, {
        baseUrl: model.baseUrl,
        models: [{ model: 'extractor-8b' }],
        timeoutMs: 5000,
      });
      const res = await extract({ text: SAMPLE_NOTE });
      expect(res.status).toBe(200);
      const result = extractionResultSchema.parse(res.body);
      expect(result.provenance).toMatchObject({
        engine: 'llm',
        model: 'extractor-8b',
        promptVersion: 'note-extraction/1',
      });
      expect(result.provenance.grounding).toEqual({
        proposed: 4,
        grounded: 3,
        dropped: 1,
        unrepresented: 0,
        normalisedMatches: 1,
        oncologyFieldsDropped: 0,
      });
      expect(JSON.stringify(result.bundle)).not.toContain('sepsis');
      expect(result.bundle.entry?.map((e) => (e.resource as any).resourceType)).toEqual([
        'Condition',
        'Condition',
        'Observation',
      ]);
      expect(validateR4(result.bundle).schemaErrors).toEqual([]);
      const sent = model.chats.at(-1)!;
      expect(sent.response_format?.json_schema?.name).toBe('note_extraction');
      expect(sent.messages.at(-1)!.content).toContain('Denies fever');
      await setTenantLlmConfig(t.db, t.services.caseAnalysis.encryptionKey, t.tenantId, null);
    },
  );

  it.skipIf(skip)(
    'with a model, a long queued note is extracted piece by piece, each grounded within its piece',
    async () => {
      await setTenantLlmConfig(t.db, t.services.caseAnalysis.encryptionKey, t.tenantId, {
        baseUrl: model.baseUrl,
        models: [{ model: 'extractor-8b' }],
        timeoutMs: 5000,
      });
      const before = model.chats.length;
      const long = `${SAMPLE_NOTE}\n`.repeat(30);
      const res = await extract({ text: long });
      expect(res.status).toBe(202);
      let job = jobSchema.parse(
        (await request(t.app).get(`/jobs/${res.body.jobId}`).set('Authorization', `Bearer ${t.keys.clinician}`)).body,
      );
      for (let i = 0; i < 300 && job.status !== 'completed' && job.status !== 'dead'; i++) {
        await new Promise((r) => setTimeout(r, 50));
        job = jobSchema.parse(
          (await request(t.app).get(`/jobs/${res.body.jobId}`).set('Authorization', `Bearer ${t.keys.clinician}`)).body,
        );
      }
      await setTenantLlmConfig(t.db, t.services.caseAnalysis.encryptionKey, t.tenantId, null);
      expect(job.status).toBe('completed');
      const result = extractionResultSchema.parse(job.result);
      const pieces = model.chats.length - before;
      expect(pieces).toBeGreaterThanOrEqual(2);
      expect(model.chats.slice(before).every((c) => c.messages.at(-1)!.content.length < 12_100)).toBe(true);
      expect(result.provenance).toMatchObject({
        engine: 'llm',
        grounding: { proposed: 4 * pieces, grounded: 3 * pieces, dropped: pieces },
      });
      const starts = result.bundle.entry!.map(
        (e) => (e.resource as any).extension[0].extension[0].valueInteger as number,
      );
      expect(new Set(starts).size).toBe(starts.length);
      expect(Math.max(...starts)).toBeGreaterThan(12_000);
    },
  );

  it.skipIf(skip)('when every model fails, the rules engine answers and the provenance says why', async () => {
    const broken = await startFakeModelServer(() => ({ status: 503 }));
    await setTenantLlmConfig(t.db, t.services.caseAnalysis.encryptionKey, t.tenantId, {
      baseUrl: broken.baseUrl,
      models: [{ model: 'down-8b' }],
      timeoutMs: 2000,
    });
    try {
      const res = await extract({ text: 'HTN. Denies chest pain.' });
      expect(res.status).toBe(200);
      expect(res.body.provenance).toMatchObject({
        engine: 'rules',
        model: null,
        notes: [expect.stringMatching(/Every configured language model failed/)],
      });
      expect(res.body.bundle.entry).toHaveLength(2);
    } finally {
      await setTenantLlmConfig(t.db, t.services.caseAnalysis.encryptionKey, t.tenantId, null);
      await broken.close();
    }
  });
});
