import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  Meridian,
  MeridianConnectionError,
  MeridianTimeoutError,
  PermissionDeniedError,
  ServerError,
} from '@meridian/sdk';
import { recordAccess } from '../../platform/audit/record-access.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { readFixture } from '@meridian/fixtures';
import { apiKeyActor } from '../../testing/actors.js';
import { DEADLINE_SLACK_MS, PEER_HANG_MS } from '../../testing/timing.js';

/**
 * The real app on an ephemeral port, behind a front that can misbehave the way
 * a load balancer does: answer 503 for the next N requests, or stall.
 */
function serveWithFront(app: RequestListener) {
  const front = { fail503: 0, delayMs: 0, requests: 0 };
  const server: Server = createServer((req, res) => {
    front.requests++;
    if (front.fail503 > 0) {
      front.fail503--;
      res.writeHead(503, { 'content-type': 'application/fhir+json', 'retry-after': '0' });
      res.end(JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'transient' }] }));
      return;
    }
    if (front.delayMs > 0) setTimeout(() => app(req, res), front.delayMs);
    else app(req, res);
  });
  return { server, front };
}

describe('the SDK against the real app', () => {
  let t: TestApp;
  let server: Server;
  let front: { fail503: number; delayMs: number; requests: number };
  let baseUrl: string;
  const client = (options: Partial<ConstructorParameters<typeof Meridian>[0]> = {}) =>
    new Meridian({ baseUrl, apiKey: t.keys.admin, ...options });

  beforeAll(async () => {
    t = await createTestApp('pglite', 'sdk-clinic');
    const actor = apiKeyActor(t.tenantId, t.keyIds.clinician, 'clinician', { name: 'c', requestId: 'r' });
    for (let i = 0; i < 23; i++) {
      await recordAccess(
        t.db,
        actor,
        async () => i,
        () => ({ action: 'R', interaction: 'read', patients: [`Patient/s${i % 2}`] }),
      );
    }
    ({ server, front } = serveWithFront(t.app as unknown as RequestListener));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await t?.dispose();
  });

  it('reads, expands and validates value sets through client.terminology', async () => {
    expect((await client().terminology.list({ title: 'anti-inflammatory' })).map((vs) => vs.id)).toEqual([
      'meridian-nsaid-ingredients',
    ]);
    const hf = await client().terminology.read('2.16.840.1.113883.3.526.3.376');
    expect(hf.title).toBe('Heart Failure');
    const page = await client().terminology.expand('meridian-nsaid-ingredients', { filter: 'ibu' });
    expect(page.expansion?.contains).toEqual([
      { system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '5640', display: 'ibuprofen' },
    ]);
    const yes = await client().terminology.validateCode({
      url: 'meridian-nsaid-ingredients',
      system: 'urn:oid:2.16.840.1.113883.6.88',
      code: '5640',
    });
    expect(yes).toMatchObject({ result: true, display: 'ibuprofen' });
    expect(
      (
        await client().terminology.validateCode({
          url: 'meridian-nsaid-ingredients',
          system: 'http://www.nlm.nih.gov/research/umls/rxnorm',
          code: '1191',
        })
      ).result,
    ).toBe(false);
    await expect(client().terminology.read('no-such-set')).rejects.toMatchObject({
      status: 404,
      code: 'resource-not-found',
    });
    await expect(client().terminology.read('a/b')).rejects.toThrow(/ValueSet id/);
  });

  it('reads health', async () => {
    expect(await client().health()).toMatchObject({ status: 'ok', checks: { database: 'ok', migrations: 'ok' } });
  });

  it('pages through a search with next links and the async iterator', async () => {
    const page = await client().audit.search({ agent: t.keyIds.clinician, _count: 10 });
    expect(page.events).toHaveLength(10);
    const second = await page.next();
    expect(second?.events).toHaveLength(10);
    const third = await second!.next();
    expect(third?.events).toHaveLength(3);
    expect(await third!.next()).toBeUndefined();

    const ids: string[] = [];
    for await (const event of client().audit.iterate({ agent: t.keyIds.clinician, _count: 7 })) ids.push(event.id);
    expect(new Set(ids).size).toBe(23);
  });

  it('retries a 503 and succeeds', async () => {
    front.fail503 = 2;
    const before = front.requests;
    const report = await client({ maxRetries: 2 }).audit.verify();
    expect(report.valid).toBe(true);
    expect(front.requests - before).toBe(3);
  });

  it('gives up after maxRetries with a typed ServerError', async () => {
    front.fail503 = 5;
    const before = front.requests;
    const error = await client({ maxRetries: 1 })
      .audit.verify()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).status).toBe(503);
    expect(front.requests - before).toBe(2);
    front.fail503 = 0;
  });

  it('never retries a 400, and carries the OperationOutcome and request id', async () => {
    const before = front.requests;
    const error = await client({ maxRetries: 3 })
      .audit.search({ _cursor: 'not-a-cursor' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).code).toBe('invalid-search-parameter');
    expect((error as BadRequestError).outcome?.resourceType).toBe('OperationOutcome');
    expect((error as BadRequestError).requestId).toMatch(/[0-9a-f-]{36}/);
    expect(front.requests - before).toBe(1);
  });

  it('types 401 and 403', async () => {
    const unauth = await client({ apiKey: 'mrd_nope' })
      .audit.verify()
      .catch((e: unknown) => e);
    expect(unauth).toBeInstanceOf(AuthenticationError);
    expect((unauth as AuthenticationError).code).toBe('invalid-api-key');
    const denied = await client({ apiKey: t.keys.clinician })
      .audit.verify()
      .catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(PermissionDeniedError);
  });

  it('times out a stalled request', async () => {
    front.delayMs = PEER_HANG_MS;
    const started = Date.now();
    const error = await client({ timeoutMs: 150, maxRetries: 0 })
      .health()
      .catch((e: unknown) => e);
    front.delayMs = 0;
    expect(error).toBeInstanceOf(MeridianTimeoutError);
    expect(Date.now() - started).toBeLessThan(150 + DEADLINE_SLACK_MS);
  });

  it('reports an unreachable server as a connection error after retrying', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls++;
      return fetch(input, init);
    };
    const error = await new Meridian({ baseUrl: `http://127.0.0.1:${port}`, maxRetries: 2, fetch: counting })
      .health()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeridianConnectionError);
    expect(calls).toBe(3);
  });

  it('loads a patient with a transaction, then reads, searches and reads history through client.fhir', async () => {
    const bundle = readFixture<any>('inferno-reference-server-data/uscore_bundle_patient_client_test.json');
    const response = await client({ apiKey: t.keys.integration }).fhir.transaction(bundle);
    expect(response.type).toBe('transaction-response');
    expect(response.entry).toHaveLength(bundle.entry.length);
    const fhir = client({ apiKey: t.keys.clinician }).fhir;
    const patient = await fhir.read('Patient', 'us-core-client-tests-patient');
    expect(patient.resourceType).toBe('Patient');
    const page = await fhir.search('Observation', { patient: 'us-core-client-tests-patient', _count: 5 });
    expect(page.resources).toHaveLength(5);
    let total = page.resources.length;
    for (let p = await page.next(); p; p = await p.next()) total += p.resources.length;
    expect(total).toBe(bundle.entry.filter((e: any) => e.resource.resourceType === 'Observation').length);
    expect(await fhir.history('Patient', 'us-core-client-tests-patient')).toHaveLength(1);
    await expect(fhir.read('Patient', 'missing')).rejects.toMatchObject({ status: 404, code: 'resource-not-found' });
    await expect(fhir.read('Patient', 'bad id')).rejects.toThrow(TypeError);
  });

  it('assesses risk through client.risk, and refuses a bad request before sending it', async () => {
    const result = await client({ apiKey: t.keys.clinician }).risk.assess({
      patient: 'Patient/us-core-client-tests-patient',
      calculators: ['cha2ds2-vasc'],
    });
    expect(result.engine).toBe('deterministic');
    expect(result.results[0]!.calculatorId).toBe('cha2ds2-vasc');
    const before = front.requests;
    await expect(client().risk.assess({ calculators: ['news2'] } as never)).rejects.toThrow(
      /exactly one of patient or bundle/,
    );
    expect(front.requests).toBe(before);
  });

  it('makes a version-aware update with client.fhir.transaction (entry.request.ifMatch): a stale version is a ConflictError', async () => {
    const put = (ifMatch?: string) => ({
      resourceType: 'Bundle' as const,
      type: 'transaction' as const,
      entry: [
        {
          resource: { resourceType: 'Patient', id: 'sdk-if' },
          request: { method: 'PUT' as const, url: 'Patient/sdk-if', ...(ifMatch ? { ifMatch } : {}) },
        },
      ],
    });
    await client().fhir.transaction(put());
    expect((await client().fhir.transaction(put('W/"1"'))).entry?.[0]?.response?.etag).toBe('W/"2"');
    const error = await client()
      .fhir.transaction(put('W/"1"'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).status).toBe(412);
    expect((error as ConflictError).code).toBe('precondition-failed');
    // A malformed ETag is refused by the SDK's schema, before anything is sent.
    await expect(client().fhir.transaction(put('3'))).rejects.toThrow(/a weak ETag of a version/);
  });
});
