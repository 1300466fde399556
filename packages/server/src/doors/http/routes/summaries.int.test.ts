import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientSummarySchema, type PatientSummary } from '@meridian/sdk';
import { readFixture } from '@meridian/fixtures';
import { validateR4 } from '../../../../../fhir-adapter/src/testing/validate.js';
import { isSafeText } from '../../../engines/safety/guard-text.js';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { trendPatientBundle } from '../../../use-cases/summaries/testing/summary-fixtures.js';

const at = '2026-06-01T12:00:00Z';

/** Every reference a summary makes resolves to an entry of its document Bundle. */
function expectSelfContained(summary: PatientSummary) {
  const inBundle = new Set(summary.document.entry!.map((e) => `${e.resource!.resourceType}/${e.resource!.id}`));
  for (const s of [...summary.sentences, ...summary.narrative])
    for (const ref of s.sources) expect(inBundle, ref).toContain(ref);
  const composition = summary.document.entry![0]!.resource as any;
  for (const section of composition.section)
    for (const e of section.entry ?? []) expect(inBundle).toContain(e.reference);
  expect(inBundle).toContain(composition.author[0].reference);
}

describe.each(DB_KINDS)('POST /patients/{id}/summary on $kind', ({ kind, skip }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestApp(kind, 'clinic-summary');
    const load = (b: unknown) =>
      request(t.app)
        .post('/fhir')
        .set('Authorization', `Bearer ${t.keys.integration}`)
        .send(b as object);
    expect((await load(trendPatientBundle('trend-1'))).status).toBe(200);
    expect((await load(readFixture('inferno-reference-server-data/uscore_bundle_patient_355.json'))).status).toBe(200);
  });
  afterAll(async () => t?.dispose());
  const summarise = (id: string, body: object = { referenceTime: at }) =>
    request(t.app).post(`/patients/${id}/summary`).set('Authorization', `Bearer ${t.keys.clinician}`).send(body);

  it.skipIf(skip)(
    'summarises the 473-entry US Core patient into a valid, self-contained FHIR document, every sentence cited',
    async () => {
      const res = await summarise('355', {});
      expect(res.status).toBe(200);
      const summary = patientSummarySchema.parse(res.body);
      expect(summary.document.type).toBe('document');
      const composition = summary.document.entry![0]!.resource as any;
      expect(composition).toMatchObject({
        resourceType: 'Composition',
        status: 'preliminary',
        type: { coding: [{ system: 'http://loinc.org', code: '60591-5' }] },
        subject: { reference: 'Patient/355' },
      });
      expect(validateR4(composition)).toMatchObject({ valid: true });
      expect(validateR4(summary.document)).toMatchObject({ valid: true });
      expect(composition.section.map((s: any) => s.title)).toEqual(
        expect.arrayContaining([
          'Problems',
          'Allergies and intolerances',
          'Recent vital signs',
          'Recent laboratory results',
          'Encounters',
          'Risk scores',
        ]),
      );
      expect(summary.sentences.filter((s) => s.section === 'encounters')).toHaveLength(10);
      expect(summary.sentences.every((s) => s.engine === 'rules' && s.sources.length > 0)).toBe(true);
      expectSelfContained(summary);
      expect(summary.provenance).toMatchObject({
        engine: 'rules',
        promptVersion: 'rules/1',
        chunks: 0,
        note: expect.stringContaining('No language model'),
      });
      // No sentence passes the dosing guard's notice (medication names with a strength are cut to the ingredient).
      for (const s of [...summary.sentences, ...summary.narrative]) expect(isSafeText(s.text), s.text).toBe(true);
    },
  );

  it.skipIf(skip)(
    'shows trends in canonical units with direction and change, the red flag, and the cited record',
    async () => {
      const summary = patientSummarySchema.parse((await summarise('trend-1')).body);
      const hr = summary.trends.find((x) => x.concept === 'heartRate')!;
      expect(hr).toMatchObject({ direction: 'rising', change: 24, unit: '/min', kind: 'vital-sign' });
      expect(hr.values.map((v) => v.source)).toEqual([
        'Observation/trend-1-hr1',
        'Observation/trend-1-hr2',
        'Observation/trend-1-hr3',
      ]);
      const temperature = summary.trends.find((x) => x.concept === 'temperature')!;
      expect(temperature).toMatchObject({ unit: 'Cel', direction: 'rising', change: 1.5 });
      expect(temperature.values.map((v) => v.value)).toEqual([37, 38.5]);
      const flag = summary.sentences.find((s) => s.section === 'red-flags')!;
      expect(flag).toMatchObject({ sources: ['Observation/trend-1-rr'] });
      const med = summary.sentences.find((s) => s.section === 'medications')!;
      expect(med.text).toBe('Medication on record: Amoxicillin (active, ordered 2026-01-10).');
      expect(summary.narrative[0]).toMatchObject({
        section: 'problems',
        engine: 'rules',
        sources: ['Condition/trend-1-htn'],
      });
      expectSelfContained(summary);
      const two = patientSummarySchema.parse((await summarise('trend-1', { referenceTime: at, trendPoints: 2 })).body);
      expect(two.trends.find((x) => x.concept === 'heartRate')).toMatchObject({ change: 14, direction: 'rising' });
    },
  );

  it.skipIf(skip)(
    'answers 404 for an unknown patient and 400 for bad input, as OperationOutcomes, and audits the access',
    async () => {
      const missing = await summarise('nobody');
      expect(missing.status).toBe(404);
      expect(missing.body.resourceType).toBe('OperationOutcome');
      for (const body of [{ trendPoints: 1 }, { referenceTime: 'yesterday' }, { extra: true }]) {
        const bad = await summarise('trend-1', body);
        expect(bad.status).toBe(400);
        expect(bad.body.resourceType).toBe('OperationOutcome');
      }
      expect(
        (
          await request(t.app)
            .post('/patients/a%20b/summary')
            .set('Authorization', `Bearer ${t.keys.clinician}`)
            .send({})
        ).status,
      ).toBe(400);
      expect((await request(t.app).post('/patients/trend-1/summary').send({})).status).toBe(401);
      expect(
        (
          await request(t.app)
            .post('/patients/trend-1/summary')
            .set('Authorization', `Bearer ${t.keys.clinician}`)
            .set('content-type', 'text/plain')
            .send('x')
        ).status,
      ).toBe(415);
      const audit = await request(t.app)
        .get('/fhir/AuditEvent?patient=Patient/trend-1&_count=50')
        .set('Authorization', `Bearer ${t.keys.auditor}`);
      const summaries = audit.body.entry
        .map((e: any) => e.resource)
        .filter((r: any) => r.subtype?.some((c: any) => c.code === 'patient-summary'));
      expect(summaries.length).toBeGreaterThanOrEqual(2);
      expect(
        summaries.some((r: any) => r.entity.some((e: any) => e.what?.reference === 'Observation/trend-1-hr3')),
      ).toBe(true);
    },
  );
});
