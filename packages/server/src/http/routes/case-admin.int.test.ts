import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Meridian, PermissionDeniedError, NotFoundError } from '@meridian/sdk';
import { acutePatientBundle, citedDraft } from '../../case-analysis/testing/case-fixtures.js';
import { caseAnalysisHandler } from '../../jobs/case-analysis-worker.js';
import { startFakeModelServer, type FakeModelServer } from '../../llm/testing/fake-model-server.js';
import { listen } from '../../testing/listen.js';
import { DB_KINDS } from '../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

describe.each(DB_KINDS)('model endpoints and escalations on $kind', ({ kind, skip }) => {
  let t: TestApp;
  let model: FakeModelServer;
  let server: Awaited<ReturnType<typeof listen>>;
  const client = (key: string) => new Meridian({ baseUrl: server.baseUrl, apiKey: key, maxRetries: 0 });
  beforeAll(async () => {
    if (skip) return;
    model = await startFakeModelServer(() => ({ content: citedDraft('adm-1') }));
    t = await createTestApp(kind, 'clinic-case-admin');
    expect((await request(t.app).post('/fhir').set('Authorization', `Bearer ${t.keys.integration}`).send(acutePatientBundle('adm-1', new Date().toISOString()))).status).toBe(200);
    await t.services.jobs.work(caseAnalysisHandler(t.services));
    server = await listen(t.app);
  });
  afterAll(async () => {
    await server?.close();
    await t?.services.jobs.stop();
    await t?.dispose();
    await model?.close();
  });

  it.skipIf(skip)('a tenant admin sets its model cascade through the SDK; the key is stored encrypted and never shown', async () => {
    const admin = client(t.keys.admin);
    expect(await admin.modelEndpoints.get(t.tenantId)).toEqual({ source: 'default', models: [], hasApiKey: false });
    const set = await admin.modelEndpoints.set(t.tenantId, { baseUrl: model.baseUrl, apiKey: 'sk-tenant-secret', models: [{ model: 'lora-x', baseModel: 'base-y' }, { model: 'base-y' }] });
    expect(set).toEqual({ source: 'tenant', baseUrl: model.baseUrl, models: [{ model: 'lora-x', baseModel: 'base-y' }, { model: 'base-y' }], hasApiKey: true });
    expect(JSON.stringify(await admin.modelEndpoints.get(t.tenantId))).not.toContain('sk-tenant-secret');
    const analysis = await client(t.keys.clinician).cases.analyze({ patient: 'adm-1', budgetMs: 20_000 });
    expect(analysis.provenance).toMatchObject({ engine: 'llm', model: 'base-y', adapter: 'lora-x' });
    expect(await admin.modelEndpoints.set(t.tenantId, { engine: 'rules' })).toEqual({ source: 'rules', models: [], hasApiKey: false });
    expect((await client(t.keys.clinician).cases.analyze({ patient: 'adm-1', question: 'again', budgetMs: 20_000 })).provenance.engine).toBe('rules');
  });

  it.skipIf(skip)('refuses other tenants, unknown tenants and bad bodies', async () => {
    await expect(client(t.keys.admin).modelEndpoints.get('platform')).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(client(t.keys.clinician).modelEndpoints.get(t.tenantId)).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(client(t.keys.operator).modelEndpoints.get('no-such-tenant')).rejects.toBeInstanceOf(NotFoundError);
    const bad = await request(t.app).put(`/admin/tenants/${t.tenantId}/model-endpoint`).set('Authorization', `Bearer ${t.keys.admin}`).send({ baseUrl: 'not a url', models: [] });
    expect(bad.status).toBe(400);
    await expect(client(t.keys.admin).modelEndpoints.set(t.tenantId, { baseUrl: 'http://x', models: [] } as never)).rejects.toThrow();
  });

  it.skipIf(skip)('lists open escalation records for review, decrypted, and audits the read', async () => {
    const { escalations } = await client(t.keys.clinician).escalations.list();
    expect(escalations.length).toBeGreaterThanOrEqual(2);
    expect(escalations[0]).toMatchObject({ patient: 'Patient/adm-1', status: 'open' });
    expect(escalations.every((e) => ['urgent', 'emergency', 'low-confidence'].includes(e.level))).toBe(true);
    const audit = await request(t.app).get('/fhir/AuditEvent?patient=Patient/adm-1&action=R').set('Authorization', `Bearer ${t.keys.auditor}`);
    expect(audit.body.entry.length).toBeGreaterThanOrEqual(1);
    await expect(client(t.keys.integration).escalations.list()).rejects.toBeInstanceOf(PermissionDeniedError);
  });
});
