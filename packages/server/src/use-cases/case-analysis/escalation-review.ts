/**
 * Clinicians' review of escalation records, without HTTP: the open (or
 * acknowledged) records decrypted for review, and acknowledging one; each
 * audited with its patients.
 *
 * @module
 */
import { notFound } from '../../platform/errors/outcome-error.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import { principalId } from '../../platform/tenancy/principal.js';
import type { Services } from '../services.js';
import { ESCALATION_RECORD_IDENTIFIER_SYSTEM } from './analyze-case.js';
import { acknowledgeEscalation, listEscalations } from './escalation-records.js';

/** One escalation record, decrypted. */
export type EscalationRecord = Awaited<ReturnType<typeof listEscalations>>[number];

/**
 * The tenant's open records (`acknowledged: true`: the acknowledged ones), newest first, audited with their patients.
 *
 * @example
 * ```ts
 * const open = await reviewEscalations(services, actor, { limit: 20 });
 * ```
 */
export async function reviewEscalations(
  services: Services,
  actor: Actor,
  params: { acknowledged?: boolean | undefined; limit?: number | undefined },
): Promise<EscalationRecord[]> {
  return services.audit.record(
    actor,
    (tx) => listEscalations(tx, services.caseAnalysis.encryptionKey, actor.tenantId, params),
    (list) => ({
      action: 'R',
      interaction: 'search-type',
      patients: [...new Set((list ?? []).map((e) => e.payload.patient))],
      objects: (list ?? []).map((e) => ({ system: ESCALATION_RECORD_IDENTIFIER_SYSTEM, value: e.id })),
    }),
  );
}

/**
 * Records who acknowledged a record, when, and an optional note (encrypted
 * at rest); idempotent (again: the first acknowledgement, unchanged); a 404
 * for an unknown record. Audited as an update of the record, with its patient.
 *
 * @example
 * ```ts
 * const record = await acknowledgeEscalationRecord(services, actor, 'esc-…', 'Seen; sepsis pathway started.');
 * ```
 */
export async function acknowledgeEscalationRecord(
  services: Services,
  actor: Actor,
  id: string,
  note: string | undefined,
): Promise<EscalationRecord> {
  const who = {
    by: `${actor.principal.kind}:${principalId(actor.principal)}`,
    byName: actor.principal.name,
    ...(actor.onBehalfOf ? { onBehalfOf: actor.onBehalfOf } : {}),
  };
  const done = await services.audit.record(
    actor,
    async (tx) => {
      const result = await acknowledgeEscalation(
        tx,
        services.caseAnalysis.encryptionKey,
        actor.tenantId,
        id,
        who,
        note,
      );
      if (!result) throw notFound(`escalation record ${id} is not known`);
      return result;
    },
    (r) => ({
      action: 'U',
      interaction: 'operation',
      operation: 'escalation-acknowledge',
      patients: r ? [r.record.payload.patient] : [],
      objects: [
        {
          system: ESCALATION_RECORD_IDENTIFIER_SYSTEM,
          value: id,
          display: r && !r.changed ? 'already acknowledged' : 'acknowledged',
        },
      ],
    }),
  );
  return done.record;
}
