import { hl7SenderCreateRequestSchema, tenantIdSchema, type Hl7Sender } from '@meridian/sdk';
import type { Auditor } from '../../platform/audit/auditor.js';
import { MLLP_SENDER_IDENTIFIER_SYSTEM } from '../../platform/audit/codes.js';
import { badRequest, notFound } from '../../platform/errors/outcome-error.js';
import { parseOrThrow } from '../../platform/errors/zod-outcome.js';
import { listHl7Senders, registerHl7Sender, revokeHl7Sender } from '../hl7-ingest/senders/hl7-senders.js';
import type { SenderCache } from '../hl7-ingest/senders/sender-cache.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import { checkTenantScope } from './tenant-scope.js';

const senderObject = (s: Pick<Hl7Sender, 'id'> & Partial<Hl7Sender>) => ({
  system: MLLP_SENDER_IDENTIFIER_SYSTEM,
  value: s.id,
  ...(s.sendingApplication !== undefined ? { display: `${s.sendingApplication}^${s.sendingFacility ?? ''}` } : {}),
});
const SENDER_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * Maps an HL7 v2 sender (MSH-3, MSH-4) to a tenant, audited; 409 when the pair
 * belongs to another tenant. Registering it again for the same tenant
 * re-activates it.
 *
 * @example
 * ```ts
 * await registerHl7SenderAudited(services.audit, actor, 'st-marys', { sendingApplication: 'LAB', sendingFacility: 'MAIN', name: 'Lab' });
 * ```
 */
export async function registerHl7SenderAudited(
  audit: Auditor,
  actor: Actor,
  tenant: unknown,
  body: unknown,
): Promise<Hl7Sender> {
  const tenantId = parseOrThrow(tenantIdSchema, tenant, 'tenant');
  const input = parseOrThrow(hl7SenderCreateRequestSchema, body, 'body');
  return audit.record(
    actor,
    async (tx) => {
      await checkTenantScope(tx, actor, tenantId);
      return registerHl7Sender(tx, { tenantId, ...input });
    },
    (s) => ({
      action: 'C',
      interaction: 'operation',
      operation: 'admin-hl7-sender-create',
      ...(s ? { tenantId, objects: [senderObject(s)] } : {}),
    }),
  );
}

/**
 * A tenant's HL7 v2 senders, audited.
 *
 * @example
 * ```ts
 * const senders = await listHl7SendersAudited(services.audit, actor, 'st-marys');
 * ```
 */
export async function listHl7SendersAudited(audit: Auditor, actor: Actor, tenant: unknown): Promise<Hl7Sender[]> {
  const tenantId = parseOrThrow(tenantIdSchema, tenant, 'tenant');
  return audit.record(
    actor,
    async (tx) => {
      await checkTenantScope(tx, actor, tenantId);
      return listHl7Senders(tx, tenantId);
    },
    (s) => ({ action: 'R', interaction: 'operation', operation: 'admin-hl7-sender-list', ...(s ? { tenantId } : {}) }),
  );
}

/**
 * Revokes a tenant's HL7 v2 sender, audited; its next messages are refused
 * (AR): at once by this process's listener (`senders`, the process's cache,
 * drops it after the commit), within the cache's TTL (30 s) by other
 * processes. 404 when it is unknown or already revoked.
 *
 * @example
 * ```ts
 * await revokeHl7SenderAudited(services.audit, actor, 'st-marys', 'hl7s-1a2b3c4d5e6f', services.hl7Senders);
 * ```
 */
export async function revokeHl7SenderAudited(
  audit: Auditor,
  actor: Actor,
  tenant: unknown,
  senderId: string,
  senders?: Pick<SenderCache, 'forget'>,
): Promise<Hl7Sender> {
  const tenantId = parseOrThrow(tenantIdSchema, tenant, 'tenant');
  if (!SENDER_ID.test(senderId)) throw badRequest('not an HL7 sender id', ['id']);
  const revoked = await audit.record(
    actor,
    async (tx) => {
      await checkTenantScope(tx, actor, tenantId);
      if (!(await revokeHl7Sender(tx, tenantId, senderId)))
        throw notFound(`active HL7 sender '${senderId}' is not known in tenant '${tenantId}'`);
      return (await listHl7Senders(tx, tenantId)).find((s) => s.id === senderId)!;
    },
    (s) => ({
      action: 'U',
      interaction: 'operation',
      operation: 'admin-hl7-sender-revoke',
      objects: [senderObject({ id: senderId })],
      ...(s ? { tenantId } : {}),
    }),
  );
  senders?.forget(revoked.sendingApplication, revoked.sendingFacility);
  return revoked;
}
