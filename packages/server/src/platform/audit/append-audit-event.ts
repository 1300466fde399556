import type { AuditEvent } from '@meridian/sdk';
import type { Queryable } from '../store/db.js';
import { canonicalHash } from '../hashing/canonical-hash.js';
import { GENESIS_HASH } from './hash.js';

/** Where an appended event landed in its tenant's chain. */
export interface AppendedAuditEvent {
  seq: number;
  chainHash: string;
}

/**
 * One statement: advance (or create) the tenant's chain head under its row
 * lock, then insert the event linked to the previous head. The lock is held to
 * the end of the caller's transaction, so concurrent writers are serialised
 * per tenant and the chain has no forks or gaps.
 */
const APPEND_SQL = `
WITH head AS (
  INSERT INTO audit_chain_head AS h (tenant_id, seq, hash, prev_hash)
  VALUES ($1, 1, encode(sha256(decode('${GENESIS_HASH}', 'hex') || decode($2, 'hex')), 'hex'), '${GENESIS_HASH}')
  ON CONFLICT (tenant_id) DO UPDATE
    SET seq = h.seq + 1,
        prev_hash = h.hash,
        hash = encode(sha256(decode(h.hash, 'hex') || decode($2, 'hex')), 'hex')
  RETURNING seq, hash, prev_hash
)
INSERT INTO audit_event
  (tenant_id, seq, id, recorded, action, outcome, agent_id, patient_refs, resource, event_hash, prev_hash, chain_hash)
SELECT $1, head.seq, $3, $4, $5, $6, $7, $8, $9::jsonb, $2, head.prev_hash, head.hash FROM head
RETURNING seq, chain_hash`;

/** The `Patient/{id}` references among an AuditEvent's entities. */
export function patientRefsOf(event: AuditEvent): string[] {
  return (event.entity ?? []).flatMap((e) => {
    const ref = e.what?.reference;
    return ref && ref.startsWith('Patient/') ? [ref] : [];
  });
}

/**
 * Appends an AuditEvent to the tenant's hash chain, inside the caller's
 * transaction (the one that wrote or read the data it records).
 *
 * @example
 * ```ts
 * await db.transaction(async (tx) => {
 *   await writeData(tx);
 *   await appendAuditEvent(tx, 'demo', buildAuditEvent(actor, record, new Date()));
 * });
 * ```
 */
export async function appendAuditEvent(
  tx: Queryable,
  tenantId: string,
  event: AuditEvent,
): Promise<AppendedAuditEvent> {
  const json = JSON.stringify(event);
  const eventHash = canonicalHash(JSON.parse(json));
  const agentId = event.agent[0]?.who?.identifier?.value ?? null;
  const { rows } = await tx.query<{ seq: number; chain_hash: string }>(
    APPEND_SQL,
    [tenantId, eventHash, event.id, event.recorded, event.action, event.outcome, agentId, patientRefsOf(event), json],
    { name: 'meridian-audit-append' },
  );
  const row = rows[0];
  if (!row) throw new Error('audit append returned no row');
  return { seq: Number(row.seq), chainHash: row.chain_hash };
}
