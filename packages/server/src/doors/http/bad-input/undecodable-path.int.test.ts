import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

describe.each(DB_KINDS)('GET /fhir/Patient/%FF (probe 3) on $kind', ({ kind, skip }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!skip) t = await createTestApp(kind, 'clinic-uri');
  });
  afterAll(async () => t?.dispose());

  it.skipIf(skip)(
    'GET /fhir/Patient/%FF and other undecodable path segments are a 400 OperationOutcome, not a URIError 500',
    async () => {
      for (const url of [
        '/fhir/Patient/%FF',
        '/fhir/%FF',
        '/fhir/Patient/%FF/_history',
        '/fhir/Patient/%E0%A4%A',
        '/fhir/Patient/%ED%A0%80',
      ]) {
        const res = await request(t.app).get(url).set('Authorization', `Bearer ${t.keys.clinician}`);
        expect(res.status, url).toBe(400);
        expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
        expect(res.body.issue[0].details.coding[0].code).toBe('validation-failed');
        expect(res.body.issue[0].details.text).toMatch(/percent-encoded UTF-8/);
      }
    },
  );

  it.skipIf(skip)(
    'GET /fhir/Patient/%FF: an unknown route with a bad segment, and a bad segment without a key, are 4xx too',
    async () => {
      // Routes authenticate individually, and Express decodes a path's parameters while matching the
      // route, before its authentication runs: an undecodable segment is a 400 with or without a key.
      expect((await request(t.app).get('/fhir/Patient/%FF').set('Authorization', 'Bearer nope')).status).toBe(400);
      expect((await request(t.app).get('/fhir/Patient/%FF')).status).toBe(400);
      expect((await request(t.app).get('/nowhere/%FF').set('Authorization', `Bearer ${t.keys.clinician}`)).status).toBe(
        404,
      );
    },
  );
});
