import type { EhrClient } from '@meridian/sdk';
import { readFixture } from '@meridian/fixtures';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import type { OutcomeError } from '../../../platform/errors/outcome-error.js';
import { createKeySets } from './key-sets.js';
import { verifyEhrJwt, type VerifyEhrJwtDeps } from './verify-ehr-jwt.js';

interface Vector {
  compact: string;
  jwks: { keys: JWK[] };
  payload: { iss: string; aud: string; exp: number; iat: number };
}
const vector = readFixture<Vector>('cds-hooks-spec/jwt-test-vector.json');

const client = (issuer: string, jwks: { keys: JWK[] }, extra: Partial<EhrClient> = {}): EhrClient => ({
  id: 'ehr-1',
  tenantId: 'clinic-a',
  issuer,
  name: 'Test EHR',
  jwksUrl: null,
  jwks: jwks as EhrClient['jwks'],
  jkuAllow: [],
  allowedServices: [],
  fhirServers: [],
  createdAt: '2026-01-01T00:00:00Z',
  revokedAt: null,
  ...extra,
});

/** Dependencies over an in-memory registry and jti set (the database versions are tested in the HTTP suites). */
function deps(clients: EhrClient[], now?: Date): VerifyEhrJwtDeps & { seen: Set<string> } {
  const seen = new Set<string>();
  return {
    seen,
    findClient: async (iss) => clients.find((c) => c.issuer === iss),
    keySets: createKeySets(),
    recordJwtId: async (iss, jti) => !seen.has(`${iss} ${jti}`) && !!seen.add(`${iss} ${jti}`),
    ...(now ? { now: () => now } : {}),
  };
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (e: OutcomeError) => `${e.code}: ${e.message}`,
  );

describe("the specification's example JWT (ES384)", () => {
  const registered = [client(vector.payload.iss, vector.jwks)];
  const insideWindow = new Date((vector.payload.exp - 60) * 1000);

  it('verifies with a clock inside its validity window, once (requirement 176)', async () => {
    const d = deps(registered, insideWindow);
    const { client: found, payload } = await verifyEhrJwt(vector.compact, [vector.payload.aud], d);
    expect(found.tenantId).toBe('clinic-a');
    expect(payload.jti).toBe('ee22b021-e1b7-4611-ba5b-8eec6a33ac1e');
    expect(await codeOf(verifyEhrJwt(vector.compact, [vector.payload.aud], d))).toMatch(/^ehr-jwt-replayed/);
  });

  it('is refused after exp, before iat, for another audience, and when its lifetime exceeds five minutes', async () => {
    expect(
      await codeOf(
        verifyEhrJwt(
          vector.compact,
          [vector.payload.aud],
          deps(registered, new Date((vector.payload.exp + 60) * 1000)),
        ),
      ),
    ).toMatch(/expired/);
    expect(
      await codeOf(
        verifyEhrJwt(
          vector.compact,
          [vector.payload.aud],
          deps(registered, new Date((vector.payload.iat - 3600) * 1000)),
        ),
      ),
    ).toMatch(/iat/);
    expect(
      await codeOf(
        verifyEhrJwt(vector.compact, ['https://cds.example.org/cds-services/other'], deps(registered, insideWindow)),
      ),
    ).toMatch(/"aud"/);
    expect(
      await codeOf(
        verifyEhrJwt(
          vector.compact,
          [vector.payload.aud],
          deps(registered, new Date((vector.payload.iat + 60) * 1000)),
        ),
      ),
    ).toMatch(/more than 300 seconds/);
    expect(await codeOf(verifyEhrJwt(vector.compact, [vector.payload.aud], deps(registered)))).toMatch(/expired/);
  });

  it('is refused when its issuer is not registered, or is registered with other keys', async () => {
    expect(await codeOf(verifyEhrJwt(vector.compact, [vector.payload.aud], deps([], insideWindow)))).toMatch(
      /not a registered EHR client/,
    );
    const { publicKey } = await generateKeyPair('ES384');
    const other = [
      client(vector.payload.iss, { keys: [{ ...(await exportJWK(publicKey)), kid: 'example-kid', alg: 'ES384' }] }),
    ];
    expect(await codeOf(verifyEhrJwt(vector.compact, [vector.payload.aud], deps(other, insideWindow)))).toMatch(
      /signature does not verify/,
    );
  });
});

describe('EHR JWTs Meridian signs in tests', () => {
  const aud = 'https://meridian.example.org/cds-services/meridian-patient-risk';
  const iss = 'https://ehr.example.org';

  async function keyPair(alg: 'ES384' | 'RS384' | 'ES256') {
    const { publicKey, privateKey } = await generateKeyPair(alg);
    return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid: `${alg}-key`, alg } };
  }
  const sign = (
    key: Awaited<ReturnType<typeof keyPair>>,
    claims: Record<string, unknown> = {},
    header: Record<string, unknown> = {},
  ) =>
    new SignJWT({
      jti: crypto.randomUUID(),
      iat: Math.floor(Date.now() / 1000),
      exp: Math.floor(Date.now() / 1000) + 240,
      ...claims,
    })
      .setProtectedHeader({ alg: key.jwk.alg!, kid: key.jwk.kid!, typ: 'JWT', ...header })
      .setIssuer(iss)
      .setAudience(aud)
      .sign(key.privateKey);

  it('accepts ES384 and RS384 (requirement 176)', async () => {
    for (const alg of ['ES384', 'RS384'] as const) {
      const key = await keyPair(alg);
      expect(await codeOf(verifyEhrJwt(await sign(key), [aud], deps([client(iss, { keys: [key.jwk] })])))).toBe('ok');
    }
  });

  it('refuses other algorithms, the none algorithm and symmetric algorithms (requirements 201, 203)', async () => {
    const es256 = await keyPair('ES256');
    expect(await codeOf(verifyEhrJwt(await sign(es256), [aud], deps([client(iss, { keys: [es256.jwk] })])))).toMatch(
      /ES256 is not accepted/,
    );
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const body = enc({ iss, aud, iat: now, exp: now + 60, jti: 'x' });
    const registered = deps([client(iss, { keys: [(await keyPair('ES384')).jwk] })]);
    expect(await codeOf(verifyEhrJwt(`${enc({ alg: 'none', typ: 'JWT' })}.${body}.`, [aud], registered))).toMatch(
      /none is not accepted/,
    );
    expect(await codeOf(verifyEhrJwt(`${enc({ alg: 'HS384', typ: 'JWT' })}.${body}.c2ln`, [aud], registered))).toMatch(
      /HS384 is not accepted/,
    );
    expect(await codeOf(verifyEhrJwt('not-a-jwt', [aud], registered))).toMatch(/not a JWT/);
  });

  it('refuses a token dated in the future, one living longer than five minutes, and one without jti', async () => {
    const key = await keyPair('ES384');
    const registered = () => deps([client(iss, { keys: [key.jwk] })]);
    const later = Math.floor(Date.now() / 1000) + 3600;
    expect(await codeOf(verifyEhrJwt(await sign(key, { iat: later, exp: later + 60 }), [aud], registered()))).toMatch(
      /iat/,
    );
    expect(await codeOf(verifyEhrJwt(await sign(key, { nbf: later }), [aud], registered()))).toMatch(/"nbf"/);
    expect(await codeOf(verifyEhrJwt(await sign(key, { exp: later }), [aud], registered()))).toMatch(
      /more than 300 seconds/,
    );
    const noJti = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES384', kid: key.jwk.kid! })
      .setIssuer(iss)
      .setAudience(aud)
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(key.privateKey);
    expect(await codeOf(verifyEhrJwt(noJti, [aud], registered()))).toMatch(/"jti"/);
  });

  it('ignores a jku the client did not allow-list, so a token signed with keys it points to fails (requirement 199)', async () => {
    const registeredKey = await keyPair('ES384');
    const attacker = await keyPair('ES384');
    const token = await sign(
      { ...attacker, jwk: { ...attacker.jwk, kid: registeredKey.jwk.kid } },
      {},
      { jku: 'https://attacker.example/jwks' },
    );
    expect(await codeOf(verifyEhrJwt(token, [aud], deps([client(iss, { keys: [registeredKey.jwk] })])))).toMatch(
      /signature does not verify/,
    );
  });
});
