import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseAnalysisSchema, jobSchema } from '@meridian/sdk';
import { acutePatientBundle, citedDraft } from '../../../use-cases/case-analysis/testing/case-fixtures.js';
import { readEscalationRecord } from '../../../use-cases/case-analysis/escalation-records.js';
import { setTenantLlmConfig } from '../../../platform/llm/tenant-llm-config.js';
import { caseAnalysisHandler } from '../../workers/case-analysis-worker.js';
import { seedDemoGuidelines } from '../../../platform/rag/seed-demo-guidelines.js';
import { startFakeModelServer, type FakeModelServer } from '../../../platform/llm/testing/fake-model-server.js';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

const at = new Date().toISOString();

describe.each(DB_KINDS)('POST /cases/analyze on $kind', ({ kind, skip }) => {
  let t: TestApp;
  let model: FakeModelServer;
  let modelScript: () => object = () => citedDraft('llm-1');
  beforeAll(async () => {
    if (skip) return;
    model = await startFakeModelServer(() => ({ content: modelScript() }));
    t = await createTestApp(kind, 'clinic-cases', { services: { jobs: { retryDelaySeconds: 1 } } });
    for (const p of ['rules-1', 'llm-1', 'async-1']) {
      expect(
        (
          await request(t.app)
            .post('/fhir')
            .set('Authorization', `Bearer ${t.keys.integration}`)
            .send(acutePatientBundle(p, at))
        ).status,
      ).toBe(200);
    }
    await seedDemoGuidelines(t.db, t.tenantId);
    await t.services.jobs.work(caseAnalysisHandler(t.services), 2);
  });
  afterAll(async () => {
    await t?.services.jobs.stop();
    await t?.dispose();
    await model?.close();
  });
  const analyze = (body: object) =>
    request(t.app).post('/cases/analyze').set('Authorization', `Bearer ${t.keys.clinician}`).send(body);

  it.skipIf(skip)(
    'with no model configured, the rules engine answers and says so; the emergency is escalated and audited',
    async () => {
      const res = await analyze({
        patient: 'Patient/rules-1',
        budgetMs: 20_000,
        answers: { consciousness: 'A', supplementalOxygen: false },
      });
      expect(res.status).toBe(200);
      const analysis = caseAnalysisSchema.parse(res.body);
      expect(analysis.provenance).toMatchObject({ engine: 'rules', promptVersion: 'rules/1', fallbacks: [] });
      expect(analysis.provenance.note).toMatch(/No language model is configured/);
      expect(analysis.escalation.level).toBe('emergency');
      expect(analysis.triage).toBe('urgent');
      expect(analysis.riskScores.find((s) => s.calculatorId === 'news2')!.total).toBeGreaterThanOrEqual(7);
      expect(analysis.disclaimers.length).toBeGreaterThan(0);
      expect(analysis.differentials.map((d) => d.code?.code)).toContain('91302008');
      expect(analysis.provenance.retrievedChunks.length).toBeGreaterThan(0);
      const sepsis = analysis.differentials.find((d) => d.condition === 'Sepsis')!;
      expect(sepsis.citations).toContainEqual({ kind: 'guideline', chunkId: expect.stringMatching(/^gch-/) });
      const record = await readEscalationRecord(
        t.db,
        t.services.caseAnalysis.encryptionKey,
        t.tenantId,
        analysis.escalationRecordId!,
      );
      expect(record).toMatchObject({ level: 'emergency', payload: { patient: 'Patient/rules-1', engine: 'rules' } });
      const { rows } = await t.db.query<{ payload_ciphertext: string }>(
        'SELECT payload_ciphertext FROM escalation_record WHERE id = $1',
        [analysis.escalationRecordId],
      );
      expect(rows[0]!.payload_ciphertext).not.toContain('rules-1');
      const audit = await request(t.app)
        .get('/fhir/AuditEvent?patient=Patient/rules-1&action=E')
        .set('Authorization', `Bearer ${t.keys.auditor}`);
      const events = audit.body.entry.map((e: any) => e.resource);
      expect(events.map((e: any) => e.subtype[1].code).sort()).toEqual(['case-analyze', 'case-analyze-request']);
      const byJob = events.find((e: any) => e.subtype[1].code === 'case-analyze');
      expect(byJob.agent[0].who.identifier.value).toBe('system:job:case-analysis');
      expect(JSON.stringify(byJob.entity)).toContain(analysis.escalationRecordId);
    },
  );

  it.skipIf(skip)(
    'with the tenant on a model, the model answers: provenance names it, the prompt version and no removals',
    async () => {
      await setTenantLlmConfig(t.db, t.services.caseAnalysis.encryptionKey, t.tenantId, {
        baseUrl: model.baseUrl,
        apiKey: 'sk-test-secret',
        models: [{ model: 'sepsis-lora', baseModel: 'llama-3.1-8b' }],
        timeoutMs: 5000,
      });
      const res = await analyze({ patient: 'llm-1', question: 'Could this be sepsis?', budgetMs: 20_000 });
      expect(res.status).toBe(200);
      const analysis = caseAnalysisSchema.parse(res.body);
      expect(analysis.provenance).toMatchObject({
        engine: 'llm',
        model: 'llama-3.1-8b',
        adapter: 'sepsis-lora',
        promptVersion: 'case-analysis/1',
        removals: { dosing: 0, uncited: 0, fabricatedCitations: 0 },
      });
      expect(analysis.provenance.endpoint).toBe(new URL(model.baseUrl).origin);
      expect(analysis.differentials[0]!.condition).toBe('Sepsis');
      const sent = model.chats.at(-1)!;
      expect(sent.messages[0]!.role).toBe('system');
      expect(sent.messages[0]!.content).toMatch(/SAFETY POLICY/);
      expect(sent.messages[0]!.content).not.toContain('llm-1');
      expect(sent.messages.at(-1)!.content).toMatch(
        /PATIENT DATA[\s\S]*Observation\/llm-1-lac[\s\S]*QUESTION[\s\S]*Could this be sepsis\?/,
      );
      const { rows } = await t.db.query<{ api_key_ciphertext: string }>(
        'SELECT api_key_ciphertext FROM tenant_llm_config WHERE tenant_id = $1',
        [t.tenantId],
      );
      expect(rows[0]!.api_key_ciphertext).not.toContain('sk-test-secret');
    },
  );

  it.skipIf(skip)('drops a fabricated citation, counts it, and escalates the low confidence', async () => {
    modelScript = () => ({
      ...citedDraft('llm-1'),
      differentials: [
        {
          ...citedDraft('llm-1').differentials[0]!,
          citations: [{ kind: 'patient-fact', reference: 'Observation/made-up' }],
        },
      ],
      escalation: { level: 'routine', advice: 'Routine review.' },
    });
    const analysis = caseAnalysisSchema.parse(
      (await analyze({ patient: 'llm-1', question: 'fabricated', budgetMs: 20_000 })).body,
    );
    expect(analysis.differentials).toEqual([]);
    expect(analysis.provenance.removals.fabricatedCitations).toBe(1);
    expect(analysis.escalation.level).toBe('emergency');
    expect(analysis.escalationRecordId).toBeDefined();
    modelScript = () => citedDraft('llm-1');
  });

  it.skipIf(skip)(
    'when every model fails, the rules engine answers, names the fallbacks, and the analysis goes to review',
    async () => {
      await setTenantLlmConfig(t.db, t.services.caseAnalysis.encryptionKey, t.tenantId, {
        baseUrl: 'http://127.0.0.1:9/v1',
        models: [{ model: 'down-a' }, { model: 'down-b' }],
        timeoutMs: 500,
      });
      const analysis = caseAnalysisSchema.parse(
        (await analyze({ patient: 'llm-1', question: 'down', budgetMs: 20_000 })).body,
      );
      expect(analysis.provenance.engine).toBe('rules');
      expect(analysis.provenance.fallbacks).toEqual([
        { model: 'down-a', reason: 'connection' },
        { model: 'down-b', reason: 'connection' },
      ]);
      expect(analysis.provenance.note).toMatch(/Every configured language model failed/);
      const record = await readEscalationRecord(
        t.db,
        t.services.caseAnalysis.encryptionKey,
        t.tenantId,
        analysis.escalationRecordId!,
      );
      expect(record!.payload.reasons).toContain('every configured model failed; the rules engine answered');
      await setTenantLlmConfig(t.db, t.services.caseAnalysis.encryptionKey, t.tenantId, {
        baseUrl: model.baseUrl,
        models: [{ model: 'sepsis-lora', baseModel: 'llama-3.1-8b' }],
        timeoutMs: 5000,
      });
    },
  );

  it.skipIf(skip)('drops an uncited claim and a dosing sentence from the model, and counts both', async () => {
    const draft = citedDraft('llm-1');
    modelScript = () => ({
      ...draft,
      caseSummary: `${draft.caseSummary} Give ceftriaxone 2 g IV now.`,
      redFlags: [...draft.redFlags, { ...draft.redFlags[0]!, finding: 'Uncited worry', citations: [] }],
    });
    const analysis = caseAnalysisSchema.parse(
      (await analyze({ patient: 'llm-1', question: 'uncited', budgetMs: 20_000 })).body,
    );
    expect(analysis.provenance.removals).toEqual({
      dosing: 1,
      uncited: 1,
      fabricatedCitations: 0,
      irrelevantCitations: 0,
    });
    // The model's cited flag stays; the uncited one goes; the clinical floor adds the flags the model left out.
    const findings = analysis.redFlags.map((f) => f.finding);
    expect(findings[0]).toBe('Systolic blood pressure 88 mmHg');
    expect(findings).not.toContain('Uncited worry');
    expect(findings).toContain('Lactate 4.5 mmol/L (at or above 4)');
    expect(analysis.caseSummary).not.toMatch(/ceftriaxone|2 g/);
    modelScript = () => citedDraft('llm-1');
  });

  it.skipIf(skip)(
    'with budget 0 answers 202 with a job; the job completes and its events stream to the end',
    async () => {
      const res = await analyze({ patient: 'async-1', budgetMs: 0, question: 'async' });
      expect(res.status).toBe(202);
      expect(res.headers.location).toBe(`/jobs/${res.body.jobId}`);
      const events = await request(t.app)
        .get(`/jobs/${res.body.jobId}/events`)
        .set('Authorization', `Bearer ${t.keys.clinician}`)
        .buffer(true)
        .parse((r, cb) => {
          let text = '';
          r.on('data', (c: Buffer) => (text += c.toString()));
          r.on('end', () => cb(null, text));
        });
      expect(events.headers['content-type']).toMatch(/text\/event-stream/);
      const names = [...(events.body as string).matchAll(/^event: (\w+)$/gm)].map((m) => m[1]);
      expect(names.at(-1)).toBe('completed');
      const job = jobSchema.parse(
        (await request(t.app).get(`/jobs/${res.body.jobId}`).set('Authorization', `Bearer ${t.keys.clinician}`)).body,
      );
      expect(job).toMatchObject({ status: 'completed', attempts: 1, progress: { step: 'done', percent: 100 } });
      expect(job.result?.patient).toBe('Patient/async-1');
      const audit = await request(t.app)
        .get('/fhir/AuditEvent?patient=Patient/async-1&action=R')
        .set('Authorization', `Bearer ${t.keys.auditor}`);
      expect(audit.body.entry.map((e: any) => e.resource.subtype[1].code)).toContain('job-read');
    },
  );

  it.skipIf(skip)(
    'refuses bad requests at once: unknown patient 404, bad body 400, unknown or foreign job 404, no key 401',
    async () => {
      expect((await analyze({ patient: 'Patient/nobody' })).status).toBe(404);
      expect((await analyze({ patient: 'Patient/x', bundle: {} })).status).toBe(400);
      expect(
        (await analyze({ patient: 'Patient/rules-1', budgetMs: 'soon' })).body.issue[0].details.coding[0].code,
      ).toBe('validation-failed');
      expect(
        (await request(t.app).get('/jobs/not-a-uuid').set('Authorization', `Bearer ${t.keys.clinician}`)).status,
      ).toBe(400);
      expect(
        (
          await request(t.app)
            .get('/jobs/6f1c1a8e-2d7e-4a43-9d55-5b0f1c9a2b11')
            .set('Authorization', `Bearer ${t.keys.clinician}`)
        ).status,
      ).toBe(404);
      expect((await request(t.app).post('/cases/analyze').send({ patient: 'rules-1' })).status).toBe(401);
      expect(
        (
          await request(t.app)
            .post('/cases/analyze')
            .set('Authorization', `Bearer ${t.keys.auditor}`)
            .send({ patient: 'rules-1' })
        ).status,
      ).toBe(403);
    },
  );
});
