import { Agent, createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationOutcomeSchema } from '@meridian/sdk';
import { answerClientErrors } from '../client-errors.js';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { fuzzRequest, type FuzzRequest } from '../../../testing/fuzz-requests.js';

/** Reproduce a failure with `MERIDIAN_FUZZ_SEED=<seed printed in the failure> npx vitest run <this file>`. */
const SEED = Number(process.env.MERIDIAN_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const NUM_RUNS = Number(process.env.MERIDIAN_FUZZ_RUNS ?? 500);

interface Reply {
  status: number;
  contentType: string;
  text: string;
}

/** Sends the request exactly as generated (no URL normalisation, unlike fetch) to the real server. */
function send(port: number, agent: Agent, r: FuzzRequest, keys: TestApp['keys']): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (r.auth === 'bad') headers.authorization = 'Bearer mrd_not_a_key_of_this_server_000';
  else if (r.auth !== 'none') headers.authorization = `Bearer ${keys[r.auth]}`;
  if (r.contentType) headers['content-type'] = r.contentType;
  if (r.body !== undefined) headers['content-length'] = String(Buffer.byteLength(r.body));
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, agent, method: r.method, path: r.path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), text }),
      );
    });
    req.on('error', reject);
    req.end(r.body);
  });
}

/** Every version a 2xx reply says it wrote: `Type/id` and its version. */
function acknowledgedWrites(r: FuzzRequest, reply: Reply): Array<{ ref: string; version: string }> {
  if (r.method !== 'POST' || reply.status !== 200) return [];
  const body = JSON.parse(reply.text);
  if (r.path.startsWith('/fhir') && Array.isArray(body.entry)) {
    return body.entry.flatMap((e: any) => {
      const m =
        /^\d{3}/.test(e.response?.status) && /^20[01]/.test(e.response.status)
          ? /^([A-Za-z]+\/[^/]+)\/_history\/(\d+)$/.exec(e.response.location)
          : null;
      return m ? [{ ref: m[1]!, version: m[2]! }] : [];
    });
  }
  return (body.riskAssessments ?? []).map((ra: any) => ({
    ref: `RiskAssessment/${ra.id}`,
    version: ra.meta.versionId,
  }));
}

describe.each(DB_KINDS)('every endpoint under random and mutated input (property) on $kind', ({ kind, skip }) => {
  let t: TestApp;
  let server: Server;
  let port: number;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  beforeAll(async () => {
    if (skip) return;
    t = await createTestApp(kind, 'clinic-fuzz');
    server = createServer(t.app);
    answerClientErrors(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    agent.destroy();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await t?.dispose();
  });

  it.skipIf(skip)(
    `never answers 5xx, answers every error with an OperationOutcome, stays ready and loses no acknowledged write (seed ${SEED})`,
    async () => {
      const written: Array<{ ref: string; version: string }> = [];
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(fuzzRequest, async (r) => {
          const reply = await send(port, agent, r, t.keys);
          statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
          expect(reply.status, `${r.method} ${r.path}`).toBeLessThan(500);
          if (reply.status >= 400) {
            expect(reply.contentType).toMatch(/^application\/fhir\+json/);
            expect(operationOutcomeSchema.safeParse(JSON.parse(reply.text)).success).toBe(true);
          }
          written.push(...acknowledgedWrites(r, reply));
        }),
        { seed: SEED, numRuns: NUM_RUNS, endOnFailure: true },
      );

      console.info(
        `[fuzz ${kind}] seed ${SEED}, ${NUM_RUNS} runs, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}, ${written.length} writes acknowledged`,
      );
      const ready = await send(
        port,
        agent,
        { method: 'GET', path: '/health/ready', auth: 'none', contentType: undefined, body: undefined },
        t.keys,
      );
      expect(ready.status).toBe(200);
      for (const { ref, version } of written) {
        const history = await send(
          port,
          agent,
          { method: 'GET', path: `/fhir/${ref}/_history`, auth: 'clinician', contentType: undefined, body: undefined },
          t.keys,
        );
        expect(history.status, ref).toBe(200);
        expect(
          JSON.parse(history.text).entry.map((e: any) => e.resource.meta.versionId),
          ref,
        ).toContain(version);
      }
      const verify = await send(
        port,
        agent,
        { method: 'GET', path: '/audit/verify', auth: 'auditor', contentType: undefined, body: undefined },
        t.keys,
      );
      expect(JSON.parse(verify.text).valid).toBe(true);
      // The run must have reached past authentication and written something, or it proves little.
      expect(written.length).toBeGreaterThan(0);
      expect([...statuses.keys()].filter((s) => s >= 200 && s < 300).length).toBeGreaterThan(0);
      expect([...statuses.keys()].filter((s) => s >= 400).length).toBeGreaterThan(3);
    },
  );
});
