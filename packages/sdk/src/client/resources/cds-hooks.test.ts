import { describe, expect, it } from 'vitest';
import { MERIDIAN_ERROR_SYSTEM } from '../../schemas/operation-outcome.js';
import { PreconditionFailedError, ServerError } from '../errors.js';
import { Transport } from '../transport.js';
import { CdsHooksResource } from './cds-hooks.js';

function recording(answer: () => Response) {
  const calls: Array<{ url: string; headers: Record<string, string> }> = [];
  const f: typeof fetch = async (input, init) => {
    calls.push({ url: String(input), headers: init?.headers as Record<string, string> });
    return answer();
  };
  return { f, calls };
}

const request = {
  hook: 'patient-view',
  hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
  context: { userId: 'Practitioner/1', patientId: '1' },
};
const outcome = (code: string, status: number) =>
  new Response(
    JSON.stringify({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'x', details: { coding: [{ system: MERIDIAN_ERROR_SYSTEM, code }] } }],
    }),
    { status },
  );

describe('cdsHooks resource', () => {
  it('asks the signer for a JWT whose audience is the URL called, and sends it instead of the API key', async () => {
    const { f, calls } = recording(() => Response.json({ cards: [] }));
    const audiences: string[] = [];
    const cds = new CdsHooksResource(new Transport({ baseUrl: 'http://h:1/', apiKey: 'api-key', fetch: f }));
    await cds.call('meridian-patient-risk', request, { jwt: (aud) => (audiences.push(aud), 'signed.jwt.value') });
    expect(audiences).toEqual(['http://h:1/cds-services/meridian-patient-risk']);
    expect(calls[0]!.headers.authorization).toBe('Bearer signed.jwt.value');
  });

  it('never retries a hook call, even on 503, and types a 412', async () => {
    const unavailable = recording(() => outcome('jwks-unavailable', 503));
    const cds = new CdsHooksResource(new Transport({ baseUrl: 'http://h', fetch: unavailable.f, maxRetries: 3 }));
    expect(await cds.call('s', request).catch((e) => e)).toBeInstanceOf(ServerError);
    expect(unavailable.calls).toHaveLength(1);
    const precondition = recording(() => outcome('fhir-data-unavailable', 412));
    const error = await new CdsHooksResource(new Transport({ baseUrl: 'http://h', fetch: precondition.f }))
      .call('s', request)
      .catch((e) => e);
    expect(error).toBeInstanceOf(PreconditionFailedError);
    expect(error.code).toBe('fhir-data-unavailable');
  });

  it('refuses a feedback body that breaks the specification before sending it', async () => {
    const { f, calls } = recording(() => Response.json({ received: 1 }));
    const cds = new CdsHooksResource(new Transport({ baseUrl: 'http://h', fetch: f }));
    await expect(
      cds.feedback('s', { feedback: [{ card: 'c', outcome: 'accepted', outcomeTimestamp: '2026-01-01T00:00:00Z' }] }),
    ).rejects.toThrow(/acceptedSuggestions/);
    expect(calls).toHaveLength(0);
  });
});
