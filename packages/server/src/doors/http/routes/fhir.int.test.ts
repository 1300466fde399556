import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { PATIENT_BUNDLES, readFixture } from '@meridian/fixtures';

type Bundle = {
  resourceType: 'Bundle';
  type: string;
  entry: Array<{ fullUrl?: string; resource: Record<string, any>; request: { method: string; url: string } }>;
};
const SYNTHEA_PATIENT = 'Patient/bae2bf00-eca1-47fb-bb43-272f8de1449c';

describe.each(DB_KINDS)('FHIR REST on $kind', ({ kind, skip }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (!skip) t = await createTestApp(kind, 'clinic-fhir', { bodyLimit: '5mb' });
  });
  afterAll(async () => t?.dispose());
  const as = (role: keyof TestApp['keys']) => `Bearer ${t.keys[role]}`;
  const post = (body: unknown, role: keyof TestApp['keys'] = 'integration') =>
    request(t.app)
      .post('/fhir')
      .set('Authorization', as(role))
      .set('Content-Type', 'application/fhir+json')
      .send(JSON.stringify(body));
  const get = (url: string) => request(t.app).get(url).set('Authorization', as('clinician'));

  it.skipIf(skip)('loads every fixture patient bundle as a transaction, resolving urn:uuid references', async () => {
    for (const file of PATIENT_BUNDLES) {
      const bundle = readFixture<Bundle>(file);
      const res = await post(bundle);
      expect(res.status, file).toBe(200);
      expect(res.body.type).toBe('transaction-response');
      expect(res.body.entry).toHaveLength(bundle.entry.length);
      expect(res.body.entry.every((e: any) => /^20[01] /.test(e.response.status))).toBe(true);
    }
    const obs = await get(`/fhir/Observation?patient=${SYNTHEA_PATIENT}&_count=5`);
    expect(obs.status).toBe(200);
    expect(obs.body.entry).toHaveLength(5);
    expect(obs.body.entry[0].resource.subject.reference).toBe(SYNTHEA_PATIENT);
  });

  it.skipIf(skip)('reads a resource with its version, and keeps history on update', async () => {
    const first = await get('/fhir/Patient/355');
    expect(first.status).toBe(200);
    expect(first.body.meta.versionId).toBe('1');
    expect(first.headers.etag).toBe('W/"1"');
    const updated = { ...first.body, active: false };
    const put = await post({
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [{ resource: updated, request: { method: 'PUT', url: 'Patient/355' } }],
    });
    expect(put.body.entry[0].response).toMatchObject({ status: '200 OK', location: 'Patient/355/_history/2' });
    const history = await get('/fhir/Patient/355/_history');
    expect(history.body).toMatchObject({ resourceType: 'Bundle', type: 'history', total: 2 });
    expect(history.body.entry.map((e: any) => e.resource.meta.versionId)).toEqual(['2', '1']);
    expect((await get('/fhir/Patient/355')).body.active).toBe(false);
  });

  it.skipIf(skip)('searches by code, identifier and date, and pages', async () => {
    const height = await get(`/fhir/Observation?patient=${SYNTHEA_PATIENT}&code=http://loinc.org|8302-2`);
    expect(height.body.entry.length).toBeGreaterThan(0);
    expect(height.body.entry.every((e: any) => e.resource.code.coding.some((c: any) => c.code === '8302-2'))).toBe(
      true,
    );
    const byId = await get(
      '/fhir/Patient?identifier=http://hospital.smarthealthit.org|2e275d4b-855a-4eb2-9021-5410aa8acd4f',
    );
    expect(byId.body.entry.map((e: any) => `Patient/${e.resource.id}`)).toEqual([SYNTHEA_PATIENT]);
    const in2013 = await get(
      `/fhir/Observation?patient=${SYNTHEA_PATIENT}&date=ge2013-01-01&date=lt2014-01-01&_count=1000`,
    );
    expect(in2013.body.entry.length).toBeGreaterThan(0);
    expect(in2013.body.entry.every((e: any) => e.resource.effectiveDateTime.startsWith('2013'))).toBe(true);
    const all = new Set<string>();
    let url: string | undefined = `/fhir/Observation?patient=${SYNTHEA_PATIENT}&_count=20`;
    while (url) {
      const page: any = (await get(url)).body;
      page.entry?.forEach((e: any) => all.add(e.resource.id));
      const next = page.link.find((l: any) => l.relation === 'next')?.url;
      url = next ? new URL(next).pathname + new URL(next).search : undefined;
    }
    expect(all.size).toBe(66);
  });

  it.skipIf(skip)('audits every call against the patient, in the same transaction', async () => {
    await get(`/fhir/Patient/355`);
    const audit = await request(t.app)
      .get('/fhir/AuditEvent?patient=Patient/355&action=R&_count=1')
      .set('Authorization', as('auditor'));
    expect(audit.body.entry[0].resource).toMatchObject({ action: 'R', subtype: [{ code: 'read' }], outcome: '0' });
    const loads = await request(t.app)
      .get(`/fhir/AuditEvent?patient=${SYNTHEA_PATIENT}&action=C`)
      .set('Authorization', as('auditor'));
    expect(loads.body.entry[0].resource.entity.length).toBe(156);
  });

  it.skipIf(skip)('refuses a transaction with a bad entry, naming it, and writes nothing', async () => {
    const bad = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        { resource: { resourceType: 'Patient', id: 'tx-1' }, request: { method: 'PUT', url: 'Patient/tx-1' } },
        { resource: { resourceType: 'Patient', id: 'tx-1' }, request: { method: 'PUT', url: 'Patient/tx-1' } },
        { resource: { resourceType: 'Observation' }, request: { method: 'PUT', url: 'Patient/x' } },
        { resource: { resourceType: 'AuditEvent' }, request: { method: 'POST', url: 'AuditEvent' } },
      ],
    };
    const res = await post(bad);
    expect(res.status).toBe(400);
    expect(res.body.issue[0].expression).toEqual([
      'Bundle.entry[1]',
      'Bundle.entry[2].request.url',
      'Bundle.entry[3].resource.resourceType',
    ]);
    expect((await get('/fhir/Patient/tx-1')).status).toBe(404);
  });

  it.skipIf(skip)('writes the good entries of a batch and answers each bad one with an OperationOutcome', async () => {
    const res = await post({
      resourceType: 'Bundle',
      type: 'batch',
      entry: [
        { resource: { resourceType: 'Patient', id: 'b-1' }, request: { method: 'PUT', url: 'Patient/b-1' } },
        { resource: { resourceType: 'Patient', id: 'b-2' }, request: { method: 'PUT', url: 'Patient/other' } },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('batch-response');
    expect(res.body.entry[0].response.status).toBe('201 Created');
    expect(res.body.entry[1].response.status).toBe('400 Bad Request');
    expect(res.body.entry[1].response.outcome.issue[0].expression).toEqual(['Bundle.entry[1].resource.id']);
    expect((await get('/fhir/Patient/b-1')).status).toBe(200);
  });

  it.skipIf(skip)('names what is wrong with a malformed bundle', async () => {
    const noType = await post({
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [{ resource: { id: 'x' }, request: { method: 'POST', url: 'Patient' } }],
    });
    expect(noType.status).toBe(400);
    expect(noType.body.issue[0].expression).toContain('body.entry.0.resource.resourceType');
    expect((await post({ resourceType: 'Patient' })).status).toBe(400);
    expect((await post({ resourceType: 'Bundle', type: 'searchset', entry: [] })).status).toBe(400);
    expect((await post([1, 2, 3])).status).toBe(400);
    const big = await post({ resourceType: 'Bundle', type: 'batch', entry: [], pad: 'x'.repeat(6 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect(big.body.issue[0].details.text).toMatch(
      /\(6,291,\d{3} bytes\) exceeds this server's limit \(5,242,880 bytes/,
    );
    const fiftyMb = await post({
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [],
      pad: 'x'.repeat(50 * 1024 * 1024),
    });
    expect(fiftyMb.status).toBe(413);
    expect((await get('/fhir/Patient/bad id!')).status).toBe(400);
    expect((await get('/fhir/Patient/nope')).status).toBe(404);
    expect((await get('/fhir/Observation?date=soon')).status).toBe(400);
    expect((await get('/fhir/Observation?_cursor=-4')).status).toBe(400);
  });

  it.skipIf(skip)('never answers 500 to arbitrary JSON bodies or search parameters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (body) => {
        const res = await post(body);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 40 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('patient', 'code', 'date', '_count', '_cursor', 'identifier', 'x'), fc.string()),
        async (query) => {
          const res = await request(t.app).get('/fhir/Observation').query(query).set('Authorization', as('clinician'));
          expect(res.status).toBeLessThan(500);
        },
      ),
      { numRuns: 40 },
    );
  });
});
