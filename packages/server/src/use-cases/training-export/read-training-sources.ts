/**
 * Where the fine-tuning loop's data lives: CDS Hooks card feedback
 * (`cds_feedback`, migration 0008) and the case-analysis escalation records
 * (`escalation_record`, migration 0009, payload AES-256-GCM encrypted) that a
 * clinician has acknowledged or closed, i.e. reviewed.
 *
 * @module
 */
import { readEscalationRecord } from '../case-analysis/escalation-records.js';
import type { Queryable } from '../../platform/store/db.js';
import type { EscalationRow, FeedbackRow } from './training-examples.js';

/** The most rows of each source one export reads. */
export const TRAINING_EXPORT_LIMIT = 10_000;

/**
 * A tenant's feedback entries, oldest first.
 *
 * @example
 * ```ts
 * const rows = await readFeedbackRows(tx, 'demo');
 * ```
 */
export async function readFeedbackRows(q: Queryable, tenantId: string): Promise<FeedbackRow[]> {
  const { rows } = await q.query<{
    service_id: string;
    card_type: string;
    outcome: 'accepted' | 'overridden';
    override_system: string | null;
    override_code: string | null;
    user_comment: string | null;
  }>(
    `SELECT service_id, card_type, outcome, override_system, override_code, user_comment FROM cds_feedback
     WHERE tenant_id = $1 ORDER BY id LIMIT $2`,
    [tenantId, TRAINING_EXPORT_LIMIT],
  );
  return rows.map((r) => ({
    serviceId: r.service_id,
    cardType: r.card_type,
    outcome: r.outcome,
    overrideSystem: r.override_system,
    overrideCode: r.override_code,
    userComment: r.user_comment,
  }));
}

/**
 * A tenant's reviewed (acknowledged or closed) escalation records, decrypted, oldest first.
 *
 * @example
 * ```ts
 * const rows = await readReviewedEscalations(tx, key, 'demo');
 * ```
 */
export async function readReviewedEscalations(q: Queryable, key: Buffer, tenantId: string): Promise<EscalationRow[]> {
  const { rows } = await q.query<{ id: string }>(
    `SELECT id FROM escalation_record WHERE tenant_id = $1 AND status <> 'open' ORDER BY created_at, id LIMIT $2`,
    [tenantId, TRAINING_EXPORT_LIMIT],
  );
  const out: EscalationRow[] = [];
  for (const row of rows) {
    const record = await readEscalationRecord(q, key, tenantId, row.id);
    if (record)
      out.push({ level: record.level, caseSummary: record.payload.caseSummary, reasons: record.payload.reasons });
  }
  return out;
}
