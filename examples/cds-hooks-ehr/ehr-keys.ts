/**
 * The example EHR's signing key and its JWTs, with Node's WebCrypto only (an
 * implementation independent of the `jose` library Meridian verifies with).
 */
import { randomUUID, webcrypto } from 'node:crypto';

const { subtle } = webcrypto;
const base64url = (data: ArrayBuffer | Uint8Array | string) =>
  Buffer.from(typeof data === 'string' ? data : data instanceof Uint8Array ? data : new Uint8Array(data)).toString(
    'base64url',
  );

/** An ES384 key pair with its public JWK. */
export interface EhrKey {
  kid: string;
  publicJwk: Record<string, unknown>;
  privateKey: webcrypto.CryptoKey;
}

/** Generates an ES384 (P-384) key pair. */
export async function generateEhrKey(): Promise<EhrKey> {
  const pair = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign', 'verify']);
  const kid = `ehr-example-${randomUUID().slice(0, 8)}`;
  const jwk = await subtle.exportKey('jwk', pair.publicKey);
  return {
    kid,
    privateKey: pair.privateKey,
    publicJwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, kid, alg: 'ES384', use: 'sig' },
  };
}

/** Signs the JWT CDS Hooks asks for: iss, aud (the URL called), iat, exp (+4 min), a fresh jti. */
export async function signEhrJwt(key: EhrKey, issuer: string, audience: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'ES384', typ: 'JWT', kid: key.kid }));
  const payload = base64url(
    JSON.stringify({ iss: issuer, sub: 'example-ehr', aud: audience, iat: now, exp: now + 240, jti: randomUUID() }),
  );
  const signature = await subtle.sign(
    { name: 'ECDSA', hash: 'SHA-384' },
    key.privateKey,
    Buffer.from(`${header}.${payload}`),
  );
  return `${header}.${payload}.${base64url(signature)}`; // WebCrypto's ECDSA signature is already r||s, as JWS wants
}
