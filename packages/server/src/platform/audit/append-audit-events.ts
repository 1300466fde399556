/**
 * Several AuditEvents appended to one tenant's hash chain in four statements
 * (however many events): lock the chain head, link the events in order in
 * Node (the same SHA-256 link as `appendAuditEvent`), insert them, move the
 * head. For writers that commit many acts at once (the HL7 listener's group
 * commit); the chain is the same as if each had been appended alone.
 *
 * @module
 */
import type { AuditEvent } from '@meridian/sdk';
import { canonicalHash } from '../hashing/canonical-hash.js';
import type { Queryable } from '../store/db.js';
import { patientRefsOf } from './append-audit-event.js';
import { chainHash, GENESIS_HASH } from './hash.js';

/**
 * Appends `events`, in order, inside the caller's transaction; the head stays
 * locked to its end, as with single appends.
 *
 * @example
 * ```ts
 * await appendAuditEvents(tx, 'demo', [eventA, eventB]);
 * ```
 */
export async function appendAuditEvents(tx: Queryable, tenantId: string, events: readonly AuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.query(
    `INSERT INTO audit_chain_head (tenant_id, seq, hash, prev_hash) VALUES ($1, 0, '${GENESIS_HASH}', '${GENESIS_HASH}') ON CONFLICT (tenant_id) DO NOTHING`,
    [tenantId],
    { name: 'meridian-audit-head-ensure' },
  );
  const { rows } = await tx.query<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_chain_head WHERE tenant_id = $1 FOR UPDATE',
    [tenantId],
    { name: 'meridian-audit-head-lock' },
  );
  let seq = Number(rows[0]!.seq);
  let previous = rows[0]!.hash;
  const linked = events.map((event) => {
    const json = JSON.stringify(event);
    const eventHash = canonicalHash(JSON.parse(json));
    const hash = chainHash(previous, eventHash);
    seq += 1;
    const row = {
      seq,
      id: event.id,
      recorded: event.recorded,
      action: event.action,
      outcome: event.outcome,
      agent_id: event.agent[0]?.who?.identifier?.value ?? null,
      patient_refs: patientRefsOf(event),
      resource: event,
      event_hash: eventHash,
      prev_hash: previous,
      chain_hash: hash,
    };
    previous = hash;
    return row;
  });
  await tx.query(
    `INSERT INTO audit_event (tenant_id, seq, id, recorded, action, outcome, agent_id, patient_refs, resource, event_hash, prev_hash, chain_hash)
     SELECT $1, x.seq, x.id, x.recorded, x.action, x.outcome, x.agent_id, x.patient_refs, x.resource, x.event_hash, x.prev_hash, x.chain_hash
     FROM jsonb_to_recordset($2::jsonb) AS x(seq bigint, id uuid, recorded timestamptz, action text, outcome text, agent_id text,
       patient_refs text[], resource jsonb, event_hash text, prev_hash text, chain_hash text)`,
    [tenantId, JSON.stringify(linked)],
    { name: 'meridian-audit-insert-many' },
  );
  const last = linked[linked.length - 1]!;
  await tx.query(
    'UPDATE audit_chain_head SET seq = $2, hash = $3, prev_hash = $4 WHERE tenant_id = $1',
    [tenantId, last.seq, last.chain_hash, last.prev_hash],
    { name: 'meridian-audit-head-move' },
  );
}
