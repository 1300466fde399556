import {
  ehrClientCreateRequestSchema,
  ehrClientUpdateRequestSchema,
  tenantIdSchema,
  type EhrClient,
} from '@meridian/sdk';
import type { Auditor } from '../../platform/audit/auditor.js';
import { EHR_CLIENT_IDENTIFIER_SYSTEM } from '../../platform/audit/codes.js';
import { badRequest, conflict, notFound } from '../../platform/errors/outcome-error.js';
import { parseOrThrow } from '../../platform/errors/zod-outcome.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import {
  createEhrClient,
  listEhrClients,
  revokeEhrClient,
  updateEhrClient,
} from '../../platform/tenancy/ehr-clients.js';
import type { CdsHooks } from '../cds-hooks/cds-hooks-services.js';
import { checkTenantScope } from './tenant-scope.js';

const clientObject = (id: string, display?: string) => ({
  system: EHR_CLIENT_IDENTIFIER_SYSTEM,
  value: id,
  ...(display ? { display } : {}),
});
const CLIENT_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * Registers an EHR client (a CDS Hooks caller known by its JWT issuer and
 * keys) for a tenant, audited; 409 when the issuer is already registered.
 *
 * @example
 * ```ts
 * await registerEhrClient(services.audit, actor, 'st-marys', { issuer: 'https://ehr.example.org', name: 'EHR', jwksUrl: 'https://ehr.example.org/jwks' });
 * ```
 */
export async function registerEhrClient(
  audit: Auditor,
  actor: Actor,
  tenant: unknown,
  body: unknown,
): Promise<EhrClient> {
  const tenantId = parseOrThrow(tenantIdSchema, tenant, 'tenant');
  const input = parseOrThrow(ehrClientCreateRequestSchema, body, 'body');
  return audit.record(
    actor,
    async (tx) => {
      await checkTenantScope(tx, actor, tenantId);
      return (
        (await createEhrClient(tx, { tenantId, ...input })) ??
        Promise.reject(conflict(`an EHR client with issuer '${input.issuer}' is already registered`))
      );
    },
    (c) => ({
      action: 'C',
      interaction: 'operation',
      operation: 'admin-ehr-client-create',
      ...(c ? { tenantId, objects: [clientObject(c.id, c.issuer)] } : {}),
    }),
  );
}

/**
 * A tenant's EHR clients, audited.
 *
 * @example
 * ```ts
 * const clients = await listEhrClientsAudited(services.audit, actor, 'st-marys');
 * ```
 */
export async function listEhrClientsAudited(audit: Auditor, actor: Actor, tenant: unknown): Promise<EhrClient[]> {
  const tenantId = parseOrThrow(tenantIdSchema, tenant, 'tenant');
  return audit.record(
    actor,
    async (tx) => {
      await checkTenantScope(tx, actor, tenantId);
      return listEhrClients(tx, tenantId);
    },
    (c) => ({ action: 'R', interaction: 'operation', operation: 'admin-ehr-client-list', ...(c ? { tenantId } : {}) }),
  );
}

/** The cache of EHR clients a process keeps (`services.cdsHooks`): dropping one makes a change apply at once here. */
export type EhrClientCache = Pick<CdsHooks, 'forgetClient'>;

/**
 * Revokes a tenant's EHR client, audited; 404 when there is none. With the
 * process's client cache (the server's), this process refuses the client at
 * once; others within the cache's lifetime.
 *
 * @example
 * ```ts
 * await revokeEhrClientAudited(services.audit, actor, 'st-marys', 'ehr-1a2b3c4d5e6f', services.cdsHooks);
 * ```
 */
export async function revokeEhrClientAudited(
  audit: Auditor,
  actor: Actor,
  tenant: unknown,
  clientId: string,
  clients?: EhrClientCache,
): Promise<EhrClient> {
  const tenantId = parseOrThrow(tenantIdSchema, tenant, 'tenant');
  if (!CLIENT_ID.test(clientId)) throw badRequest('not an EHR client id', ['id']);
  const revoked = await audit.record(
    actor,
    async (tx) => {
      await checkTenantScope(tx, actor, tenantId);
      return (
        (await revokeEhrClient(tx, tenantId, clientId)) ??
        Promise.reject(notFound(`EHR client '${clientId}' is not known in tenant '${tenantId}'`))
      );
    },
    (c) => ({
      action: 'U',
      interaction: 'operation',
      operation: 'admin-ehr-client-revoke',
      objects: [clientObject(clientId)],
      ...(c ? { tenantId } : {}),
    }),
  );
  clients?.forgetClient(revoked.issuer);
  return revoked;
}

/**
 * Changes a live EHR client's name or lists (the `jku` allow-list, the
 * services it may call, the FHIR servers Meridian may fetch from for it),
 * audited; 404 when there is none or it is revoked. With the process's
 * client cache, this process applies the change at once.
 *
 * @example
 * ```ts
 * await updateEhrClientAudited(services.audit, actor, 'st-marys', 'ehr-1a2b3c4d5e6f', { fhirServers: ['https://ehr.example.org/fhir'] }, services.cdsHooks);
 * ```
 */
export async function updateEhrClientAudited(
  audit: Auditor,
  actor: Actor,
  tenant: unknown,
  clientId: string,
  body: unknown,
  clients?: EhrClientCache,
): Promise<EhrClient> {
  const tenantId = parseOrThrow(tenantIdSchema, tenant, 'tenant');
  if (!CLIENT_ID.test(clientId)) throw badRequest('not an EHR client id', ['id']);
  const changes = parseOrThrow(ehrClientUpdateRequestSchema, body, 'body');
  const updated = await audit.record(
    actor,
    async (tx) => {
      await checkTenantScope(tx, actor, tenantId);
      return (
        (await updateEhrClient(tx, tenantId, clientId, changes)) ??
        Promise.reject(notFound(`EHR client '${clientId}' is not live in tenant '${tenantId}'`))
      );
    },
    (c) => ({
      action: 'U',
      interaction: 'operation',
      operation: 'admin-ehr-client-update',
      objects: [clientObject(clientId)],
      ...(c ? { tenantId } : {}),
    }),
  );
  clients?.forgetClient(updated.issuer);
  return updated;
}
