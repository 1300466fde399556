import { randomUUID } from 'node:crypto';
import type { Queryable } from '../store/db.js';
import { decryptField, encryptField } from './field-encryption.js';

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
export async function createEscalationRecord(tx: Queryable, key: Buffer, tenantId: string, level: EscalationReason, payload: EscalationPayload): Promise<string> {
  const id = `esc-${randomUUID()}`;
  const sealed = encryptField(key, JSON.stringify(payload), `${tenantId}:${id}`);
  await tx.query('INSERT INTO escalation_record (id, tenant_id, level, payload_ciphertext) VALUES ($1, $2, $3, $4)', [id, tenantId, level, sealed]);
  return id;
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
  const { rows } = await q.query<{ level: EscalationReason; status: string; payload_ciphertext: string; created_at: Date }>(
    'SELECT level, status, payload_ciphertext, created_at FROM escalation_record WHERE tenant_id = $1 AND id = $2',
    [tenantId, id],
  );
  const row = rows[0];
  if (!row) return undefined;
  const payload = JSON.parse(decryptField(key, row.payload_ciphertext, `${tenantId}:${id}`)) as EscalationPayload;
  return { id, level: row.level, status: row.status, createdAt: new Date(row.created_at).toISOString(), payload };
}

/**
 * A tenant's open escalation records, newest first (at most `limit`), decrypted.
 *
 * @example
 * ```ts
 * const open = await listOpenEscalations(db, key, 'demo');
 * ```
 */
export async function listOpenEscalations(q: Queryable, key: Buffer, tenantId: string, limit = 100) {
  const { rows } = await q.query<{ id: string }>(
    `SELECT id FROM escalation_record WHERE tenant_id = $1 AND status = 'open' ORDER BY created_at DESC, id LIMIT $2`,
    [tenantId, limit],
  );
  const records = [];
  for (const row of rows) {
    const record = await readEscalationRecord(q, key, tenantId, row.id);
    if (record) records.push(record);
  }
  return records;
}
