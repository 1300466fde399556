import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Meridian, PermissionDeniedError, NotFoundError } from '@meridian/sdk';
import { acutePatientBundle, citedDraft } from '../../../use-cases/case-analysis/testing/case-fixtures.js';
import { caseAnalysisHandler } from '../../workers/case-analysis-worker.js';
import { startFakeModelServer, type FakeModelServer } from '../../../platform/llm/testing/fake-model-server.js';
import { listen } from '../../../testing/listen.js';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

describe.each(DB_KINDS)('model endpoints and escalations on $kind', ({ kind, skip }) => {
  let t: TestApp;
  let model: FakeModelServer;
  let server: Awaited<ReturnType<typeof listen>>;
  const client = (key: string) => new Meridian({ baseUrl: server.baseUrl, apiKey: key, maxRetries: 0 });
  beforeAll(async () => {
    if (skip) return;
    model = await startFakeModelServer(() => ({ content: citedDraft('adm-1') }));
    t = await createTestApp(kind, 'clinic-case-admin');
    expect(
      (
        await request(t.app)
          .post('/fhir')
          .set('Authorization', `Bearer ${t.keys.integration}`)
          .send(acutePatientBundle('adm-1', new Date().toISOString()))
      ).status,
    ).toBe(200);
    await t.services.jobs.work(caseAnalysisHandler(t.services));
    server = await listen(t.app);
  });
  afterAll(async () => {
    await server?.close();
    await t?.services.jobs.stop();
    await t?.dispose();
    await model?.close();
  });

  it.skipIf(skip)(
    'a tenant admin sets its model cascade through the SDK; the key is stored encrypted and never shown',
    async () => {
      const admin = client(t.keys.admin);
      expect(await admin.modelEndpoints.get(t.tenantId)).toEqual({ source: 'default', models: [], hasApiKey: false });
      const set = await admin.modelEndpoints.set(t.tenantId, {
        baseUrl: model.baseUrl,
        apiKey: 'sk-tenant-secret',
        models: [{ model: 'lora-x', baseModel: 'base-y' }, { model: 'base-y' }],
      });
      expect(set).toEqual({
        source: 'tenant',
        baseUrl: model.baseUrl,
        models: [{ model: 'lora-x', baseModel: 'base-y' }, { model: 'base-y' }],
        hasApiKey: true,
      });
      expect(JSON.stringify(await admin.modelEndpoints.get(t.tenantId))).not.toContain('sk-tenant-secret');
      const analysis = await client(t.keys.clinician).cases.analyze({ patient: 'adm-1', budgetMs: 20_000 });
      expect(analysis.provenance).toMatchObject({ engine: 'llm', model: 'base-y', adapter: 'lora-x' });
      expect(await admin.modelEndpoints.set(t.tenantId, { engine: 'rules' })).toEqual({
        source: 'rules',
        models: [],
        hasApiKey: false,
      });
      expect(
        (await client(t.keys.clinician).cases.analyze({ patient: 'adm-1', question: 'again', budgetMs: 20_000 }))
          .provenance.engine,
      ).toBe('rules');
    },
  );

  it.skipIf(skip)('refuses other tenants, unknown tenants and bad bodies', async () => {
    await expect(client(t.keys.admin).modelEndpoints.get('platform')).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(client(t.keys.clinician).modelEndpoints.get(t.tenantId)).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(client(t.keys.operator).modelEndpoints.get('no-such-tenant')).rejects.toBeInstanceOf(NotFoundError);
    const bad = await request(t.app)
      .put(`/admin/tenants/${t.tenantId}/model-endpoint`)
      .set('Authorization', `Bearer ${t.keys.admin}`)
      .send({ baseUrl: 'not a url', models: [] });
    expect(bad.status).toBe(400);
    await expect(
      client(t.keys.admin).modelEndpoints.set(t.tenantId, { baseUrl: 'http://x', models: [] } as never),
    ).rejects.toThrow();
  });

  it.skipIf(skip)('lists open escalation records for review, decrypted, and audits the read', async () => {
    const { escalations } = await client(t.keys.clinician).escalations.list();
    expect(escalations.length).toBeGreaterThanOrEqual(2);
    expect(escalations[0]).toMatchObject({ patient: 'Patient/adm-1', status: 'open' });
    expect(escalations.every((e) => ['urgent', 'emergency', 'low-confidence'].includes(e.level))).toBe(true);
    const audit = await request(t.app)
      .get('/fhir/AuditEvent?patient=Patient/adm-1&action=R')
      .set('Authorization', `Bearer ${t.keys.auditor}`);
    expect(audit.body.entry.length).toBeGreaterThanOrEqual(1);
    await expect(client(t.keys.integration).escalations.list()).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it.skipIf(skip)(
    'a clinician acknowledges an escalation: who, when, the note encrypted at rest; idempotent; audited; listed by acknowledgement',
    async () => {
      const clinician = client(t.keys.clinician);
      const [open] = (await clinician.escalations.list()).escalations;
      const acked = await clinician.escalations.acknowledge(open!.id, {
        note: 'Seen at the bedside; registrar informed.',
      });
      expect(acked).toMatchObject({
        id: open!.id,
        status: 'acknowledged',
        acknowledgement: { by: `api-key:${t.keyIds.clinician}`, note: 'Seen at the bedside; registrar informed.' },
      });
      expect(Date.now() - Date.parse(acked.acknowledgement!.at)).toBeLessThan(60_000);
      // Again (a retried click): the first acknowledgement stands.
      expect(await clinician.escalations.acknowledge(open!.id, { note: 'a second note' })).toEqual(acked);
      expect((await clinician.escalations.list()).escalations.map((e) => e.id)).not.toContain(open!.id);
      expect(
        (await clinician.escalations.list({ acknowledged: true })).escalations.find((e) => e.id === open!.id),
      ).toEqual(acked);

      const { rows } = await t.db.query<{ ack_note_ciphertext: string }>(
        'SELECT ack_note_ciphertext FROM escalation_record WHERE id = $1',
        [open!.id],
      );
      expect(rows[0]!.ack_note_ciphertext).not.toContain('bedside');
      const audited = await t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_event WHERE tenant_id = $1 AND resource::text LIKE '%escalation-acknowledge%' AND resource::text LIKE $2`,
        [t.tenantId, `%${open!.id}%`],
      );
      expect(audited.rows[0]!.n).toBe(2);
    },
  );

  it.skipIf(skip)(
    'acknowledging: clinicians only, an unknown record is a 404, bad ids and notes are 400s, each an OperationOutcome',
    async () => {
      const [open] = (await client(t.keys.clinician).escalations.list()).escalations;
      await expect(client(t.keys.admin).escalations.acknowledge(open!.id)).rejects.toBeInstanceOf(
        PermissionDeniedError,
      );
      await expect(client(t.keys.integration).escalations.acknowledge(open!.id)).rejects.toBeInstanceOf(
        PermissionDeniedError,
      );
      await expect(
        client(t.keys.clinician).escalations.acknowledge('esc-6f1c1a8e-2d7e-4a43-9d55-5b0f1c9a2b11'),
      ).rejects.toBeInstanceOf(NotFoundError);
      const post = (id: string, body: unknown) =>
        request(t.app)
          .post(`/escalations/${id}/acknowledge`)
          .set('Authorization', `Bearer ${t.keys.clinician}`)
          .send(body as object);
      for (const [id, body] of [
        ['not-an-id', {}],
        [open!.id, { note: 'x'.repeat(2001) }],
        [open!.id, { note: 3 }],
        [open!.id, { by: 'someone else' }],
      ] as const) {
        const res = await post(id, body);
        expect(res.status, JSON.stringify(body).slice(0, 40)).toBe(400);
        expect(res.body.resourceType).toBe('OperationOutcome');
      }
      const badFilter = await request(t.app)
        .get('/escalations?acknowledged=maybe')
        .set('Authorization', `Bearer ${t.keys.clinician}`);
      expect(badFilter.status).toBe(400);
      expect(
        (await client(t.keys.clinician).escalations.list()).escalations.find((e) => e.id === open!.id)?.status,
      ).toBe('open');
    },
  );
});
