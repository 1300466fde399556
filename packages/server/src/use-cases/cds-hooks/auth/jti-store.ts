/**
 * The JWT ids seen, in Postgres (or PGlite): a unique key per issuer and
 * `jti`, kept until the token expires, so one token is accepted once by every
 * server process sharing the database.
 *
 * @module
 */
import type { Queryable } from '../../../platform/store/db.js';

/**
 * Records a token's `jti`; false when the same issuer already used it (a replay).
 *
 * @example
 * ```ts
 * if (!(await recordJwtId(db, payload.iss, payload.jti, new Date(payload.exp * 1000)))) throw replayed();
 * ```
 */
export async function recordJwtId(db: Queryable, issuer: string, jti: string, expiresAt: Date): Promise<boolean> {
  const { rowCount } = await db.query(
    'INSERT INTO cds_jwt_seen (issuer, jti, expires_at) VALUES ($1, $2, $3) ON CONFLICT (issuer, jti) DO NOTHING',
    [issuer, jti, expiresAt.toISOString()],
    { name: 'meridian-cds-jti' },
  );
  return rowCount === 1;
}

/**
 * Forgets ids whose tokens expired before `before` (they can no longer be replayed: `exp` refuses them).
 *
 * @example
 * ```ts
 * await purgeExpiredJwtIds(db, new Date(Date.now() - 60_000));
 * ```
 */
export async function purgeExpiredJwtIds(db: Queryable, before: Date): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM cds_jwt_seen WHERE expires_at < $1', [before.toISOString()]);
  return rowCount;
}
