import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeResource } from '../../../platform/fhir-store/resource-repository.js';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

/** JSON text with escapes JSON.stringify would not write: a NUL and a lone high surrogate. */
const NUL = '"a\\u0000b"';
const LONE_SURROGATE = '"a\\ud800b"';
const patientEntry = (id: string, family: string) =>
  `{"resource":{"resourceType":"Patient","id":"${id}","name":[{"family":${family}}]},"request":{"method":"PUT","url":"Patient/${id}"}}`;
const bundle = (type: string, entries: string[]) =>
  `{"resourceType":"Bundle","type":"${type}","entry":[${entries.join(',')}]}`;

describe.each(DB_KINDS)('NUL bytes and lone surrogates (probe 2) on $kind', ({ kind, skip }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!skip) t = await createTestApp(kind, 'clinic-nul');
  });
  afterAll(async () => t?.dispose());
  const as = (role: keyof TestApp['keys']) => `Bearer ${t.keys[role]}`;
  const post = (path: string, text: string) =>
    request(t.app).post(path).set('Authorization', as('admin')).set('Content-Type', 'application/fhir+json').send(text);
  const get = (url: string) => request(t.app).get(url).set('Authorization', as('admin'));

  it.skipIf(skip)(
    'NUL bytes in a search parameter (identifier=a%00b, agent=a%00b, …) are a 400, not a 500',
    async () => {
      for (const url of [
        '/fhir/Patient?identifier=a%00b',
        '/fhir/Observation?code=http://loinc.org|a%00b',
        '/fhir/Observation?patient=Patient/a%00b',
        '/fhir/Observation?subject=%01',
        '/fhir/AuditEvent?agent=a%00b',
        '/fhir/AuditEvent?patient=a%00b',
        '/fhir/AuditEvent?_cursor=a%00b',
      ]) {
        const res = await get(url);
        expect(res.status, url).toBe(400);
        expect(res.body.issue[0].details.coding[0].code, url).toBe('invalid-search-parameter');
        expect(res.body.issue[0].details.text, url).toMatch(/control characters/);
      }
      expect((await get('/fhir/Patient?identifier=a%09b')).status).toBe(200);
    },
  );

  it.skipIf(skip)(
    'NUL bytes and lone surrogates in a resource string fail a transaction with a 400 naming the entry, nothing written',
    async () => {
      for (const bad of [NUL, LONE_SURROGATE]) {
        const res = await post(
          '/fhir',
          bundle('transaction', [patientEntry('tx-good', '"ok"'), patientEntry('tx-bad', bad)]),
        );
        expect(res.status, bad).toBe(400);
        expect(res.body.issue[0].expression, bad).toEqual(['Bundle.entry[1].resource.name[0].family']);
        expect((await get('/fhir/Patient/tx-good')).status).toBe(404);
      }
      const inKey = await post(
        '/fhir',
        bundle('transaction', [
          '{"resource":{"resourceType":"Patient","a\\u0000":1},"request":{"method":"POST","url":"Patient"}}',
        ]),
      );
      expect(inKey.status).toBe(400);
      expect(inKey.body.issue[0].expression).toEqual(['Bundle.entry[0].resource']);
    },
  );

  it.skipIf(skip)(
    'NUL bytes and lone surrogates: one such entry in a batch gets its own 400 OperationOutcome and the rest are written',
    async () => {
      const res = await post(
        '/fhir',
        bundle('batch', [
          patientEntry('b-ok-1', '"one"'),
          patientEntry('b-nul', NUL),
          patientEntry('b-lone', LONE_SURROGATE),
          patientEntry('b-ok-2', '"two"'),
        ]),
      );
      expect(res.status).toBe(200);
      expect(res.body.type).toBe('batch-response');
      expect(res.body.entry.map((e: any) => e.response.status)).toEqual([
        '201 Created',
        '400 Bad Request',
        '400 Bad Request',
        '201 Created',
      ]);
      expect(res.body.entry[1].response.outcome.issue[0]).toMatchObject({
        expression: ['Bundle.entry[1].resource.name[0].family'],
        details: { coding: [{ code: 'validation-failed' }] },
      });
      expect((await get('/fhir/Patient/b-ok-1')).body.name).toEqual([{ family: 'one' }]);
      expect((await get('/fhir/Patient/b-ok-2')).body.name).toEqual([{ family: 'two' }]);
      expect((await get('/fhir/Patient/b-nul')).status).toBe(404);
    },
  );

  it.skipIf(skip)('NUL bytes in a risk request (answers, bundle) are a 400', async () => {
    const answers = await post('/risk/assess', '{"patient":"Patient/b-ok-1","answers":{"consciousness":"A\\u0000"}}');
    expect(answers.status).toBe(400);
    const patient = await post('/risk/assess', '{"patient":"Patient/a\\u0000"}');
    expect(patient.status).toBe(400);
  });

  it.skipIf(skip)(
    'NUL bytes and lone surrogates: the store refuses them before any SQL, whoever calls it',
    async () => {
      for (const family of ['a\u0000b', 'a\uDC00b', 'bell\u0007']) {
        const attempt = t.db.transaction((tx) =>
          writeResource(tx, t.tenantId, { resourceType: 'Patient', id: 'direct', name: [{ family }] }),
        );
        await expect(attempt).rejects.toMatchObject({
          code: 'validation-failed',
          expression: ['Patient.name[0].family'],
        });
      }
      const ok = await t.db.transaction((tx) =>
        writeResource(tx, t.tenantId, {
          resourceType: 'Patient',
          id: 'direct',
          name: [{ family: 'tab\there \uD83D\uDE00' }],
        }),
      );
      expect(ok.created).toBe(true);
    },
  );
});
