import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { versionOfETag } from '../schemas/fhir-primitives.js';
import { MeridianError, MeridianValidationError } from './errors.js';
import { Meridian } from './meridian.js';

function recording(answer: () => Response) {
  const calls: string[] = [];
  const f: typeof fetch = async (input) => {
    calls.push(String(input));
    return answer();
  };
  return { f, calls };
}

const caught = async (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );

describe('MeridianValidationError', () => {
  it('refuses a bad request body before sending it, naming each field path', async () => {
    const { f, calls } = recording(() => Response.json({}));
    const client = new Meridian({ baseUrl: 'http://h', fetch: f });
    const error = await caught(
      client.cdsHooks.call('meridian-patient-risk', { hook: 'patient-view', hookInstance: 7, context: [] }),
    );
    expect(error).toBeInstanceOf(MeridianValidationError);
    expect(error).toBeInstanceOf(MeridianError);
    expect(error).not.toBeInstanceOf(ZodError);
    const validation = error as MeridianValidationError;
    expect(validation.name).toBe('MeridianValidationError');
    expect(validation.target).toBe('request');
    expect(validation.issues.map((i) => i.path)).toEqual([['hookInstance'], ['context']]);
    expect(validation.issues.every((i) => typeof i.message === 'string' && i.message.length > 0)).toBe(true);
    expect(validation.message).toMatch(/^invalid request, not sent: hookInstance: .+; context: .+/);
    expect(validation.cause).toBeInstanceOf(ZodError);
    expect(calls).toEqual([]);
  });

  it('names a refinement of the whole body as (root), with its message', async () => {
    const { f, calls } = recording(() => Response.json({}));
    const error = await caught(new Meridian({ baseUrl: 'http://h', fetch: f }).risk.assess({ calculators: ['news2'] }));
    expect(error).toBeInstanceOf(MeridianValidationError);
    expect((error as MeridianValidationError).issues).toEqual([
      { path: [], message: 'give exactly one of patient or bundle' },
    ]);
    expect((error as Error).message).toBe('invalid request, not sent: (root): give exactly one of patient or bundle');
    expect(calls).toEqual([]);
  });

  it('types a malformed server response, with the paths that do not match', async () => {
    const { f, calls } = recording(() => Response.json({ status: 'fine', version: 3 }));
    const error = await caught(new Meridian({ baseUrl: 'http://h', fetch: f }).health());
    expect(calls).toHaveLength(1);
    expect(error).toBeInstanceOf(MeridianValidationError);
    const validation = error as MeridianValidationError;
    expect(validation.target).toBe('response');
    expect(validation.issues.map((i) => i.path.join('.'))).toEqual(['status', 'version']);
    expect(validation.message).toMatch(
      /^the server's response does not match the SDK's schema: status: .+; version: .+/,
    );
  });

  it('types a malformed card in a hook response, deep in the body', async () => {
    const card = { summary: 'x', indicator: 'loud', source: {} };
    const { f } = recording(() => Response.json({ cards: [card] }));
    const error = await caught(
      new Meridian({ baseUrl: 'http://h', fetch: f }).cdsHooks.call('s', {
        hook: 'patient-view',
        hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
        context: { userId: 'Practitioner/1', patientId: '1' },
      }),
    );
    expect(error).toBeInstanceOf(MeridianValidationError);
    expect((error as MeridianValidationError).issues.map((i) => i.path)).toEqual([
      ['cards', 0, 'indicator'],
      ['cards', 0, 'source', 'label'],
    ]);
  });

  it('lists at most five issues in the message, and counts the rest', () => {
    const issues = Array.from({ length: 7 }, (_, i) => ({ path: ['entry', i], message: 'bad' }));
    const error = new MeridianValidationError('request', issues);
    expect(error.issues).toHaveLength(7);
    expect(error.message).toBe(
      'invalid request, not sent: entry.0: bad; entry.1: bad; entry.2: bad; entry.3: bad; entry.4: bad; and 2 more',
    );
  });

  it('is what versionOfETag throws for a malformed ETag', () => {
    expect(versionOfETag('W/"3"')).toBe(3);
    expect(() => versionOfETag('3')).toThrow(MeridianValidationError);
    expect(() => versionOfETag('3')).toThrow('invalid request, not sent: (root): a weak ETag of a version: W/"n"');
  });
});
