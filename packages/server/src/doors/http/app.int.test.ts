import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MERIDIAN_ERROR_SYSTEM } from '@meridian/sdk';
import { DB_KINDS } from '../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

function expectOutcome(res: request.Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
  expect(res.headers['x-request-id']).toBeTruthy();
  const body = JSON.parse(res.text);
  expect(body.resourceType).toBe('OperationOutcome');
  expect(body.issue[0].details.coding[0]).toEqual({ system: MERIDIAN_ERROR_SYSTEM, code });
  expect(body.issue[0].details.text.length).toBeGreaterThan(5);
  return body;
}

describe.each(DB_KINDS)('HTTP error paths on $kind', ({ kind, skip }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!skip) t = await createTestApp(kind, 'clinic-a', { bodyLimit: '2kb' });
  });
  afterAll(async () => t?.dispose());
  const admin = () => `Bearer ${t.keys.admin}`;

  it.skipIf(skip)('answers a missing API key with 401 unauthenticated and a Bearer challenge', async () => {
    const res = await request(t.app).get('/fhir/AuditEvent');
    expectOutcome(res, 401, 'unauthenticated');
    expect(res.headers['www-authenticate']).toBe('Bearer');
  });

  it.skipIf(skip)('answers a wrong, malformed or non-Bearer key with 401 invalid-api-key', async () => {
    expectOutcome(
      await request(t.app).get('/fhir/AuditEvent').set('Authorization', 'Bearer mrd_wrong'),
      401,
      'invalid-api-key',
    );
    expectOutcome(
      await request(t.app).get('/fhir/AuditEvent').set('Authorization', `Basic ${t.keys.admin}`),
      401,
      'invalid-api-key',
    );
    expectOutcome(
      await request(t.app).get('/fhir/AuditEvent').set('Authorization', 'Bearer a b'),
      401,
      'invalid-api-key',
    );
  });

  it.skipIf(skip)('refuses a revoked key', async () => {
    await t.db.query(`UPDATE api_key SET revoked_at = now() WHERE id = $1`, [t.keyIds.integration]);
    expectOutcome(
      await request(t.app).get('/audit/verify').set('Authorization', `Bearer ${t.keys.integration}`),
      401,
      'invalid-api-key',
    );
  });

  it.skipIf(skip)('answers a role without the right with 403 forbidden', async () => {
    expectOutcome(
      await request(t.app).get('/audit/verify').set('Authorization', `Bearer ${t.keys.clinician}`),
      403,
      'forbidden',
    );
    // The refused attempt is on the audit trail, against the caller.
    const trail = await request(t.app)
      .get(`/fhir/AuditEvent?agent=${t.keyIds.clinician}`)
      .set('Authorization', admin());
    expect(trail.body.entry[0].resource).toMatchObject({ action: 'R', outcome: '4', outcomeDesc: 'forbidden' });
    expect(trail.body.entry[0].resource.subtype[1]).toMatchObject({ code: 'access-denied' });
  });

  it.skipIf(skip)('answers malformed JSON with 400 invalid-json', async () => {
    const res = await request(t.app)
      .post('/fhir')
      .set('Authorization', admin())
      .set('Content-Type', 'application/json')
      .send('{"a": ');
    expectOutcome(res, 400, 'invalid-json');
  });

  it.skipIf(skip)('answers a non-JSON body with 415 unsupported-media-type', async () => {
    const res = await request(t.app)
      .post('/fhir')
      .set('Authorization', admin())
      .set('Content-Type', 'application/xml')
      .send('<Patient/>');
    expectOutcome(res, 415, 'unsupported-media-type');
  });

  it.skipIf(skip)('answers an oversized body with 413 payload-too-large', async () => {
    const res = await request(t.app)
      .post('/fhir')
      .set('Authorization', admin())
      .set('Content-Type', 'application/fhir+json')
      .send(JSON.stringify({ resourceType: 'Bundle', pad: 'x'.repeat(4096) }));
    expectOutcome(res, 413, 'payload-too-large');
  });

  it.skipIf(skip)('answers an unknown route with 404 route-not-found', async () => {
    expectOutcome(await request(t.app).get('/no/such/route').set('Authorization', admin()), 404, 'route-not-found');
    expectOutcome(
      await request(t.app).delete('/fhir/AuditEvent').set('Authorization', admin()),
      404,
      'route-not-found',
    );
  });

  it.skipIf(skip)(
    'records every refusal of an authenticated caller in the audit trail, with outcome 4 and the error code',
    async () => {
      const key = `Bearer ${t.keys.clinician}`;
      const json = (path: string, body: string, type = 'application/json') =>
        request(t.app).post(path).set('Authorization', key).set('Content-Type', type).send(body);
      const probes: [Promise<request.Response>, number, string][] = [
        [json('/fhir', '{"a": '), 400, 'invalid-json'],
        [json('/fhir', '<Bundle/>', 'application/xml'), 415, 'unsupported-media-type'],
        [json('/fhir', JSON.stringify({ pad: 'x'.repeat(4096) })), 413, 'payload-too-large'],
        [json('/fhir', JSON.stringify({ resourceType: 'Bundle', type: 'collection' })), 400, 'validation-failed'],
        [json('/risk/assess', JSON.stringify({ calculators: ['nope'] })), 400, 'validation-failed'],
        [request(t.app).get('/fhir/Patient/bad$id').set('Authorization', key), 400, 'validation-failed'],
        [request(t.app).delete('/fhir/Patient/demo-ada').set('Authorization', key), 404, 'route-not-found'],
        [request(t.app).get('/no/such/route').set('Authorization', key), 404, 'route-not-found'],
      ];
      for (const [pending, status, code] of probes) expectOutcome(await pending, status, code);
      const trail = await request(t.app)
        .get(`/fhir/AuditEvent?agent=${t.keyIds.clinician}&_count=50`)
        .set('Authorization', admin());
      const refused = trail.body.entry
        .map((e: { resource: { outcome: string; outcomeDesc?: string } }) => e.resource)
        .filter((r: { outcome: string }) => r.outcome === '4');
      expect(
        refused
          .slice(0, probes.length)
          .map((r: { outcomeDesc: string }) => r.outcomeDesc)
          .reverse(),
      ).toEqual(probes.map(([, , code]) => code));
      expect(JSON.stringify(refused)).not.toContain('demo-ada');
      expect((await request(t.app).get('/audit/verify').set('Authorization', admin())).body.valid).toBe(true);
    },
  );

  it.skipIf(skip)('answers bad search parameters with 400 naming the parameter', async () => {
    const res = await request(t.app).get('/fhir/AuditEvent?date=yesterday').set('Authorization', admin());
    const body = expectOutcome(res, 400, 'invalid-search-parameter');
    expect(body.issue[0].expression).toEqual(['query.date']);
    expectOutcome(
      await request(t.app).get('/fhir/AuditEvent?_count=0').set('Authorization', admin()),
      400,
      'invalid-search-parameter',
    );
    expectOutcome(
      await request(t.app).get('/fhir/AuditEvent?action=X').set('Authorization', admin()),
      400,
      'invalid-search-parameter',
    );
    expectOutcome(
      await request(t.app).get('/fhir/AuditEvent?_cursor=abc').set('Authorization', admin()),
      400,
      'invalid-search-parameter',
    );
    expectOutcome(
      await request(t.app).get('/fhir/AuditEvent?date=2026-13-01').set('Authorization', admin()),
      400,
      'invalid-search-parameter',
    );
    expectOutcome(
      await request(t.app).get('/fhir/AuditEvent?surname=Smith').set('Authorization', admin()),
      400,
      'invalid-search-parameter',
    );
  });

  it.skipIf(skip)('echoes a safe X-Request-Id and replaces an unsafe one', async () => {
    const ok = await request(t.app).get('/health/live').set('X-Request-Id', 'ehr-req-42');
    expect(ok.headers['x-request-id']).toBe('ehr-req-42');
    const unsafe = await request(t.app).get('/health/live').set('X-Request-Id', 'bad id\twith spaces');
    expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.skipIf(skip)('sends security headers', async () => {
    const res = await request(t.app).get('/health/live');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeTruthy();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
