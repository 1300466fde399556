import { apiKeyCreateRequestSchema, tenantIdSchema, type ApiKey, type ApiKeyCreated } from '@meridian/sdk';
import type { Auditor } from '../../platform/audit/auditor.js';
import { API_KEY_IDENTIFIER_SYSTEM } from '../../platform/audit/codes.js';
import { badRequest, notFound } from '../../platform/errors/outcome-error.js';
import { parseOrThrow } from '../../platform/errors/zod-outcome.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import { createApiKey, generateApiKey, listApiKeys, revokeApiKey } from '../../platform/tenancy/api-keys.js';
import { principalId } from '../../platform/tenancy/principal.js';
import { PLATFORM_TENANT_ID } from '../../platform/tenancy/tenants.js';
import { checkTenantScope, isPlatformActor } from './tenant-scope.js';

const keyObject = (id: string, name?: string) => ({
  system: API_KEY_IDENTIFIER_SYSTEM,
  value: id,
  ...(name ? { display: name } : {}),
});
const KEY_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * Issues an API key for a tenant, audited in that tenant's chain; the answer
 * carries the secret, which is stored only as its hash. Operator keys live in
 * the platform tenant and only platform actors issue them; an expiry must lie
 * in the future.
 *
 * @example
 * ```ts
 * const { secret } = await issueApiKey(services.audit, actor, 'st-marys', { name: 'Portal', role: 'clinician' });
 * ```
 */
export async function issueApiKey(
  audit: Auditor,
  actor: Actor,
  tenant: unknown,
  body: unknown,
  now = new Date(),
): Promise<ApiKeyCreated> {
  const tenantId = parseOrThrow(tenantIdSchema, tenant, 'tenant');
  const input = parseOrThrow(apiKeyCreateRequestSchema, body, 'body');
  if (input.role === 'operator' && tenantId !== PLATFORM_TENANT_ID)
    throw badRequest(`operator keys belong to the '${PLATFORM_TENANT_ID}' tenant`, ['body.role']);
  if (input.role === 'operator' && !isPlatformActor(actor))
    throw badRequest('only operators may issue operator keys', ['body.role']);
  if (input.expiresAt && new Date(input.expiresAt) <= now)
    throw badRequest('expiresAt must be in the future', ['body.expiresAt']);
  const secret = generateApiKey();
  const key = await audit.record(
    actor,
    async (tx) => {
      await checkTenantScope(tx, actor, tenantId);
      return createApiKey(tx, { tenantId, ...input, key: secret, createdBy: principalId(actor.principal) });
    },
    (k) => ({
      action: 'C',
      interaction: 'operation',
      operation: 'admin-api-key-create',
      ...(k ? { tenantId, objects: [keyObject(k.id, k.name)] } : {}),
    }),
  );
  return { ...key, secret };
}

/**
 * A tenant's API keys (never their secrets), audited.
 *
 * @example
 * ```ts
 * const keys = await listApiKeysAudited(services.audit, actor, 'st-marys');
 * ```
 */
export async function listApiKeysAudited(audit: Auditor, actor: Actor, tenant: unknown): Promise<ApiKey[]> {
  const tenantId = parseOrThrow(tenantIdSchema, tenant, 'tenant');
  return audit.record(
    actor,
    async (tx) => {
      await checkTenantScope(tx, actor, tenantId);
      return listApiKeys(tx, tenantId);
    },
    (keys) => ({
      action: 'R',
      interaction: 'operation',
      operation: 'admin-api-key-list',
      ...(keys ? { tenantId } : {}),
    }),
  );
}

/**
 * Revokes a tenant's API key at once, audited; 404 when the tenant has no such key.
 *
 * @example
 * ```ts
 * await revokeApiKeyAudited(services.audit, actor, 'st-marys', 'key-1a2b3c4d5e6f');
 * ```
 */
export async function revokeApiKeyAudited(
  audit: Auditor,
  actor: Actor,
  tenant: unknown,
  keyId: string,
): Promise<ApiKey> {
  const tenantId = parseOrThrow(tenantIdSchema, tenant, 'tenant');
  if (!KEY_ID.test(keyId)) throw badRequest('not an API key id', ['id']);
  return audit.record(
    actor,
    async (tx) => {
      await checkTenantScope(tx, actor, tenantId);
      return (
        (await revokeApiKey(tx, tenantId, keyId)) ??
        Promise.reject(notFound(`API key '${keyId}' is not known in tenant '${tenantId}'`))
      );
    },
    (k) => ({
      action: 'U',
      interaction: 'operation',
      operation: 'admin-api-key-revoke',
      objects: [keyObject(keyId)],
      ...(k ? { tenantId } : {}),
    }),
  );
}
