import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationOutcomeSchema } from '@meridian/sdk';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { answerClientErrors } from '../client-errors.js';

/** Sends raw bytes and returns everything the server wrote before closing. */
function rawExchange(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('end', () => resolve(received));
    socket.on('error', reject);
  });
}

const bodyOf = (raw: string) => JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4));

describe('431 (probe 7): what Node refuses before Express, on a real socket', () => {
  let t: TestApp;
  let server: Server;
  let base: string;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp('pglite', 'clinic-431');
    server = createServer(t.app);
    answerClientErrors(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await t?.dispose();
  });

  it('431: a huge header is answered with an OperationOutcome, request-header-fields-too-large', async () => {
    const res = await fetch(`${base}/fhir/Patient`, {
      headers: { authorization: `Bearer ${t.keys.clinician}`, 'x-padding': 'x'.repeat(20_000) },
    });
    expect(res.status).toBe(431);
    expect(res.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const outcome = operationOutcomeSchema.parse(await res.json());
    expect(outcome.issue[0]).toMatchObject({
      code: 'too-long',
      details: { coding: [{ code: 'request-header-fields-too-large' }] },
    });
    expect(outcome.issue[0]!.details!.text).toMatch(/16,384 bytes/);
  });

  it('431: a URL too large is answered the same way', async () => {
    const res = await fetch(`${base}/fhir/Patient?identifier=${'a'.repeat(20_000)}`, {
      headers: { authorization: `Bearer ${t.keys.clinician}` },
    });
    expect(res.status).toBe(431);
    expect(operationOutcomeSchema.parse(await res.json()).issue[0]!.details!.coding![0]!.code).toBe(
      'request-header-fields-too-large',
    );
  });

  it('431: a request that is not HTTP/1.1 gets a 400 OperationOutcome, and the server keeps serving', async () => {
    const raw = await rawExchange(port, 'GET /health/live HTTP/1.1\r\nHost: x\r\nNot a header line\r\n\r\n');
    expect(raw).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(raw).toMatch(/\r\nConnection: close\r\n/);
    expect(bodyOf(raw).issue[0].details.coding[0].code).toBe('validation-failed');
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
  });

  it('431: the header just under the limit still reaches the app', async () => {
    const res = await fetch(`${base}/fhir/Patient?_count=1`, {
      headers: { authorization: `Bearer ${t.keys.clinician}`, 'x-padding': 'x'.repeat(12_000) },
    });
    expect(res.status).toBe(200);
  });
});
