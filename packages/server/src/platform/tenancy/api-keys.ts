import { createHash, randomBytes } from 'node:crypto';
import type { ApiKey } from '@meridian/sdk';
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

/** An API key as resolved for a request: live, or why not. */
export type ResolvedApiKey =
  | { status: 'active'; id: string; tenantId: string; name: string; role: Role }
  | { status: 'expired'; id: string; tenantId: string; name: string; role: Role };

interface ApiKeyRow {
  id: string;
  tenant_id: string;
  name: string;
  role: Role;
  created_at: Date | string;
  expires_at: Date | string | null;
  revoked_at: Date | string | null;
}

const iso = (v: Date | string | null): string | null => (v === null ? null : new Date(v).toISOString());

function toApiKey(row: ApiKeyRow, now = new Date()): ApiKey {
  const expiresAt = iso(row.expires_at);
  const revokedAt = iso(row.revoked_at);
  const status = revokedAt ? 'revoked' : expiresAt && new Date(expiresAt) <= now ? 'expired' : 'active';
  return {
    id: row.id,
    tenantId: row.tenant_id,
    name: row.name,
    role: row.role,
    createdAt: iso(row.created_at)!,
    expiresAt,
    revokedAt,
    status,
  };
}

const COLUMNS = 'id, tenant_id, name, role, created_at, expires_at, revoked_at';

/**
 * Stores a key (its hash only) for a tenant; returns the key as listed.
 *
 * @example
 * ```ts
 * const key = generateApiKey();
 * await createApiKey(db, { tenantId: 'demo', name: 'ehr', role: 'integration', key });
 * ```
 */
export async function createApiKey(
  db: Queryable,
  input: {
    id?: string;
    tenantId: string;
    name: string;
    role: Role;
    key: string;
    expiresAt?: string | undefined;
    createdBy?: string;
  },
): Promise<ApiKey> {
  const id = input.id ?? `key-${randomBytes(6).toString('hex')}`;
  const { rows } = await db.query<ApiKeyRow>(
    `INSERT INTO api_key (id, tenant_id, name, role, key_hash, expires_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
    [
      id,
      input.tenantId,
      input.name,
      input.role,
      hashApiKey(input.key),
      input.expiresAt ?? null,
      input.createdBy ?? null,
    ],
  );
  return toApiKey(rows[0]!);
}

/**
 * A tenant's API keys, newest first (never their secrets).
 *
 * @example
 * ```ts
 * const keys = await listApiKeys(db, 'demo');
 * ```
 */
export async function listApiKeys(db: Queryable, tenantId: string): Promise<ApiKey[]> {
  const { rows } = await db.query<ApiKeyRow>(
    `SELECT ${COLUMNS} FROM api_key WHERE tenant_id = $1 ORDER BY created_at DESC, id LIMIT 1000`,
    [tenantId],
  );
  return rows.map((r) => toApiKey(r));
}

/**
 * Revokes a tenant's key at once; returns it, or `undefined` when the tenant has no such key.
 * Revoking twice keeps the first revocation time.
 *
 * @example
 * ```ts
 * await revokeApiKey(db, 'demo', 'key-1a2b3c');
 * ```
 */
export async function revokeApiKey(db: Queryable, tenantId: string, id: string): Promise<ApiKey | undefined> {
  const { rows } = await db.query<ApiKeyRow>(
    `UPDATE api_key SET revoked_at = coalesce(revoked_at, now()) WHERE tenant_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
    [tenantId, id],
  );
  return rows[0] ? toApiKey(rows[0]) : undefined;
}

/**
 * Finds the unrevoked key with this secret: `active`, `expired`, or `undefined` when unknown or revoked.
 *
 * @example
 * ```ts
 * const resolved = await resolveApiKey(db, bearerToken);
 * ```
 */
export async function resolveApiKey(db: Queryable, key: string): Promise<ResolvedApiKey | undefined> {
  const { rows } = await db.query<{ id: string; tenant_id: string; name: string; role: Role; expired: boolean }>(
    `SELECT id, tenant_id, name, role, (expires_at IS NOT NULL AND expires_at <= now()) AS expired
     FROM api_key WHERE key_hash = $1 AND revoked_at IS NULL`,
    [hashApiKey(key)],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    status: row.expired ? 'expired' : 'active',
    id: row.id,
    tenantId: row.tenant_id,
    name: row.name,
    role: row.role,
  };
}
