import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FHIR_ID } from '@meridian/sdk';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

describe('the FHIR id rule', () => {
  it('takes 1-64 of A-Z a-z 0-9 - . and refuses ids made only of dots', () => {
    for (const id of ['a', 'demo-ada', '1.2.3', '.a', 'a.', '-', 'x'.repeat(64)])
      expect(FHIR_ID.test(id), id).toBe(true);
    for (const id of ['', '.', '..', '...', 'x'.repeat(65), 'a b', 'a/b', 'a_b', 'é'])
      expect(FHIR_ID.test(id), id).toBe(false);
  });
});

describe.each(DB_KINDS)('PUT of id .. (probe 9) on $kind', ({ kind, skip }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!skip) t = await createTestApp(kind, 'clinic-dots');
  });
  afterAll(async () => t?.dispose());
  const post = (body: unknown) =>
    request(t.app)
      .post('/fhir')
      .set('Authorization', `Bearer ${t.keys.integration}`)
      .set('Content-Type', 'application/fhir+json')
      .send(JSON.stringify(body));
  const put = (id: string, type = 'transaction') => ({
    resourceType: 'Bundle',
    type,
    entry: [{ resource: { resourceType: 'Patient', id }, request: { method: 'PUT', url: `Patient/${id}` } }],
  });

  it.skipIf(skip)('PUT of id .. (or .) is refused with a 400 naming the url, and nothing is written', async () => {
    for (const id of ['..', '.']) {
      const res = await post(put(id));
      expect(res.status, id).toBe(400);
      expect(res.body.issue[0].expression).toEqual(['Bundle.entry[0].request.url']);
      expect(res.body.issue[0].details.text).toMatch(/valid FHIR id/);
    }
    const batch = await post(put('..', 'batch'));
    expect(batch.body.entry[0].response.status).toBe('400 Bad Request');
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM fhir_resource WHERE tenant_id = $1`, [
      t.tenantId,
    ]);
    expect(rows[0]).toEqual({ n: 0 });
  });

  it.skipIf(skip)(
    'PUT of id ..: a POST carrying id .. gets a server id, and an id with dots among other characters round-trips',
    async () => {
      const posted = await post({
        resourceType: 'Bundle',
        type: 'transaction',
        entry: [{ resource: { resourceType: 'Patient', id: '..' }, request: { method: 'POST', url: 'Patient' } }],
      });
      expect(posted.status).toBe(200);
      expect(posted.body.entry[0].response.location).toMatch(/^Patient\/[0-9a-f-]{36}\/_history\/1$/);
      const res = await post({
        resourceType: 'Bundle',
        type: 'transaction',
        entry: [{ resource: { resourceType: 'Patient', id: 'a..b' }, request: { method: 'PUT', url: 'Patient/a..b' } }],
      });
      expect(res.status).toBe(200);
      expect(
        (await request(t.app).get('/fhir/Patient/a..b').set('Authorization', `Bearer ${t.keys.clinician}`)).body.id,
      ).toBe('a..b');
      const read = await request(t.app).get('/fhir/Patient/%2E%2E').set('Authorization', `Bearer ${t.keys.clinician}`);
      expect(read.status).toBe(400);
    },
  );
});
