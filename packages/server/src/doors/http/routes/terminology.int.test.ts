import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditBundleSchema,
  operationOutcomeSchema,
  parametersSchema,
  valueSetBundleSchema,
  valueSetSchema,
} from '@meridian/sdk';
import { validateR4 } from '../../../../../fhir-adapter/src/testing/validate.js';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

const HF = '2.16.840.1.113883.3.526.3.376';
const SNOMED = 'http://snomed.info/sct';

describe.each(DB_KINDS)('FHIR terminology over HTTP on $kind', ({ kind, skip }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestApp(kind, 'clinic-terminology');
  });
  afterAll(async () => t?.dispose());
  const get = (url: string, key = t.keys.clinician) => request(t.app).get(url).set('Authorization', `Bearer ${key}`);

  it.skipIf(skip)('reads a VSAC value set as published, not the generic FHIR store', async () => {
    const res = await get(`/fhir/ValueSet/${HF}`);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/fhir+json');
    const vs = valueSetSchema.parse(res.body);
    expect(vs).toMatchObject({ id: HF, title: 'Heart Failure' });
    expect(validateR4(vs).schemaErrors).toEqual([]);
  });

  it.skipIf(skip)('lists the loaded value sets without their codes, by title or url', async () => {
    const all = valueSetBundleSchema.parse((await get('/fhir/ValueSet')).body);
    expect(all.total).toBeGreaterThan(80);
    expect(all.entry!.every((e) => e.resource!.expansion === undefined)).toBe(true);
    const heart = valueSetBundleSchema.parse((await get('/fhir/ValueSet?title=heart%20failure')).body);
    expect(heart.entry!.map((e) => e.resource!.id)).toContain(HF);
    const one = valueSetBundleSchema.parse((await get(`/fhir/ValueSet?url=urn:oid:${HF}`)).body);
    expect(one.entry!.map((e) => e.resource!.id)).toEqual([HF]);
    expect(validateR4(one).schemaErrors).toEqual([]);
    expect((await get('/fhir/ValueSet?bogus=1')).status).toBe(400);
  });

  it.skipIf(skip)('reads a curated list as a ValueSet whose description cites its sources', async () => {
    const vs = valueSetSchema.parse((await get('/fhir/ValueSet/meridian-nsaid-ingredients')).body);
    expect(vs.url).toBe('https://meridian.dev/fhir/ValueSet/meridian-nsaid-ingredients');
    expect(String(vs.description)).toMatch(/Sources: RxNorm/);
    expect(validateR4(vs).schemaErrors).toEqual([]);
  });

  it.skipIf(skip)('expands with filter, count and offset', async () => {
    const res = await get(`/fhir/ValueSet/${HF}/$expand?filter=reduced%20ejection&count=2`);
    expect(res.status).toBe(200);
    const vs = valueSetSchema.parse(res.body);
    expect(vs.expansion!.total).toBeGreaterThan(0);
    expect(vs.expansion!.contains!.length).toBeLessThanOrEqual(2);
    expect(vs.expansion!.contains!.map((c) => c.code)).toContain('703272007');
    expect(validateR4(vs).schemaErrors).toEqual([]);
    const next = valueSetSchema.parse((await get(`/fhir/ValueSet/${HF}/$expand?count=5&offset=5`)).body);
    expect(next.expansion).toMatchObject({ offset: 5 });
    expect(next.expansion!.contains).toHaveLength(5);
  });

  it.skipIf(skip)('validates codes by GET and POST, across OIDs and ICD-10-CM without the dot', async () => {
    const yes = parametersSchema.parse(
      (
        await get(
          `/fhir/ValueSet/$validate-code?url=urn:oid:${HF}&system=urn:oid:2.16.840.1.113883.6.96&code=703272007`,
        )
      ).body,
    );
    expect(yes.parameter?.find((p) => p.name === 'result')?.valueBoolean).toBe(true);
    const no = parametersSchema.parse(
      (await get(`/fhir/ValueSet/$validate-code?url=${HF}&system=${SNOMED}&code=44054006`)).body,
    );
    expect(no.parameter?.find((p) => p.name === 'result')?.valueBoolean).toBe(false);
    const post = await request(t.app)
      .post('/fhir/ValueSet/$validate-code')
      .set('Authorization', `Bearer ${t.keys.integration}`)
      .send({
        resourceType: 'Parameters',
        parameter: [
          { name: 'url', valueUri: 'meridian-vascular-disease' },
          { name: 'coding', valueCoding: { system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'e1151' } },
        ],
      });
    expect(post.status).toBe(200);
    expect(parametersSchema.parse(post.body).parameter?.[0]).toEqual({ name: 'result', valueBoolean: true });
    expect(validateR4(post.body).schemaErrors).toEqual([]);
  });

  it.skipIf(skip)('answers bad input with a 4xx OperationOutcome, never a 5xx', async () => {
    const cases: [string, number, string][] = [
      ['/fhir/ValueSet/no-such-set', 404, 'resource-not-found'],
      ['/fhir/ValueSet/no-such-set/$expand', 404, 'resource-not-found'],
      [`/fhir/ValueSet/${HF}/$expand?count=-1`, 400, 'invalid-search-parameter'],
      [`/fhir/ValueSet/${HF}/$expand?bogus=1`, 400, 'invalid-search-parameter'],
      ['/fhir/ValueSet/$validate-code?url=x', 400, 'invalid-search-parameter'],
      [`/fhir/ValueSet/$validate-code?url=nope&system=${SNOMED}&code=1`, 404, 'resource-not-found'],
      ['/fhir/ValueSet/a%20b', 400, 'validation-failed'],
    ];
    for (const [url, status, code] of cases) {
      const res = await get(url);
      expect(res.status, url).toBe(status);
      expect(operationOutcomeSchema.parse(res.body).issue[0]!.details!.coding![0]!.code, url).toBe(code);
    }
    const badBody = await request(t.app)
      .post('/fhir/ValueSet/$validate-code')
      .set('Authorization', `Bearer ${t.keys.clinician}`)
      .send({ resourceType: 'Bundle' });
    expect(badBody.status).toBe(400);
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), async (filter, code) => {
        const a = await get(`/fhir/ValueSet/${HF}/$expand?filter=${encodeURIComponent(filter)}`);
        const b = await get(
          `/fhir/ValueSet/$validate-code?url=${HF}&system=${SNOMED}&code=${encodeURIComponent(code)}`,
        );
        expect(a.status).toBeLessThan(500);
        expect(b.status).toBeLessThan(500);
      }),
      { numRuns: 25 },
    );
  });

  it.skipIf(skip)('needs a role that reads clinical data, and audits each call', async () => {
    expect((await get(`/fhir/ValueSet/${HF}`, t.keys.auditor)).status).toBe(403);
    expect((await request(t.app).get(`/fhir/ValueSet/${HF}`)).status).toBe(401);
    await get(`/fhir/ValueSet/meridian-copd/$expand`, t.keys.admin);
    const audit = auditBundleSchema.parse(
      (await get(`/fhir/AuditEvent?agent=${t.keyIds.admin}&_count=5`, t.keys.auditor)).body,
    );
    const event = audit.entry![0]!.resource!;
    expect(event.entity?.some((e) => e.what?.reference === 'ValueSet/meridian-copd')).toBe(true);
    expect(event.action).toBe('E');
  });
});
