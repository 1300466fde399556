import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEASURES } from '@meridian/fhir-adapter';
import { answerLimits } from '../../engines/risk/answer-limits.js';
import { DB_KINDS } from '../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { DEMO_TENANT, seedDemoPatients } from '../demo/seed-demo-tenant.js';

describe.each(DB_KINDS)('clinician answers are validated like record values on $kind', ({ kind, skip }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestApp(kind, DEMO_TENANT.id);
    await seedDemoPatients(t.db);
  });
  afterAll(async () => t?.dispose());
  const post = (path: string, body: object) =>
    request(t.app).post(path).set('Authorization', `Bearer ${t.keys.clinician}`).send(body);
  const jobCount = async () =>
    (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM job_ref WHERE tenant_id = $1', [t.tenantId]))
      .rows[0]!.n;

  it.skipIf(skip)('the limits are the FHIR adapter’s plausible ranges, converted to the answer’s unit', () => {
    expect(answerLimits().get('respiratoryRate')).toEqual({ ...MEASURES.respiratoryRate.plausible, unit: '/min' });
    expect(answerLimits().get('heartRate')).toEqual({ ...MEASURES.heartRate.plausible, unit: '/min' });
    const cholesterol = answerLimits().get('totalCholesterol')!;
    expect(cholesterol.unit).toBe('mg/dL');
    expect(cholesterol.max).toBeCloseTo(MEASURES.totalCholesterol.plausible.max * 38.67, 0);
  });

  it.skipIf(skip)(
    'POST /risk/assess: a respiratory rate of −5 or a heart rate of 1,000,000 is a 400 naming each field',
    async () => {
      const res = await post('/risk/assess', {
        patient: 'Patient/demo-ada',
        answers: { respiratoryRate: -5, heartRate: 1_000_000, consciousness: 'A' },
      });
      expect(res.status).toBe(400);
      expect(res.body.resourceType).toBe('OperationOutcome');
      const issue = res.body.issue[0];
      expect(issue.expression).toEqual(['body.answers.respiratoryRate', 'body.answers.heartRate']);
      expect(issue.details.text).toMatch(/respiratoryRate: outside the physiologically possible range 0–100 \/min/);
      expect(issue.details.text).not.toContain('1000000');
      const ok = await post('/risk/assess', {
        patient: 'Patient/demo-ada',
        calculators: ['news2'],
        answers: { respiratoryRate: 30, consciousness: 'A', supplementalOxygen: false },
      });
      expect(ok.status).toBe(200);
      expect(ok.body.results[0].total).toBe(10); // Ada's 9, with RR 30 (3 points) for 24 (2)
    },
  );

  it.skipIf(skip)('POST /cases/analyze refuses the same answers at once, before any job is queued', async () => {
    const before = await jobCount();
    const res = await post('/cases/analyze', { patient: 'Patient/demo-ada', answers: { heartRate: 1_000_000 } });
    expect(res.status).toBe(400);
    expect(res.body.issue[0].expression).toEqual(['body.answers.heartRate']);
    expect(await jobCount()).toBe(before);
  });

  it.skipIf(skip)('fuzzed: any numeric answer outside its range is a 400 naming it; inside, it is scored', async () => {
    const names = [...answerLimits().keys()];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.boolean(),
        fc.double({ min: 1e-6, max: 1e7, noNaN: true }),
        async (name, below, distance) => {
          const limit = answerLimits().get(name)!;
          const value = below ? limit.min - distance : limit.max + distance;
          const res = await post('/risk/assess', { patient: 'Patient/demo-ada', answers: { [name]: value } });
          expect(res.status, `${name}=${value}`).toBe(400);
          expect(res.body.issue[0].expression).toEqual([`body.answers.${name}`]);
          const inside = await post('/risk/assess', {
            patient: 'Patient/demo-ada',
            answers: { [name]: (limit.min + limit.max) / 2 },
          });
          expect(inside.status, `${name} inside`).toBe(200);
        },
      ),
      { numRuns: 15 },
    );
  });
});
