/**
 * Spending an EHR's JWT: its `jti` is recorded once, inside the transaction
 * that records the call (one commit a call), or on its own when the call
 * fails before that transaction, so a token is never accepted twice.
 *
 * @module
 */
import type { Queryable } from '../../../platform/store/db.js';
import { recordJwtId } from './jti-store.js';
import { ehrJwtReplayed } from './verify-ehr-jwt.js';

/** A verified token's identity, carried from authentication to the call that spends it. */
export interface EhrJwtClaim {
  issuer: string;
  jti: string;
  /** Until when the `jti` must be remembered. */
  expiresAt: Date;
}

/**
 * Records the call's `jti` inside the transaction that records the call, and
 * throws `401 ehr-jwt-replayed` when it was already used (by this or another
 * process: a concurrent use waits on the unique key until the first commits).
 * A no-op without a claim (an unsigned demo call).
 *
 * @example
 * ```ts
 * await services.audit.record(actor, async (tx) => { await claimEhrJwt(tx, claim); return work(tx); }, describe);
 * ```
 */
export async function claimEhrJwt(tx: Queryable, claim: EhrJwtClaim | undefined): Promise<void> {
  if (claim && !(await recordJwtId(tx, claim.issuer, claim.jti, claim.expiresAt))) throw ehrJwtReplayed();
}

/**
 * Records the `jti` of a call that failed before its transaction (so the
 * token cannot be used again); true when it was fresh (or there is no claim).
 *
 * @example
 * ```ts
 * if (!(await claimEhrJwtAlone(services.db, claim))) error = ehrJwtReplayed();
 * ```
 */
export async function claimEhrJwtAlone(db: Queryable, claim: EhrJwtClaim | undefined): Promise<boolean> {
  return claim ? recordJwtId(db, claim.issuer, claim.jti, claim.expiresAt) : true;
}
