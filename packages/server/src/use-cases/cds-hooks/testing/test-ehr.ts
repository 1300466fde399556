/**
 * A test EHR: its own key pair, registered as an EHR client of a tenant
 * (inline JWKS, or a JWKS URL it serves on loopback, which can be made to
 * hang), signing a fresh JWT for each call. Test-only.
 *
 * @module
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EhrClient } from '@meridian/sdk';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import type { Queryable } from '../../../platform/store/db.js';
import { createEhrClient } from '../../../platform/tenancy/ehr-clients.js';

/** A registered test EHR. */
export interface TestEhr {
  issuer: string;
  client: EhrClient;
  jwk: JWK;
  /** A fresh JWT for a call to `audience`; `claims` override the defaults (iat now, exp +4 min, random jti). */
  sign(audience: string, claims?: Record<string, unknown>, header?: Record<string, unknown>): Promise<string>;
  /** Make the JWKS URL hang (when served). */
  hangJwks(hang: boolean): void;
  /** Replaces the signing key (a new kid), publishing old and new keys at the JWKS URL. */
  rotate(): Promise<void>;
  /** How many times the JWKS URL was fetched. */
  jwksFetches(): number;
  close(): Promise<void>;
}

/** Options of {@link createTestEhr}. */
export interface TestEhrOptions {
  alg?: 'ES384' | 'RS384';
  issuer?: string;
  /** `inline` (default): the JWKS is stored with the client; `url`: served over HTTP and registered by URL. */
  jwks?: 'inline' | 'url';
  allowedServices?: string[];
  /** FHIR servers Meridian may fetch from for this EHR (default none). */
  fhirServers?: string[];
}

/**
 * Registers a test EHR for `tenantId`.
 *
 * @example
 * ```ts
 * const ehr = await createTestEhr(db, 'clinic-a');
 * const token = await ehr.sign('https://meridian.test/cds-services/meridian-patient-risk');
 * ```
 */
export async function createTestEhr(db: Queryable, tenantId: string, options: TestEhrOptions = {}): Promise<TestEhr> {
  const alg = options.alg ?? 'ES384';
  const newKey = async () => {
    const pair = await generateKeyPair(alg);
    return {
      privateKey: pair.privateKey,
      jwk: {
        ...(await exportJWK(pair.publicKey)),
        kid: `${alg}-${crypto.randomUUID().slice(0, 8)}`,
        alg,
        use: 'sig',
      } as JWK,
    };
  };
  let { privateKey, jwk } = await newKey();
  const published: JWK[] = [jwk];
  let fetches = 0;
  const issuer = options.issuer ?? `https://ehr-${crypto.randomUUID().slice(0, 8)}.example.org`;
  let server: Server | undefined;
  let hang = false;
  let jwksUrl: string | undefined;
  if (options.jwks === 'url') {
    server = createServer((_req, res) => {
      fetches += 1;
      if (hang) return;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: published }));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
  }
  const client = await createEhrClient(db, {
    tenantId,
    issuer,
    name: 'Test EHR',
    ...(jwksUrl ? { jwksUrl } : { jwks: { keys: [jwk] } as EhrClient['jwks'] }),
    allowedServices: options.allowedServices ?? [],
    fhirServers: options.fhirServers ?? [],
  });
  if (!client) throw new Error(`issuer ${issuer} already registered`);
  return {
    issuer,
    client,
    get jwk() {
      return jwk;
    },
    sign(audience, claims = {}, header = {}) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({
        iss: issuer,
        aud: audience,
        iat: now,
        exp: now + 240,
        jti: crypto.randomUUID(),
        sub: 'ehr-test-client',
        ...claims,
      })
        .setProtectedHeader({ alg, kid: jwk.kid!, typ: 'JWT', ...header })
        .sign(privateKey);
    },
    hangJwks: (value) => void (hang = value),
    async rotate() {
      ({ privateKey, jwk } = await newKey());
      published.push(jwk);
    },
    jwksFetches: () => fetches,
    close: () =>
      server
        ? new Promise<void>((resolve) => {
            server!.closeAllConnections();
            server!.close(() => resolve());
          })
        : Promise.resolve(),
  };
}
