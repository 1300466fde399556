import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { riskAssessResponseSchema } from '@meridian/sdk';
import { validateR4 } from '../../../../../fhir-adapter/src/testing/validate.js';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { readFixture } from '@meridian/fixtures';

const at = '2026-06-01T12:00:00Z';
const vital = (id: string, code: string, value: number, unit: string, patient = 'Patient/acute-1') => ({
  resource: {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: [
      { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs' }] },
    ],
    subject: { reference: patient },
    effectiveDateTime: '2026-06-01T11:30:00Z',
    code: { coding: [{ system: 'http://loinc.org', code }] },
    valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit },
  },
  request: { method: 'PUT', url: `Observation/${id}` },
});
/** A deteriorating patient with a full, fresh set of NEWS2 observations. */
const acutePatient = {
  resourceType: 'Bundle',
  type: 'transaction',
  entry: [
    {
      resource: { resourceType: 'Patient', id: 'acute-1', gender: 'male', birthDate: '1950-03-01' },
      request: { method: 'PUT', url: 'Patient/acute-1' },
    },
    vital('rr', '9279-1', 26, '/min'),
    vital('spo2', '59408-5', 91, '%'),
    vital('sbp', '8480-6', 95, 'mm[Hg]'),
    vital('hr', '8867-4', 125, '/min'),
    vital('temp', '8310-5', 101.3, '[degF]'),
  ],
};

describe.each(DB_KINDS)('POST /risk/assess on $kind', ({ kind, skip }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestApp(kind, 'clinic-risk');
    const load = (b: unknown) =>
      request(t.app)
        .post('/fhir')
        .set('Authorization', `Bearer ${t.keys.integration}`)
        .send(b as object);
    expect((await load(acutePatient)).status).toBe(200);
    expect((await load(readFixture('inferno-reference-server-data/uscore_bundle_patient_355.json'))).status).toBe(200);
  });
  afterAll(async () => t?.dispose());
  const assess = (body: unknown) =>
    request(t.app)
      .post('/risk/assess')
      .set('Authorization', `Bearer ${t.keys.clinician}`)
      .send(body as object);

  it.skipIf(skip)(
    'scores a stored patient, emits valid RiskAssessments citing their basis, and stores them',
    async () => {
      const res = await assess({
        patient: 'Patient/acute-1',
        calculators: ['news2', 'qsofa'],
        referenceTime: at,
        answers: { consciousness: 'A', supplementalOxygen: false, alteredMentation: false },
      });
      expect(res.status).toBe(200);
      const body = riskAssessResponseSchema.parse(res.body);
      expect(body).toMatchObject({ patient: 'Patient/acute-1', engine: 'deterministic', cached: false });
      const news2 = body.results.find((r) => r.calculatorId === 'news2')!;
      // RR 26 → 3, SpO2 91 (scale 1) → 3, SBP 95 → 2, HR 125 → 2, 38.5 °C → 1, alert → 0, air → 0.
      expect(news2.missing).toEqual([]);
      expect(news2.total).toBe(11);
      expect(news2.interpretations[0]!.band!.id).toBe('high');
      expect(body.results.find((r) => r.calculatorId === 'qsofa')!.total).toBe(2);
      const ra = body.riskAssessments.find((r: any) => r.method.coding[0].code === 'news2') as any;
      expect(ra.prediction[0].qualitativeRisk.coding[0].code).toBe('high');
      expect(ra.basis.map((b: any) => b.reference).sort()).toEqual([
        'Observation/hr',
        'Observation/rr',
        'Observation/sbp',
        'Observation/spo2',
        'Observation/temp',
      ]);
      for (const resource of body.riskAssessments) expect(validateR4(resource)).toMatchObject({ valid: true });
      const stored = await request(t.app)
        .get(`/fhir/RiskAssessment/${ra.id}`)
        .set('Authorization', `Bearer ${t.keys.clinician}`);
      expect(stored.status).toBe(200);
    },
  );

  it.skipIf(skip)('answers identical inputs from the cache, and still audits the access', async () => {
    const body = {
      patient: 'Patient/acute-1',
      calculators: ['news2'],
      referenceTime: at,
      answers: { consciousness: 'A', supplementalOxygen: false },
    };
    const first = riskAssessResponseSchema.parse((await assess(body)).body);
    const again = riskAssessResponseSchema.parse(
      (await assess({ ...body, referenceTime: '2026-06-01T12:01:00Z' })).body,
    );
    expect(again.cached).toBe(true);
    expect(again.riskAssessments.map((r) => r.id)).toEqual(first.riskAssessments.map((r) => r.id));
    const changed = riskAssessResponseSchema.parse(
      (await assess({ ...body, answers: { ...body.answers, consciousness: 'C' } })).body,
    );
    expect(changed.cached).toBe(false);
    expect(changed.results[0]!.total).toBe(14);
    const audit = await request(t.app)
      .get('/fhir/AuditEvent?patient=Patient/acute-1&action=E&_count=3')
      .set('Authorization', `Bearer ${t.keys.auditor}`);
    expect(audit.body.entry).toHaveLength(3);
    expect(audit.body.entry[1].resource.subtype[1]).toMatchObject({ code: 'risk-assess' });
  });

  it.skipIf(skip)(
    'scores a Bundle sent inline, excluding and reporting absurd values rather than scoring them',
    async () => {
      const bundle = {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [
          { resource: { resourceType: 'Patient', id: 'absurd', birthDate: '1960-01-01' } },
          ...[
            vital('a-hr', '8867-4', -20, '/min', 'Patient/absurd'),
            vital('a-spo2', '59408-5', 140, '%', 'Patient/absurd'),
            vital('a-t', '8310-5', 310, 'K', 'Patient/absurd'),
            vital('a-rr', '9279-1', 18, '/min', 'Patient/absurd'),
          ].map(({ resource }) => ({ resource })),
        ],
      };
      const res = await assess({ bundle, calculators: ['news2'], referenceTime: at });
      expect(res.status).toBe(200);
      const body = riskAssessResponseSchema.parse(res.body);
      const news2 = body.results[0]!;
      expect(news2.status).toBe('incomplete');
      expect(news2.missing).toEqual(expect.arrayContaining(['heartRate', 'oxygenSaturation', 'temperature']));
      expect(news2.inputs.find((i) => i.name === 'respiratoryRate')).toMatchObject({ status: 'used', value: 18 });
      const excluded = body.issues.filter((i) =>
        ['Observation/a-hr', 'Observation/a-spo2', 'Observation/a-t'].includes(i.source),
      );
      expect(excluded.map((i) => i.code).sort()).toEqual(['implausible-value', 'implausible-value', 'unknown-unit']);
    },
  );

  it.skipIf(skip)(
    'reports duplicate ids and wrongly typed values in an inline Bundle, and scores the rest',
    async () => {
      const rr = vital('d-rr', '9279-1', 18, '/min', 'Patient/dup').resource;
      const bundle = {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [
          { resource: { resourceType: 'Patient', id: 'dup', birthDate: '1960-01-01' } },
          { resource: rr },
          {
            resource: {
              ...rr,
              valueQuantity: { value: 22, unit: '/min', system: 'http://unitsofmeasure.org', code: '/min' },
            },
          },
          { resource: { ...vital('d-hr', '8867-4', 80, '/min', 'Patient/dup').resource, valueQuantity: 'eighty' } },
          { resource: { resourceType: 'Observation', id: 'd-bad', subject: 'Patient/dup', code: 42 } },
        ],
      };
      const res = await assess({ bundle, calculators: ['news2'], referenceTime: at });
      expect(res.status).toBe(200);
      const body = riskAssessResponseSchema.parse(res.body);
      const codes = body.issues.map((i) => i.code);
      expect(codes).toContain('duplicate-id');
      expect(body.issues.some((i) => i.source === 'Observation/d-bad')).toBe(true);
      expect(body.results[0]!.inputs.find((i) => i.name === 'heartRate')).toMatchObject({ status: 'missing' });
      expect(body.issues.some((i) => i.source === 'Observation/d-hr')).toBe(true);

      // An entry that is not a resource at all breaks the contract: 400 naming it.
      const broken = await assess({
        bundle: { ...bundle, entry: [...bundle.entry, { resource: { id: 'no-type' } }] },
        referenceTime: at,
      });
      expect(broken.status).toBe(400);
      expect(broken.body.issue[0].expression).toContain('body.bundle.entry.5.resource.resourceType');
    },
  );

  it.skipIf(skip)('scores the longitudinal Inferno patient without throwing', async () => {
    const body = riskAssessResponseSchema.parse((await assess({ patient: '355' })).body);
    expect(body.results).toHaveLength(7);
    expect(body.results.find((r) => r.calculatorId === 'pce-ascvd')!.status).toBe('not-applicable');
  });

  it.skipIf(skip)('answers bad requests with a 4xx OperationOutcome', async () => {
    expect((await assess({ patient: 'Patient/nobody' })).status).toBe(404);
    expect((await assess({})).status).toBe(400);
    expect((await assess({ patient: 'Patient/acute-1', bundle: acutePatient })).status).toBe(400);
    const unknown = await assess({ patient: 'Patient/acute-1', calculators: ['apache-ii'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.issue[0].expression[0]).toMatch(/^body\.calculators/);
    expect((await assess({ patient: 'Patient/acute-1', answers: { heartRate: { nested: 1 } } })).status).toBe(400);
    expect((await assess({ bundle: { resourceType: 'Patient' } })).status).toBe(400);
    expect((await assess({ patient: 'Patient/acute-1', referenceTime: 'yesterday' })).status).toBe(400);
    const auditor = await request(t.app)
      .post('/risk/assess')
      .set('Authorization', `Bearer ${t.keys.auditor}`)
      .send({ patient: 'acute-1' });
    expect(auditor.status).toBe(403);
  });

  it.skipIf(skip)('shows the risk cache memory in /metrics, within its bound', async () => {
    expect((await assess({ patient: 'Patient/acute-1', referenceTime: '2026-06-01T12:05:00Z' })).status).toBe(200);
    const text = (await request(t.app).get('/metrics')).text;
    const bytes = Number(/^meridian_risk_cache_bytes (\d+)$/m.exec(text)?.[1]);
    const entries = Number(/^meridian_risk_cache_entries (\d+)$/m.exec(text)?.[1]);
    expect(entries).toBeGreaterThan(0);
    expect(bytes).toBe(t.services.riskCache.calculatedSize);
    expect(bytes).toBeGreaterThan(entries * 1_000);
    expect(bytes).toBeLessThanOrEqual(t.services.riskCache.maxSize);
  });
});
