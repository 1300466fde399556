import { randomBytes } from 'node:crypto';
import type { EhrClient } from '@meridian/sdk';
import type { Queryable } from '../store/db.js';

interface EhrClientRow {
  id: string;
  tenant_id: string;
  issuer: string;
  name: string;
  jwks_url: string | null;
  jwks: EhrClient['jwks'];
  jku_allow: string[];
  allowed_services: string[];
  fhir_servers: string[];
  created_at: Date | string;
  revoked_at: Date | string | null;
}

const COLUMNS =
  'id, tenant_id, issuer, name, jwks_url, jwks, jku_allow, allowed_services, fhir_servers, created_at, revoked_at';

function toEhrClient(r: EhrClientRow): EhrClient {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    issuer: r.issuer,
    name: r.name,
    jwksUrl: r.jwks_url,
    jwks: r.jwks,
    jkuAllow: r.jku_allow,
    allowedServices: r.allowed_services,
    fhirServers: r.fhir_servers,
    createdAt: new Date(r.created_at).toISOString(),
    revokedAt: r.revoked_at === null ? null : new Date(r.revoked_at).toISOString(),
  };
}

/** What registers an EHR client. */
export interface EhrClientInput {
  tenantId: string;
  issuer: string;
  name: string;
  jwksUrl?: string | undefined;
  jwks?: EhrClient['jwks'] | undefined;
  jkuAllow?: string[] | undefined;
  allowedServices?: string[] | undefined;
  fhirServers?: string[] | undefined;
}

/**
 * Registers an EHR client (a CDS Hooks caller) for a tenant; `undefined` when
 * its issuer is already registered (an issuer maps to exactly one tenant).
 *
 * @example
 * ```ts
 * await createEhrClient(db, { tenantId: 'demo', issuer: 'https://ehr.example.org', name: 'EHR', jwksUrl: 'https://ehr.example.org/jwks' });
 * ```
 */
export async function createEhrClient(db: Queryable, input: EhrClientInput): Promise<EhrClient | undefined> {
  const { rows } = await db.query<EhrClientRow>(
    `INSERT INTO ehr_client (id, tenant_id, issuer, name, jwks_url, jwks, jku_allow, allowed_services, fhir_servers)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9) ON CONFLICT (issuer) DO NOTHING RETURNING ${COLUMNS}`,
    [
      `ehr-${randomBytes(6).toString('hex')}`,
      input.tenantId,
      input.issuer,
      input.name,
      input.jwksUrl ?? null,
      input.jwks ? JSON.stringify(input.jwks) : null,
      input.jkuAllow ?? [],
      input.allowedServices ?? [],
      input.fhirServers ?? [],
    ],
  );
  return rows[0] ? toEhrClient(rows[0]) : undefined;
}

/**
 * A tenant's EHR clients, newest first.
 *
 * @example
 * ```ts
 * const clients = await listEhrClients(db, 'demo');
 * ```
 */
export async function listEhrClients(db: Queryable, tenantId: string): Promise<EhrClient[]> {
  const { rows } = await db.query<EhrClientRow>(
    `SELECT ${COLUMNS} FROM ehr_client WHERE tenant_id = $1 ORDER BY created_at DESC, id`,
    [tenantId],
  );
  return rows.map(toEhrClient);
}

/** What an update changes (each list given replaces the old one). */
export interface EhrClientChanges {
  name?: string | undefined;
  jkuAllow?: string[] | undefined;
  allowedServices?: string[] | undefined;
  fhirServers?: string[] | undefined;
}

/**
 * Changes a tenant's live EHR client; `undefined` when there is none.
 *
 * @example
 * ```ts
 * await updateEhrClient(db, 'demo', 'ehr-1a2b3c', { fhirServers: ['https://ehr.example.org/fhir'] });
 * ```
 */
export async function updateEhrClient(
  db: Queryable,
  tenantId: string,
  id: string,
  changes: EhrClientChanges,
): Promise<EhrClient | undefined> {
  const { rows } = await db.query<EhrClientRow>(
    `UPDATE ehr_client SET name = coalesce($3, name), jku_allow = coalesce($4, jku_allow),
       allowed_services = coalesce($5, allowed_services), fhir_servers = coalesce($6, fhir_servers)
     WHERE tenant_id = $1 AND id = $2 AND revoked_at IS NULL RETURNING ${COLUMNS}`,
    [
      tenantId,
      id,
      changes.name ?? null,
      changes.jkuAllow ?? null,
      changes.allowedServices ?? null,
      changes.fhirServers ?? null,
    ],
  );
  return rows[0] ? toEhrClient(rows[0]) : undefined;
}

/**
 * Revokes a tenant's EHR client; `undefined` when there is none.
 *
 * @example
 * ```ts
 * await revokeEhrClient(db, 'demo', 'ehr-1a2b3c');
 * ```
 */
export async function revokeEhrClient(db: Queryable, tenantId: string, id: string): Promise<EhrClient | undefined> {
  const { rows } = await db.query<EhrClientRow>(
    `UPDATE ehr_client SET revoked_at = coalesce(revoked_at, now()) WHERE tenant_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
    [tenantId, id],
  );
  return rows[0] ? toEhrClient(rows[0]) : undefined;
}

/**
 * The live (unrevoked) EHR client with this JWT issuer, which names its tenant.
 *
 * @example
 * ```ts
 * const client = await findEhrClientByIssuer(db, payload.iss);
 * ```
 */
export async function findEhrClientByIssuer(db: Queryable, issuer: string): Promise<EhrClient | undefined> {
  const { rows } = await db.query<EhrClientRow>(
    `SELECT ${COLUMNS} FROM ehr_client WHERE issuer = $1 AND revoked_at IS NULL`,
    [issuer],
  );
  return rows[0] ? toEhrClient(rows[0]) : undefined;
}
