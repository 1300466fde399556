import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../platform/store/db.js';
import { decryptField, encryptField } from '../../platform/crypto/field-encryption.js';

/** Why a case went to human review. */
export type EscalationReason = 'urgent' | 'emergency' | 'low-confidence';

/** What an escalation record holds (encrypted at rest). */
export interface EscalationPayload {
  patient: string;
  reasons: string[];
  escalationLevel: string;
  caseSummary: string;
  engine: string;
}

/**
 * Stores an escalation record for human review inside the caller's
 * transaction; the payload (patient, reasons, summary) is AES-256-GCM
 * encrypted, bound to its tenant and id.
 *
 * @example
 * ```ts
 * const id = await createEscalationRecord(tx, key, 'demo', 'emergency', payload);
 * ```
 */
export async function createEscalationRecord(
  tx: Queryable,
  key: Buffer,
  tenantId: string,
  level: EscalationReason,
  payload: EscalationPayload,
): Promise<string> {
  const id = `esc-${randomUUID()}`;
  const sealed = encryptField(key, JSON.stringify(payload), `${tenantId}:${id}`);
  await tx.query('INSERT INTO escalation_record (id, tenant_id, level, payload_ciphertext) VALUES ($1, $2, $3, $4)', [
    id,
    tenantId,
    level,
    sealed,
  ]);
  return id;
}

/** Who acknowledged a record. */
export interface Acknowledger {
  /** The principal (`api-key:{id}`). */
  by: string;
  byName?: string | undefined;
  /** The end user the principal acted for, when known. */
  onBehalfOf?: string | undefined;
}

const noteContext = (tenantId: string, id: string) => `${tenantId}:${id}:ack-note`;

type Row = {
  level: EscalationReason;
  status: string;
  payload_ciphertext: string;
  created_at: Date;
  acknowledged_by: string | null;
  acknowledged_at: Date | null;
  ack_note_ciphertext: string | null;
};
const COLUMNS = 'level, status, payload_ciphertext, created_at, acknowledged_by, acknowledged_at, ack_note_ciphertext';

function openRecord(key: Buffer, tenantId: string, id: string, row: Row) {
  const payload = JSON.parse(decryptField(key, row.payload_ciphertext, `${tenantId}:${id}`)) as EscalationPayload;
  const who = row.acknowledged_by ? (JSON.parse(row.acknowledged_by) as Acknowledger) : undefined;
  const acknowledgement =
    who && row.acknowledged_at
      ? {
          ...who,
          at: new Date(row.acknowledged_at).toISOString(),
          ...(row.ack_note_ciphertext
            ? { note: decryptField(key, row.ack_note_ciphertext, noteContext(tenantId, id)) }
            : {}),
        }
      : undefined;
  return {
    id,
    level: row.level,
    status: row.status,
    createdAt: new Date(row.created_at).toISOString(),
    payload,
    ...(acknowledgement ? { acknowledgement } : {}),
  };
}

/**
 * Reads and decrypts one escalation record of a tenant, or `undefined`.
 *
 * @example
 * ```ts
 * const record = await readEscalationRecord(db, key, 'demo', id);
 * ```
 */
export async function readEscalationRecord(q: Queryable, key: Buffer, tenantId: string, id: string) {
  const { rows } = await q.query<Row>(`SELECT ${COLUMNS} FROM escalation_record WHERE tenant_id = $1 AND id = $2`, [
    tenantId,
    id,
  ]);
  return rows[0] ? openRecord(key, tenantId, id, rows[0]) : undefined;
}

/**
 * A tenant's open (or, with `acknowledged`, acknowledged) escalation records, newest first, decrypted.
 *
 * @example
 * ```ts
 * const open = await listEscalations(db, key, 'demo');
 * const reviewed = await listEscalations(db, key, 'demo', { acknowledged: true });
 * ```
 */
export async function listEscalations(
  q: Queryable,
  key: Buffer,
  tenantId: string,
  options: { acknowledged?: boolean | undefined; limit?: number | undefined } = {},
) {
  const { rows } = await q.query<Row & { id: string }>(
    `SELECT id, ${COLUMNS} FROM escalation_record WHERE tenant_id = $1 AND status = $2 ORDER BY created_at DESC, id LIMIT $3`,
    [tenantId, options.acknowledged ? 'acknowledged' : 'open', options.limit ?? 100],
  );
  return rows.map((row) => openRecord(key, tenantId, row.id, row));
}

/**
 * Acknowledges an open record (who, when, an optional note sealed like the
 * record); a record acknowledged already keeps its first acknowledgement.
 * Answers the record and whether this call acknowledged it, or `undefined`
 * when the tenant has no such record.
 *
 * @example
 * ```ts
 * const { record, changed } = (await acknowledgeEscalation(tx, key, 'demo', id, { by: 'api-key:k1' }, 'Seen.'))!;
 * ```
 */
export async function acknowledgeEscalation(
  tx: Queryable,
  key: Buffer,
  tenantId: string,
  id: string,
  who: Acknowledger,
  note?: string,
) {
  const sealedNote = note ? encryptField(key, note, noteContext(tenantId, id)) : null;
  const { rowCount } = await tx.query(
    `UPDATE escalation_record SET status = 'acknowledged', acknowledged_by = $3, acknowledged_at = now(), ack_note_ciphertext = $4
      WHERE tenant_id = $1 AND id = $2 AND status = 'open'`,
    [tenantId, id, JSON.stringify(who), sealedNote],
  );
  const record = await readEscalationRecord(tx, key, tenantId, id);
  return record ? { record, changed: rowCount === 1 } : undefined;
}
