/**
 * Verification of the JWT a CDS Client (an EHR) signs for each call, as CDS
 * Hooks 2.0 "Trusting CDS Clients" describes it: an asymmetric signature
 * (ES384 or RS384; never `none` or a shared secret) by a key of the
 * registered client (its inline JWKS or JWKS URL, or the token's `jku` when
 * the client allow-listed it; an unlisted `jku` is ignored), `iss` naming
 * that client (and so the tenant), `aud` the URL called, `exp` at most five
 * minutes ahead (Meridian's bound, as SMART Backend Services sets it, so a
 * `jti` need only be remembered that long), `iat` not in the future, and a
 * `jti` never seen before.
 *
 * @module
 */
import type { EhrClient } from '@meridian/sdk';
import { decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import { OutcomeError } from '../../../platform/errors/outcome-error.js';
import type { KeySets } from './key-sets.js';

/** The algorithms accepted (CDS Hooks 2.0 names ES384 and RS384). */
export const EHR_JWT_ALGORITHMS = ['ES384', 'RS384'] as const;
/** The longest a token may live, as the specification bounds `exp`. */
export const EHR_JWT_MAX_LIFETIME_SECONDS = 300;
/** Clock skew tolerated between the EHR and Meridian. */
export const EHR_JWT_CLOCK_TOLERANCE_SECONDS = 30;

/** What verification needs besides the token. */
export interface VerifyEhrJwtDeps {
  findClient(issuer: string): Promise<EhrClient | undefined>;
  keySets: KeySets;
  /**
   * Records the `jti`; false when it was already seen. Without it the caller
   * records the `jti` itself (the HTTP layer does, in the call's transaction).
   */
  recordJwtId?(issuer: string, jti: string, expiresAt: Date): Promise<boolean>;
  /** "Now" (tests set it to the specification's example window). */
  now?: () => Date;
}

/** A verified token: the client it names and its claims. */
export interface VerifiedEhrJwt {
  client: EhrClient;
  payload: JWTPayload & { iss: string; jti: string; exp: number; iat: number };
  /** How long the `jti` must be remembered: until the token can no longer pass `exp`. */
  jtiExpiresAt: Date;
}

/**
 * The 401 for a token whose `jti` was already used.
 *
 * @example
 * ```ts
 * if (!(await recordJwtId(tx, iss, jti, expiresAt))) throw ehrJwtReplayed();
 * ```
 */
export function ehrJwtReplayed(): OutcomeError {
  return new OutcomeError(
    'ehr-jwt-replayed',
    'this JWT (iss, jti) was already used; sign a new one for every call',
    [],
    { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
  );
}

const invalid = (message: string) =>
  new OutcomeError('invalid-ehr-jwt', message, [], { 'WWW-Authenticate': 'Bearer error="invalid_token"' });

function readHeader(token: string): { alg?: string; kid?: string; jku?: string } {
  try {
    decodeJwt(token);
    return decodeProtectedHeader(token) as { alg?: string; kid?: string; jku?: string };
  } catch {
    throw invalid('the bearer token is not a JWT');
  }
}

function describeJoseError(error: unknown): OutcomeError {
  if (error instanceof errors.JWKSTimeout)
    return new OutcomeError('jwks-unavailable', "the EHR's JWKS did not answer in time; try again", [], {
      'Retry-After': '5',
    });
  if (error instanceof errors.JOSEError && error.code === 'ERR_JOSE_GENERIC' && /fetch|JWKS/i.test(error.message)) {
    return new OutcomeError('jwks-unavailable', "the EHR's JWKS could not be fetched", [], { 'Retry-After': '5' });
  }
  if (error instanceof errors.JWKSNoMatchingKey) return invalid("no key of the EHR's JWKS matches the token's kid");
  if (error instanceof errors.JWKSInvalid)
    return new OutcomeError('jwks-unavailable', "the EHR's JWKS is not a valid JWK Set", [], { 'Retry-After': '5' });
  if (error instanceof errors.JWTExpired) return invalid('the JWT has expired (exp)');
  if (error instanceof errors.JWTClaimValidationFailed)
    return invalid(`the JWT's "${error.claim}" claim is not acceptable: ${error.reason}`);
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return invalid("the JWT's signature does not verify with the EHR's keys");
  if (error instanceof errors.JOSEAlgNotAllowed)
    return invalid(`the JWT's algorithm is not accepted; use ${EHR_JWT_ALGORITHMS.join(' or ')}`);
  if (error instanceof errors.JOSEError) return invalid(`the JWT could not be verified (${error.code})`);
  return new OutcomeError('jwks-unavailable', "the EHR's JWKS could not be fetched", [], { 'Retry-After': '5' });
}

/**
 * Verifies an EHR's JWT for a call to `audiences[0]` (feedback also accepts
 * the service URL). Throws a 401 `invalid-ehr-jwt`, a 401 `ehr-jwt-replayed`
 * or a 503 `jwks-unavailable` OperationOutcome error.
 *
 * @example
 * ```ts
 * const { client, payload } = await verifyEhrJwt(token, ['https://cds.example.org/cds-services/meridian-patient-risk'], deps);
 * ```
 */
export async function verifyEhrJwt(
  token: string,
  audiences: readonly string[],
  deps: VerifyEhrJwtDeps,
): Promise<VerifiedEhrJwt> {
  const header = readHeader(token);
  if (!header.alg || !(EHR_JWT_ALGORITHMS as readonly string[]).includes(header.alg)) {
    throw invalid(
      `the JWT's algorithm ${header.alg ?? '(none)'} is not accepted; use ${EHR_JWT_ALGORITHMS.join(' or ')}`,
    );
  }
  const issuer = decodeJwt(token).iss;
  if (typeof issuer !== 'string' || !issuer) throw invalid('the JWT has no iss');
  const client = await deps.findClient(issuer);
  if (!client) throw invalid('the JWT issuer is not a registered EHR client');
  // A jku is honoured only when the client registered it; otherwise the registered keys decide.
  const jku = header.jku !== undefined && client.jkuAllow.includes(header.jku) ? header.jku : undefined;
  const now = deps.now?.() ?? new Date();
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, deps.keySets.forClient(client, jku), {
      algorithms: [...EHR_JWT_ALGORITHMS],
      issuer,
      audience: [...audiences],
      requiredClaims: ['iss', 'aud', 'exp', 'iat', 'jti'],
      clockTolerance: EHR_JWT_CLOCK_TOLERANCE_SECONDS,
      currentDate: now,
    }));
  } catch (error) {
    throw describeJoseError(error);
  }
  const nowSeconds = now.getTime() / 1000;
  if (payload.iat! > nowSeconds + EHR_JWT_CLOCK_TOLERANCE_SECONDS)
    throw invalid('the JWT was issued in the future (iat)');
  if (payload.exp! > nowSeconds + EHR_JWT_MAX_LIFETIME_SECONDS + EHR_JWT_CLOCK_TOLERANCE_SECONDS) {
    throw invalid(`the JWT expires more than ${EHR_JWT_MAX_LIFETIME_SECONDS} seconds from now (exp)`);
  }
  if (typeof payload.jti !== 'string' || !payload.jti || payload.jti.length > 256)
    throw invalid('the JWT needs a jti of at most 256 characters');
  const jtiExpiresAt = new Date((payload.exp! + EHR_JWT_CLOCK_TOLERANCE_SECONDS) * 1000);
  if (deps.recordJwtId && !(await deps.recordJwtId(issuer, payload.jti, jtiExpiresAt))) throw ehrJwtReplayed();
  return { client, payload: payload as VerifiedEhrJwt['payload'], jtiExpiresAt };
}
