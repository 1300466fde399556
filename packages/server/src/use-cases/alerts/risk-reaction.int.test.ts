import { hl7Timestamp } from '@meridian/fhir-adapter';
import { Meridian, type Alert } from '@meridian/sdk';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNWELL, vitalSignsOru, WELL } from '../../../../fhir-adapter/src/hl7v2/testing/vital-signs-oru.js';
import { validateR4 } from '../../../../fhir-adapter/src/testing/validate.js';
import { msaOf, startHl7Harness, type Hl7Harness } from '../hl7-ingest/testing/hl7-harness.js';
import { listen } from '../../testing/listen.js';
import { DB_KINDS } from '../../testing/test-databases.js';

const now = () => hl7Timestamp(new Date(Date.now() - 60_000));
const MEDIUM = { ...WELL, respiratoryRate: 22, heartRate: 112, temperature: 38.5 };

describe.each(DB_KINDS)('risk re-scored as HL7 data arrives, alerts raised on $kind', ({ kind, skip }) => {
  let h: Hl7Harness;
  let sdk: Meridian;
  let close: () => Promise<void>;
  let patient = '';

  beforeAll(async () => {
    if (skip) return;
    h = await startHl7Harness(kind, { react: true });
    const server = await listen(h.t.app);
    close = server.close;
    sdk = new Meridian({ baseUrl: server.baseUrl, apiKey: h.t.keys.clinician, maxRetries: 0 });
  });
  afterAll(async () => {
    await close?.();
    await h?.dispose();
  });

  it.skipIf(skip)('re-scores a well patient after the commit and raises nothing', async () => {
    const [ack] = await (
      await h.connect()
    ).request(vitalSignsOru({ mrn: 'RX-1', controlId: 'RX-1-1', time: now(), values: WELL }));
    expect(msaOf(ack!).code).toBe('AA');
    await h.reactor!.idle();
    patient = `Patient/${(await sdk.fhir.search('Patient', { identifier: 'RX-1' })).resources[0]!.id}`;
    const assessments = (await sdk.fhir.search('RiskAssessment', { patient })).resources;
    expect(
      assessments.map((r) => (r as unknown as { method: { coding: { code: string }[] } }).method.coding[0]!.code),
    ).toContain('news2');
    expect(await sdk.alerts.list()).toEqual([]);
  });

  it.skipIf(skip)(
    'raises alerts when NEWS2 rises to medium, then to 7+ with qSOFA 2+, each with a valid DetectedIssue, streamed live',
    async () => {
      const controller = new AbortController();
      const streamed: Alert[] = [];
      const consumer = (async () => {
        for await (const alert of sdk.alerts.stream({ signal: controller.signal })) {
          streamed.push(alert);
          if (streamed.length === 3) controller.abort();
        }
      })();
      await new Promise((r) => setTimeout(r, 300));
      const client = await h.connect();
      await client.request(vitalSignsOru({ mrn: 'RX-1', controlId: 'RX-1-2', time: now(), values: MEDIUM }));
      await h.reactor!.idle();
      await client.request(vitalSignsOru({ mrn: 'RX-1', controlId: 'RX-1-3', time: now(), values: UNWELL }));
      await h.reactor!.idle();
      await consumer;
      expect(streamed.map((a) => a.rule)).toEqual(['news2-medium', 'news2-high', 'qsofa-positive']);
      const listed = await sdk.alerts.list({ patient });
      expect(listed.map((a) => [a.rule, a.severity, a.band, a.previousBand])).toEqual([
        ['qsofa-positive', 'high', 'positive', 'negative'],
        ['news2-high', 'high', 'high', 'medium'],
        ['news2-medium', 'moderate', 'medium', 'low-zero'],
      ]);
      const high = listed.find((a) => a.rule === 'news2-high')!;
      expect(high).toMatchObject({ patient, total: 17, triggeredBy: expect.stringMatching(/^hl7m-/) });
      const issue = await sdk.fhir.read('DetectedIssue', high.detectedIssue.split('/')[1]!);
      expect(issue).toMatchObject({
        severity: 'high',
        patient: { reference: patient },
        code: { coding: [{ code: 'news2-high' }] },
      });
      const { meta: _meta, ...resource } = issue as Record<string, unknown>;
      expect(validateR4(resource).valid).toBe(true);
      expect(JSON.stringify(issue)).toContain(high.riskAssessment!);
    },
  );

  it.skipIf(skip)('does not alert again while the level stays, and does after it falls and rises again', async () => {
    const client = await h.connect();
    await client.request(
      vitalSignsOru({ mrn: 'RX-1', controlId: 'RX-1-4', time: now(), values: { ...UNWELL, heartRate: 130 } }),
    );
    await h.reactor!.idle();
    expect(await sdk.alerts.list({ patient })).toHaveLength(3);
    await client.request(vitalSignsOru({ mrn: 'RX-1', controlId: 'RX-1-5', time: now(), values: WELL }));
    await h.reactor!.idle();
    await client.request(vitalSignsOru({ mrn: 'RX-1', controlId: 'RX-1-6', time: now(), values: UNWELL }));
    await h.reactor!.idle();
    expect((await sdk.alerts.list({ patient, _count: 2 })).map((a) => [a.rule, a.previousBand])).toEqual([
      ['qsofa-positive', 'negative'],
      ['news2-high', 'low-zero'],
    ]);
  });

  it.skipIf(skip)(
    'audits the re-scoring under the system principal and every alert read; the chain stays whole',
    async () => {
      const audit = await request(h.t.app)
        .get(`/fhir/AuditEvent?patient=${patient}&_count=200`)
        .set('Authorization', `Bearer ${h.t.keys.auditor}`);
      const events = audit.body.entry.map((e: { resource: unknown }) => e.resource) as {
        subtype: { code: string }[];
        agent: { who: { identifier: { value: string } } }[];
      }[];
      const rescores = events.filter((e) => e.subtype.some((s) => s.code === 'risk-rescore'));
      expect(rescores.length).toBeGreaterThanOrEqual(6);
      expect(rescores[0]!.agent[0]!.who.identifier.value).toBe('system:risk-rescore');
      expect(events.filter((e) => e.subtype.some((s) => s.code === 'alerts')).length).toBeGreaterThan(0);
      expect(
        (await request(h.t.app).get('/audit/verify').set('Authorization', `Bearer ${h.t.keys.auditor}`)).body.valid,
      ).toBe(true);
    },
  );

  it.skipIf(skip)(
    'a burst of results for one patient over several connections: no more re-scorings than messages, the last sees the last',
    async () => {
      const clients = await Promise.all([h.connect(), h.connect(), h.connect(), h.connect()]);
      const base = Date.now() - 30 * 60_000;
      // 20 results a minute apart, sent four at a time; the last one is the newest and the worst.
      const values = (i: number) => (i === 19 ? UNWELL : { ...WELL, heartRate: 70 + i });
      for (let round = 0; round < 5; round++)
        await Promise.all(
          clients.map(async (client, c) => {
            const i = round * 4 + c;
            const [ack] = await client.request(
              vitalSignsOru({
                mrn: 'BURST-1',
                controlId: `BURST-1-${i}`,
                order: `ORD-BURST-${i}`,
                time: hl7Timestamp(new Date(base + i * 60_000)),
                values: values(i),
              }),
            );
            expect(msaOf(ack!).code).toBe('AA');
          }),
        );
      await h.reactor!.idle();
      const burst = `Patient/${(await sdk.fhir.search('Patient', { identifier: 'BURST-1' })).resources[0]!.id}`;
      const { rows } = await h.t.db.query<{ n: string | number }>(
        `SELECT count(*) AS n FROM audit_event WHERE $1 = ANY(patient_refs) AND resource->'subtype' @> '[{"code":"risk-rescore"}]'`,
        [burst],
      );
      expect(Number(rows[0]!.n)).toBeGreaterThan(0);
      expect(Number(rows[0]!.n)).toBeLessThanOrEqual(20);
      // The newest re-scoring saw the newest result: NEWS2 of the unwell vital signs, in the highest band.
      const { rows: latest } = await h.t.db.query<{
        resource: { prediction: { qualitativeRisk: { coding: { code: string }[] } }[] };
      }>(
        `SELECT resource FROM fhir_resource WHERE tenant_id = $1 AND patient_ref = $2 AND resource_type = 'RiskAssessment'
           AND is_current AND resource->'method'->'coding'->0->>'code' = 'news2'
         ORDER BY effective_at DESC, last_updated DESC LIMIT 1`,
        [h.t.tenantId, burst],
      );
      expect(latest[0]!.resource.prediction[0]!.qualitativeRisk.coding[0]!.code).toBe('high');
    },
  );

  it.skipIf(skip)('refuses bad alert queries and auditors', async () => {
    for (const query of ['_count=0', 'patient=Observation/1', 'before=x', 'x=1']) {
      expect(
        (await request(h.t.app).get(`/alerts?${query}`).set('Authorization', `Bearer ${h.t.keys.clinician}`)).status,
      ).toBe(400);
    }
    expect(
      (
        await request(h.t.app)
          .get('/alerts/stream')
          .set('Authorization', `Bearer ${h.t.keys.clinician}`)
          .set('Last-Event-ID', 'abc')
      ).status,
    ).toBe(400);
    expect((await request(h.t.app).get('/alerts').set('Authorization', `Bearer ${h.t.keys.auditor}`)).status).toBe(403);
  });
});
