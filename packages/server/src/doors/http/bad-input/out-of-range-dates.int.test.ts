import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

/**
 * Found while fuzzing for issue 6: year 0000, or a zone pushing 9999-12-31
 * into year 10000, made `toISOString()` write a year Postgres refuses (500).
 */
describe.each(DB_KINDS)('dates outside years 1-9999 on $kind', ({ kind, skip }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!skip) t = await createTestApp(kind, 'clinic-dates');
  });
  afterAll(async () => t?.dispose());
  const as = (role: keyof TestApp['keys']) => `Bearer ${t.keys[role]}`;

  it.skipIf(skip)(
    'stores a resource dated 0000 or past 9999 without indexing its date, instead of answering 500',
    async () => {
      for (const [i, date] of ['0000-06-01', '0000', '9999-12-31T23:59:59-14:00'].entries()) {
        const res = await request(t.app)
          .post('/fhir')
          .set('Authorization', as('integration'))
          .set('Content-Type', 'application/fhir+json')
          .send({
            resourceType: 'Bundle',
            type: 'transaction',
            entry: [
              {
                resource: {
                  resourceType: 'Observation',
                  id: `odd-${i}`,
                  subject: { reference: 'Patient/odd' },
                  effectiveDateTime: date,
                },
                request: { method: 'PUT', url: `Observation/odd-${i}` },
              },
            ],
          });
        expect(res.status, date).toBe(200);
      }
      const all = await request(t.app)
        .get('/fhir/Observation?patient=Patient/odd')
        .set('Authorization', as('clinician'));
      expect(all.body.entry).toHaveLength(3);
      const dated = await request(t.app)
        .get('/fhir/Observation?patient=Patient/odd&date=ge0001')
        .set('Authorization', as('clinician'));
      expect(dated.body.entry ?? []).toHaveLength(0);
    },
  );

  it.skipIf(skip)(
    'answers a search date at the edges of the calendar (le9999, ge0001 with a zone) and refuses year 0000 with a 400',
    async () => {
      for (const url of [
        '/fhir/Observation?date=le9999',
        '/fhir/Observation?date=gt9999-12-31T23:59:59-14:00',
        '/fhir/Observation?date=ge0001-01-01T00:00:00%2B14:00',
      ]) {
        expect((await request(t.app).get(url).set('Authorization', as('clinician'))).status, url).toBe(200);
      }
      for (const url of ['/fhir/AuditEvent?date=le9999', '/fhir/AuditEvent?date=lt0001-01-01T00:00:00%2B14:00']) {
        expect((await request(t.app).get(url).set('Authorization', as('auditor'))).status, url).toBe(200);
      }
      for (const url of ['/fhir/Observation?date=ge0000-01-01', '/fhir/AuditEvent?date=lt0000']) {
        const res = await request(t.app).get(url).set('Authorization', as('admin'));
        expect(res.status, url).toBe(400);
        expect(res.body.issue[0].details.coding[0].code).toBe('invalid-search-parameter');
      }
    },
  );
});
