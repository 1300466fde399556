/**
 * The HL7 v2 message store: every message from a registered sender, raw, with
 * its status (processed, failed, rejected), what it touched, the
 * acknowledgements sent (replayed to a duplicate) and, for failures, the
 * error (positions and codes, no PHI).
 *
 * @module
 */
import type { Hl7MessageStatus, Hl7MessageSummary } from '@meridian/sdk';
import type { Queryable } from '../../../platform/store/db.js';

/** The error a failed or rejected message is stored with. */
export interface StoredHl7Error {
  code: string;
  hl7ErrorCode: string;
  location?: { segment: string; sequence?: number; field?: number } | undefined;
  text: string;
}

/**
 * One stored message, as written.
 *
 * @example
 * ```ts
 * await insertHl7Message(tx, row);
 * ```
 */
export interface Hl7MessageRow {
  id: string;
  tenantId: string;
  senderId: string;
  sendingApplication: string;
  sendingFacility: string;
  controlId: string;
  messageType: string;
  status: Hl7MessageStatus;
  receivedAt: Date;
  /** The message text (decoded, BOM stripped, segments separated by CR). */
  raw: string;
  /** The decoder label it was decoded with. */
  charset: string;
  patients: readonly string[];
  resources: readonly string[];
  acks: readonly string[];
  ackCode: string;
  error?: StoredHl7Error | undefined;
  warnings: readonly { location: unknown; text: string }[];
}

/**
 * Inserts a message unless the sender already sent its control id; returns
 * whether it was inserted. Inside the caller's transaction (a concurrent
 * duplicate waits for the first to commit, then is not inserted).
 *
 * @example
 * ```ts
 * if (!(await insertHl7Message(tx, row))) return replayStoredAck();
 * ```
 */
export async function insertHl7Message(tx: Queryable, row: Hl7MessageRow): Promise<boolean> {
  const { rowCount } = await tx.query(
    `INSERT INTO hl7_message (id, tenant_id, sender_id, sending_application, sending_facility, control_id, message_type, status,
       received_at, processed_at, raw, charset, patient_refs, resource_refs, acks, ack_code, error, warnings)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), $10, $11, $12, $13, $14::jsonb, $15, $16::jsonb, $17::jsonb)
     ON CONFLICT (tenant_id, sending_application, sending_facility, control_id) DO NOTHING`,
    [
      row.id,
      row.tenantId,
      row.senderId,
      row.sendingApplication,
      row.sendingFacility,
      row.controlId,
      row.messageType,
      row.status,
      row.receivedAt.toISOString(),
      row.raw,
      row.charset,
      [...row.patients],
      [...row.resources],
      JSON.stringify(row.acks),
      row.ackCode,
      row.error === undefined ? null : JSON.stringify(row.error),
      JSON.stringify(row.warnings),
    ],
    { name: 'hl7-insert-message' },
  );
  return rowCount > 0;
}

/**
 * Inserts several messages in one statement, skipping those whose sender
 * already sent their control id (stored before, or earlier in `rows`);
 * returns the ids inserted. Inside the caller's transaction.
 *
 * @example
 * ```ts
 * const inserted = await insertHl7Messages(tx, rows);
 * ```
 */
export async function insertHl7Messages(tx: Queryable, rows: readonly Hl7MessageRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const records = rows.map((row) => ({
    id: row.id,
    tenant_id: row.tenantId,
    sender_id: row.senderId,
    sending_application: row.sendingApplication,
    sending_facility: row.sendingFacility,
    control_id: row.controlId,
    message_type: row.messageType,
    status: row.status,
    received_at: row.receivedAt.toISOString(),
    raw: row.raw,
    charset: row.charset,
    patient_refs: row.patients,
    resource_refs: row.resources,
    acks: row.acks,
    ack_code: row.ackCode,
    error: row.error ?? null,
    warnings: row.warnings,
  }));
  const { rows: inserted } = await tx.query<{ id: string }>(
    `INSERT INTO hl7_message (id, tenant_id, sender_id, sending_application, sending_facility, control_id, message_type, status,
       received_at, processed_at, raw, charset, patient_refs, resource_refs, acks, ack_code, error, warnings)
     SELECT x.id, x.tenant_id, x.sender_id, x.sending_application, x.sending_facility, x.control_id, x.message_type, x.status,
       x.received_at, now(), x.raw, x.charset, x.patient_refs, x.resource_refs, x.acks, x.ack_code, x.error, x.warnings
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, tenant_id text, sender_id text, sending_application text,
       sending_facility text, control_id text, message_type text, status text, received_at timestamptz, raw text, charset text,
       patient_refs text[], resource_refs text[], acks jsonb, ack_code text, error jsonb, warnings jsonb)
     ON CONFLICT (tenant_id, sending_application, sending_facility, control_id) DO NOTHING
     RETURNING id`,
    [JSON.stringify(records)],
    { name: 'hl7-insert-messages' },
  );
  return new Set(inserted.map((r) => r.id));
}

/**
 * The acknowledgements stored for a sender's control id (and counts the
 * delivery), or `undefined` when the message is new.
 *
 * @example
 * ```ts
 * const acks = await storedAcks(db, 'demo', 'LAB', 'HOSP', 'MSG0001');
 * ```
 */
export async function storedAcks(
  db: Queryable,
  tenantId: string,
  app: string,
  facility: string,
  controlId: string,
): Promise<string[] | undefined> {
  const { rows } = await db.query<{ acks: string[] }>(
    `UPDATE hl7_message SET deliveries = deliveries + 1
     WHERE tenant_id = $1 AND sending_application = $2 AND sending_facility = $3 AND control_id = $4 RETURNING acks`,
    [tenantId, app, facility, controlId],
    { name: 'hl7-stored-acks' },
  );
  return rows[0]?.acks;
}

interface SummaryRow {
  id: string;
  sending_application: string;
  sending_facility: string;
  control_id: string;
  message_type: string;
  status: Hl7MessageStatus;
  received_at: Date | string;
  processed_at: Date | string | null;
  patient_refs: string[];
  resource_refs: string[];
  ack_code: string;
  error: StoredHl7Error | null;
  warnings: { text: string }[];
  deliveries: number;
  reprocessed: number;
}
const SUMMARY_COLUMNS = `id, sending_application, sending_facility, control_id, message_type, status, received_at, processed_at,
  patient_refs, resource_refs, ack_code, error, warnings, deliveries, reprocessed`;

const toSummary = (r: SummaryRow): Hl7MessageSummary => ({
  id: r.id,
  sendingApplication: r.sending_application,
  sendingFacility: r.sending_facility,
  controlId: r.control_id,
  messageType: r.message_type,
  status: r.status,
  receivedAt: new Date(r.received_at).toISOString(),
  processedAt: r.processed_at === null ? null : new Date(r.processed_at).toISOString(),
  patients: r.patient_refs,
  resources: r.resource_refs,
  ackCode: r.ack_code,
  error: r.error ?? null,
  warnings: r.warnings.map((w) => w.text),
  deliveries: r.deliveries,
  reprocessed: r.reprocessed,
});

/**
 * A tenant's messages, newest first, optionally of one status; keyset-paged.
 *
 * @example
 * ```ts
 * const { messages, nextCursor } = await listHl7Messages(db, 'demo', { status: 'failed', count: 50 });
 * ```
 */
export async function listHl7Messages(
  db: Queryable,
  tenantId: string,
  options: {
    status?: Hl7MessageStatus | undefined;
    count: number;
    cursor?: { receivedAt: string; id: string } | undefined;
  },
): Promise<{ messages: Hl7MessageSummary[]; next?: { receivedAt: string; id: string } }> {
  const where = ['tenant_id = $1'];
  const values: unknown[] = [tenantId];
  if (options.status) {
    values.push(options.status);
    where.push(`status = $${values.length}`);
  }
  if (options.cursor) {
    values.push(options.cursor.receivedAt, options.cursor.id);
    where.push(`(received_at, id) < ($${values.length - 1}::timestamptz, $${values.length})`);
  }
  const { rows } = await db.query<SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM hl7_message WHERE ${where.join(' AND ')} ORDER BY received_at DESC, id DESC LIMIT ${options.count + 1}`,
    values,
  );
  const messages = rows.slice(0, options.count).map(toSummary);
  const last = messages[messages.length - 1];
  return rows.length > options.count && last
    ? { messages, next: { receivedAt: last.receivedAt, id: last.id } }
    : { messages };
}

/**
 * One stored message with its raw bytes, for reprocessing.
 *
 * @example
 * ```ts
 * const message = await loadHl7Message(tx, 'demo', 'hl7m-…');
 * ```
 */
export async function loadHl7Message(
  db: Queryable,
  tenantId: string,
  id: string,
): Promise<(Hl7MessageSummary & { raw: string; charset: string; senderId: string }) | undefined> {
  const { rows } = await db.query<SummaryRow & { raw: string; charset: string; sender_id: string }>(
    `SELECT ${SUMMARY_COLUMNS}, raw, charset, sender_id FROM hl7_message WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
    [tenantId, id],
  );
  const row = rows[0];
  return row ? { ...toSummary(row), raw: row.raw, charset: row.charset, senderId: row.sender_id } : undefined;
}

/**
 * Records the outcome of reprocessing a stored message.
 *
 * @example
 * ```ts
 * await markReprocessed(tx, 'demo', id, { status: 'processed', patients, resources });
 * ```
 */
export async function markReprocessed(
  tx: Queryable,
  tenantId: string,
  id: string,
  outcome: {
    status: Hl7MessageStatus;
    patients: readonly string[];
    resources: readonly string[];
    error?: StoredHl7Error | undefined;
    warnings: readonly unknown[];
  },
): Promise<Hl7MessageSummary> {
  const { rows } = await tx.query<SummaryRow>(
    `UPDATE hl7_message SET status = $3, patient_refs = $4, resource_refs = $5, error = $6::jsonb, warnings = $7::jsonb,
       reprocessed = reprocessed + 1, processed_at = now()
     WHERE tenant_id = $1 AND id = $2 RETURNING ${SUMMARY_COLUMNS}`,
    [
      tenantId,
      id,
      outcome.status,
      [...outcome.patients],
      [...outcome.resources],
      outcome.error === undefined ? null : JSON.stringify(outcome.error),
      JSON.stringify(outcome.warnings),
    ],
  );
  return toSummary(rows[0]!);
}
