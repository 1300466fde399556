import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

type Entry = {
  resource: Record<string, unknown>;
  fullUrl?: string;
  request: { method: 'PUT' | 'POST'; url: string; ifMatch?: string };
};
const bundle = (type: 'transaction' | 'batch', entry: Entry[]) => ({ resourceType: 'Bundle', type, entry });
const putPatient = (id: string, extra: Record<string, unknown> = {}, ifMatch?: string): Entry => ({
  resource: { resourceType: 'Patient', id, ...extra },
  request: { method: 'PUT', url: `Patient/${id}`, ...(ifMatch ? { ifMatch } : {}) },
});

describe.each(DB_KINDS)('concurrent writes (probe 4) on $kind', ({ kind, skip }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!skip) t = await createTestApp(kind, 'clinic-race');
  });
  afterAll(async () => t?.dispose());
  const post = (body: unknown) =>
    request(t.app)
      .post('/fhir')
      .set('Authorization', `Bearer ${t.keys.integration}`)
      .set('Content-Type', 'application/fhir+json')
      .send(JSON.stringify(body));
  const history = async (ref: string) => {
    const res = await request(t.app).get(`/fhir/${ref}/_history`).set('Authorization', `Bearer ${t.keys.clinician}`);
    return (res.body.entry ?? []).map((e: any) => Number(e.resource.meta.versionId)) as number[];
  };
  const range = (n: number) => Array.from({ length: n }, (_, i) => n - i);

  it.skipIf(skip)(
    'concurrent writes: 50 concurrent PUTs of the same Patient/race-1 each write a new version, none a 500',
    async () => {
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          post(bundle('transaction', [putPatient('race-1', { gender: i % 2 ? 'male' : 'female' })])),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(Array(50).fill(200));
      const statuses = results.map((r) => r.body.entry[0].response.status);
      expect(statuses.filter((s) => s === '201 Created')).toHaveLength(1);
      expect(new Set(results.map((r) => r.body.entry[0].response.etag)).size).toBe(50);
      expect(await history('Patient/race-1')).toEqual(range(50));
    },
  );

  it.skipIf(skip)(
    'concurrent writes: 20 concurrent transactions POSTing the same urn:uuid each write a new version',
    async () => {
      const uuid = randomUUID();
      const entry: Entry = {
        fullUrl: `urn:uuid:${uuid}`,
        resource: { resourceType: 'Patient' },
        request: { method: 'POST', url: 'Patient' },
      };
      const results = await Promise.all(Array.from({ length: 20 }, () => post(bundle('transaction', [entry]))));
      expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
      expect(await history(`Patient/${uuid}`)).toEqual(range(20));
    },
  );

  it.skipIf(skip)(
    'concurrent writes: transactions writing the same resources in opposite orders neither deadlock nor collide',
    async () => {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          post(
            bundle(
              'transaction',
              i % 2 ? [putPatient('race-a'), putPatient('race-b')] : [putPatient('race-b'), putPatient('race-a')],
            ),
          ),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
      expect(await history('Patient/race-a')).toEqual(range(20));
      expect(await history('Patient/race-b')).toEqual(range(20));
    },
  );

  it.skipIf(skip)(
    'concurrent writes: 30 concurrent PUTs with the same If-Match: exactly one wins, the others get 412',
    async () => {
      await post(bundle('transaction', [putPatient('race-if')]));
      const results = await Promise.all(
        Array.from({ length: 30 }, () => post(bundle('transaction', [putPatient('race-if', {}, 'W/"1"')]))),
      );
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([200, ...Array(29).fill(412)]);
      const refused = results.find((r) => r.status === 412)!;
      expect(refused.body.issue[0].details.coding[0].code).toBe('precondition-failed');
      expect(refused.body.issue[0].expression).toEqual(['Bundle.entry[0]']);
      expect(await history('Patient/race-if')).toEqual([2, 1]);
    },
  );

  it.skipIf(skip)(
    'If-Match (entry.request.ifMatch): a transaction with a stale version is a 412 and writes nothing',
    async () => {
      await post(bundle('transaction', [putPatient('if-1')]));
      const current = await post(
        bundle('transaction', [putPatient('if-1', { active: true }, 'W/"1"'), putPatient('if-other')]),
      );
      expect(current.status).toBe(200);
      expect(current.body.entry[0].response.etag).toBe('W/"2"');
      const stale = await post(
        bundle('transaction', [
          putPatient('if-other', { active: false }),
          putPatient('if-1', { active: false }, 'W/"1"'),
        ]),
      );
      expect(stale.status).toBe(412);
      expect(stale.body.issue[0].details.text).toMatch(/Patient\/if-1 is at version 2, not version 1/);
      expect(await history('Patient/if-other')).toEqual([1]);
      const missing = await post(bundle('transaction', [putPatient('if-never', {}, 'W/"1"')]));
      expect(missing.status).toBe(412);
      expect(missing.body.issue[0].details.text).toMatch(/does not exist/);
    },
  );

  it.skipIf(skip)(
    'If-Match (entry.request.ifMatch): in a batch the stale entry alone gets 412, the rest are written',
    async () => {
      await post(bundle('transaction', [putPatient('if-b'), putPatient('if-c')]));
      const res = await post(
        bundle('batch', [
          putPatient('if-b', {}, 'W/"7"'),
          putPatient('if-b2'),
          putPatient('if-c', { active: true }, 'W/"1"'),
        ]),
      );
      expect(res.status).toBe(200);
      expect(res.body.entry.map((e: any) => e.response.status)).toEqual([
        '412 Precondition Failed',
        '201 Created',
        '200 OK',
      ]);
      expect(res.body.entry[0].response.outcome.issue[0].details.coding[0].code).toBe('precondition-failed');
      expect(await history('Patient/if-b')).toEqual([1]);
      expect(await history('Patient/if-c')).toEqual([2, 1]);
    },
  );

  it.skipIf(skip)('If-Match (entry.request.ifMatch): malformed, or on a POST, is a 400', async () => {
    for (const ifMatch of ['1', '"1"', 'W/"0"', 'W/"x"', '*']) {
      const res = await post(bundle('transaction', [putPatient('if-bad', {}, ifMatch)]));
      expect(res.status, ifMatch).toBe(400);
    }
    const onPost = await post(
      bundle('transaction', [
        { resource: { resourceType: 'Patient' }, request: { method: 'POST', url: 'Patient', ifMatch: 'W/"1"' } },
      ]),
    );
    expect(onPost.status).toBe(400);
    expect(onPost.body.issue[0].expression).toEqual(['Bundle.entry[0].request.ifMatch']);
  });
});
