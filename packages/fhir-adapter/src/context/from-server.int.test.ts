import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchPatientContext, FhirServerError } from '../index.js';
import { readFixture } from '@meridian/fixtures';

type Resource = Record<string, unknown> & { resourceType: string; id: string };
const fixture = readFixture('inferno-reference-server-data/uscore_bundle_patient_client_test.json') as {
  entry: { resource: Resource }[];
};
const resources = fixture.entry.map((e) => e.resource);
const PATIENT_ID = 'us-core-client-tests-patient';
const TOKEN = 'test-access-token';

/** A tiny FHIR REST server over the fixture: read, search by patient (+category), paging via a `next` link. */
let server: Server;
let base = '';
const seen: { path: string; authorization: string | undefined }[] = [];
let failing = new Set<string>();

function categoryCodes(resource: Resource): string[] {
  const categories = Array.isArray(resource.category) ? (resource.category as { coding?: { code?: string }[] }[]) : [];
  return categories.flatMap((c) => (c.coding ?? []).map((x) => x.code ?? ''));
}

function handle(request: IncomingMessage): { status: number; body: unknown } {
  const url = new URL(request.url ?? '/', base);
  seen.push({ path: url.pathname + url.search, authorization: request.headers.authorization });
  if (request.headers.authorization !== `Bearer ${TOKEN}`)
    return { status: 401, body: { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'login' }] } };
  const [, , type, id] = url.pathname.split('/');
  if (type === undefined || failing.has(type))
    return {
      status: 500,
      body: { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'exception' }] },
    };
  if (id !== undefined) {
    const found = resources.find((r) => r.resourceType === type && r.id === id);
    return found
      ? { status: 200, body: found }
      : { status: 404, body: { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-found' }] } };
  }
  const patient = url.searchParams.get('patient');
  const category = url.searchParams.get('category');
  const matches = resources.filter(
    (r) =>
      r.resourceType === type &&
      ((r.subject as { reference?: string } | undefined) ?? (r.patient as { reference?: string } | undefined))
        ?.reference === `Patient/${patient}` &&
      (category === null || categoryCodes(r).includes(category)),
  );
  const count = Number(url.searchParams.get('_count') ?? 50);
  const offset = Number(url.searchParams.get('_offset') ?? 0);
  const link = [{ relation: 'self', url: url.href }];
  if (offset + count < matches.length) {
    const next = new URL(url.href);
    next.searchParams.set('_offset', String(offset + count));
    link.push({ relation: 'next', url: next.href });
  }
  return {
    status: 200,
    body: {
      resourceType: 'Bundle',
      type: 'searchset',
      total: matches.length,
      link,
      entry: matches.slice(offset, offset + count).map((resource) => ({
        fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
        resource,
        search: { mode: 'match' },
      })),
    },
  };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const { status, body } = handle(request);
    response.writeHead(status, { 'content-type': 'application/fhir+json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/fhir`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
  failing = new Set();
});

describe('fetchPatientContext against a FHIR REST server', () => {
  it('reads, searches with the bearer token, follows next links, and builds the context', async () => {
    const context = await fetchPatientContext({
      baseUrl: base,
      accessToken: TOKEN,
      patientId: PATIENT_ID,
      pageSize: 4,
      referenceTime: '2024-01-01T00:00:00Z',
    });
    expect(seen.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(seen[0]?.path).toBe(`/fhir/Patient/${PATIENT_ID}`);
    expect(seen.some((r) => r.path.includes('category=vital-signs') && r.path.includes('_sort=-date'))).toBe(true);
    expect(seen.some((r) => r.path.includes('_offset=4'))).toBe(true); // paging followed
    expect(context.patient).toMatchObject({ id: PATIENT_ID, sex: 'male', ageYears: 83 });
    expect(context.measurements.heartRate?.value).toBe(44);
    expect(context.measurements.systolicBp?.value).toBe(109);
    expect(context.measurements.oxygenSaturation?.value).toBe(99);
    expect(context.findings.smokingStatus).toBeDefined();
    expect(context.issues.filter((i) => i.code === 'fetch-failed' || i.code === 'page-limit-reached')).toEqual([]);
  });

  it('stops at maxPages and says so', async () => {
    const context = await fetchPatientContext({
      baseUrl: base,
      accessToken: TOKEN,
      patientId: PATIENT_ID,
      pageSize: 2,
      maxPages: 2,
    });
    expect(context.issues).toContainEqual(
      expect.objectContaining({ code: 'page-limit-reached', source: 'server.Observation(vital-signs)' }),
    );
  });

  it('turns a failed search into a fetch-failed issue, and a refused Patient read into FhirServerError', async () => {
    failing = new Set(['Condition']);
    const partial = await fetchPatientContext({ baseUrl: base, accessToken: TOKEN, patientId: PATIENT_ID });
    expect(partial.issues).toContainEqual(
      expect.objectContaining({ code: 'fetch-failed', severity: 'error', source: 'server.Condition' }),
    );
    expect(partial.measurements.heartRate).toBeDefined();
    await expect(
      fetchPatientContext({ baseUrl: base, accessToken: 'wrong', patientId: PATIENT_ID }),
    ).rejects.toMatchObject({ name: 'FhirServerError', status: 401 });
    await expect(
      fetchPatientContext({ baseUrl: base, accessToken: TOKEN, patientId: 'nobody' }),
    ).rejects.toBeInstanceOf(FhirServerError);
  });
});
