import { describe, expect, it } from 'vitest';
import { MERIDIAN_ERROR_SYSTEM } from '../schemas/operation-outcome.js';
import { NotFoundError, RateLimitError } from './errors.js';
import { Transport } from './transport.js';

const outcome = (code: string) => ({
  resourceType: 'OperationOutcome',
  issue: [
    { severity: 'error', code: 'not-found', details: { coding: [{ system: MERIDIAN_ERROR_SYSTEM, code }], text: 'x' } },
  ],
});

/** A scripted fetch: answers in order, records every call. */
function scripted(...answers: Array<() => Response | Promise<Response>>) {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const f: typeof fetch = async (input, init) => {
    calls.push({ url: String(input), init });
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    return next();
  };
  return { f, calls };
}

describe('Transport', () => {
  it('sends the API key as a Bearer token and encodes repeated query parameters', async () => {
    const { f, calls } = scripted(() => Response.json({ ok: true }));
    const t = new Transport({ baseUrl: 'http://h:1/', apiKey: 'k', fetch: f });
    await t.request({
      method: 'GET',
      path: '/fhir/AuditEvent',
      query: { date: ['ge2026-01-01', 'le2026-02-01'], action: undefined },
    });
    expect(calls[0]!.url).toBe('http://h:1/fhir/AuditEvent?date=ge2026-01-01&date=le2026-02-01');
    expect((calls[0]!.init!.headers as Record<string, string>).authorization).toBe('Bearer k');
  });

  it('honours Retry-After on 429 and retries', async () => {
    const { f, calls } = scripted(
      () => new Response('{}', { status: 429, headers: { 'retry-after': '0' } }),
      () => Response.json({ ok: 1 }),
    );
    expect(await new Transport({ baseUrl: 'http://h', fetch: f }).request({ method: 'GET', path: '/x' })).toEqual({
      ok: 1,
    });
    expect(calls).toHaveLength(2);
  });

  it('throws RateLimitError when 429 persists past maxRetries', async () => {
    const answer = () =>
      new Response(JSON.stringify(outcome('rate-limited')), { status: 429, headers: { 'retry-after': '0' } });
    const { f } = scripted(answer, answer);
    const error: any = await new Transport({ baseUrl: 'http://h', fetch: f, maxRetries: 1 })
      .request({ method: 'GET', path: '/x' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.code).toBe('rate-limited');
  });

  it('does not retry a 404 and reads the error code from the outcome', async () => {
    const { f, calls } = scripted(
      () =>
        new Response(JSON.stringify(outcome('resource-not-found')), {
          status: 404,
          headers: { 'x-request-id': 'r-9' },
        }),
    );
    const error: any = await new Transport({ baseUrl: 'http://h', fetch: f, maxRetries: 3 })
      .request({ method: 'GET', path: '/x' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.code).toBe('resource-not-found');
    expect(error.requestId).toBe('r-9');
    expect(error.message).toContain('r-9');
    expect(calls).toHaveLength(1);
  });

  it('copes with an error body that is not an OperationOutcome', async () => {
    const { f } = scripted(() => new Response('<html>bad gateway</html>', { status: 404 }));
    const error: any = await new Transport({ baseUrl: 'http://h', fetch: f })
      .request({ method: 'GET', path: '/x' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.outcome).toBeUndefined();
  });

  it('follows an absolute next link as given', async () => {
    const { f, calls } = scripted(() => Response.json({}));
    await new Transport({ baseUrl: 'http://h', fetch: f }).request({
      method: 'GET',
      path: 'http://other:9/fhir/AuditEvent?_cursor=5',
    });
    expect(calls[0]!.url).toBe('http://other:9/fhir/AuditEvent?_cursor=5');
  });
});
