/**
 * Reading the audit trail, without HTTP: a search of a tenant's AuditEvents
 * and a check of its hash chain, each itself audited.
 *
 * @module
 */
import { auditSearchParamsSchema, type AuditVerifyResult } from '@meridian/sdk';
import { searchAuditEvents, type AuditEventPage } from '../../platform/audit/search-audit-events.js';
import { verifyAuditChain } from '../../platform/audit/verify-audit-chain.js';
import { parseOrThrow } from '../../platform/errors/zod-outcome.js';
import { patientReference } from '../../platform/fhir-store/resource-fields.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import type { Services } from '../services.js';

/**
 * One page of the tenant's AuditEvents. The search is audited, naming the
 * patient searched for; search parameters that do not parse are a 400,
 * audited as a refused search.
 *
 * @example
 * ```ts
 * const page = await searchAuditTrail(services, actor, { patient: 'Patient/1', _count: '20' });
 * ```
 */
export async function searchAuditTrail(services: Services, actor: Actor, query: unknown): Promise<AuditEventPage> {
  const parsed = auditSearchParamsSchema.safeParse(query);
  const patient = parsed.success && parsed.data.patient ? [patientReference(parsed.data.patient)] : [];
  return services.audit.record(
    actor,
    (tx) => searchAuditEvents(tx, actor.tenantId, parseOrThrow(auditSearchParamsSchema, query, 'query')),
    () => ({ action: 'R', interaction: 'search-type', patients: patient }),
  );
}

/**
 * Recomputes the tenant's hash chain (audited as `audit-verify`).
 *
 * @example
 * ```ts
 * const { valid, firstBrokenLink } = await verifyAuditTrail(services, actor);
 * ```
 */
export async function verifyAuditTrail(services: Services, actor: Actor): Promise<AuditVerifyResult> {
  return services.audit.record(
    actor,
    (tx) => verifyAuditChain(tx, actor.tenantId),
    () => ({ action: 'E', interaction: 'operation', operation: 'audit-verify' }),
  );
}
