import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../store/db.js';
import type { Role } from './actor.js';

/** Prefix of every Meridian API key, so leaked keys are easy to spot. */
export const API_KEY_PREFIX = 'mrd_';

/** The SHA-256 (hex) of an API key: the only form the database keeps. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A fresh random API key (`mrd_` + 43 characters of base64url, 256 bits). */
export function generateApiKey(): string {
  return API_KEY_PREFIX + randomBytes(32).toString('base64url');
}

/** An API key as resolved for a request. */
export interface ResolvedApiKey {
  id: string;
  tenantId: string;
  name: string;
  role: Role;
}

/**
 * Stores a key (its hash only) for a tenant; returns the key's id.
 *
 * @example
 * ```ts
 * const key = generateApiKey();
 * await createApiKey(db, { tenantId: 'demo', name: 'ehr', role: 'integration', key });
 * ```
 */
export async function createApiKey(
  db: Queryable,
  input: { id?: string; tenantId: string; name: string; role: Role; key: string },
): Promise<string> {
  const id = input.id ?? `key-${randomBytes(6).toString('hex')}`;
  await db.query('INSERT INTO api_key (id, tenant_id, name, role, key_hash) VALUES ($1, $2, $3, $4, $5)', [
    id,
    input.tenantId,
    input.name,
    input.role,
    hashApiKey(input.key),
  ]);
  return id;
}

/**
 * Finds the live (not revoked) key with this secret, or `undefined`.
 *
 * @example
 * ```ts
 * const resolved = await resolveApiKey(db, bearerToken);
 * ```
 */
export async function resolveApiKey(db: Queryable, key: string): Promise<ResolvedApiKey | undefined> {
  const { rows } = await db.query<{ id: string; tenant_id: string; name: string; role: Role }>(
    'SELECT id, tenant_id, name, role FROM api_key WHERE key_hash = $1 AND revoked_at IS NULL',
    [hashApiKey(key)],
  );
  const row = rows[0];
  return row ? { id: row.id, tenantId: row.tenant_id, name: row.name, role: row.role } : undefined;
}
