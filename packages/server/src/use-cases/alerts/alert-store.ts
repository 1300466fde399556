/**
 * Alerts and alert levels in the database.
 *
 * @module
 */
import type { Alert } from '@meridian/sdk';
import type { Queryable } from '../../platform/store/db.js';

interface AlertRow {
  seq: string | number;
  id: string;
  patient_ref: string;
  calculator: string;
  rule: string;
  severity: Alert['severity'];
  band: string;
  total: number | null;
  previous_band: string | null;
  detected_issue_ref: string;
  risk_assessment_ref: string | null;
  triggered_by: string | null;
  created_at: Date | string;
}
const COLUMNS = `seq, id, patient_ref, calculator, rule, severity, band, total, previous_band, detected_issue_ref, risk_assessment_ref, triggered_by, created_at`;
const toAlert = (r: AlertRow): Alert => ({
  id: r.id,
  seq: Number(r.seq),
  patient: r.patient_ref,
  calculator: r.calculator,
  rule: r.rule,
  severity: r.severity,
  band: r.band,
  total: r.total,
  previousBand: r.previous_band,
  detectedIssue: r.detected_issue_ref,
  riskAssessment: r.risk_assessment_ref,
  triggeredBy: r.triggered_by,
  createdAt: new Date(r.created_at).toISOString(),
});

/**
 * Inserts an alert (`seq` is assigned by the database).
 *
 * @example
 * ```ts
 * const alert = await insertAlert(tx, 'demo', { id, patient, calculator: 'news2', rule: 'news2-high', ... });
 * ```
 */
export async function insertAlert(tx: Queryable, tenantId: string, alert: Omit<Alert, 'seq'>): Promise<Alert> {
  const { rows } = await tx.query<AlertRow>(
    `INSERT INTO alert (id, tenant_id, patient_ref, calculator, rule, severity, band, total, previous_band, detected_issue_ref,
       risk_assessment_ref, triggered_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING ${COLUMNS}`,
    [
      alert.id,
      tenantId,
      alert.patient,
      alert.calculator,
      alert.rule,
      alert.severity,
      alert.band,
      alert.total,
      alert.previousBand,
      alert.detectedIssue,
      alert.riskAssessment,
      alert.triggeredBy,
      alert.createdAt,
    ],
  );
  return toAlert(rows[0]!);
}

/**
 * A tenant's alerts: newest first (`before` pages back), or, with `after`,
 * oldest first from just after that sequence number (a stream resuming).
 *
 * @example
 * ```ts
 * await listAlerts(db, 'demo', { count: 50, patient: 'Patient/1' });
 * await listAlerts(db, 'demo', { count: 100, after: 41 });
 * ```
 */
export async function listAlerts(
  db: Queryable,
  tenantId: string,
  options: { count: number; patient?: string | undefined; before?: number | undefined; after?: number | undefined },
): Promise<Alert[]> {
  const where = ['tenant_id = $1'];
  const values: unknown[] = [tenantId];
  const add = (sql: string, value: unknown) => {
    values.push(value);
    where.push(sql.replace('?', `$${values.length}`));
  };
  if (options.patient !== undefined) add('patient_ref = ?', options.patient);
  if (options.before !== undefined) add('seq < ?', options.before);
  if (options.after !== undefined) add('seq > ?', options.after);
  const order = options.after !== undefined ? 'ASC' : 'DESC';
  const { rows } = await db.query<AlertRow>(
    `SELECT ${COLUMNS} FROM alert WHERE ${where.join(' AND ')} ORDER BY seq ${order} LIMIT ${options.count}`,
    values,
  );
  return rows.map(toAlert);
}

/**
 * The highest alert sequence number of a tenant (0 when none): where a new stream starts.
 *
 * @example
 * ```ts
 * const from = await latestAlertSeq(db, 'demo');
 * ```
 */
export async function latestAlertSeq(db: Queryable, tenantId: string): Promise<number> {
  const { rows } = await db.query<{ seq: string | number | null }>(
    'SELECT max(seq) AS seq FROM alert WHERE tenant_id = $1',
    [tenantId],
  );
  return Number(rows[0]?.seq ?? 0);
}

/**
 * The last alert level of each calculator for a patient, locked for update.
 *
 * @example
 * ```ts
 * const previous = await alertStates(tx, 'demo', 'Patient/1');
 * ```
 */
export async function alertStates(
  tx: Queryable,
  tenantId: string,
  patient: string,
): Promise<Map<string, { level: number; band: string | null }>> {
  const { rows } = await tx.query<{ calculator: string; level: number; band: string | null }>(
    'SELECT calculator, level, band FROM risk_alert_state WHERE tenant_id = $1 AND patient_ref = $2 FOR UPDATE',
    [tenantId, patient],
  );
  return new Map(rows.map((r) => [r.calculator, { level: r.level, band: r.band }]));
}

/**
 * Records the current alert level of several calculators of a patient, in
 * one statement (a re-scoring saves all seven at once).
 *
 * @example
 * ```ts
 * await saveAlertStates(tx, 'demo', 'Patient/1', [{ calculator: 'news2', level: 2, band: 'high' }], new Date());
 * ```
 */
export async function saveAlertStates(
  tx: Queryable,
  tenantId: string,
  patient: string,
  levels: readonly { calculator: string; level: number; band: string | null }[],
  at: Date,
): Promise<void> {
  if (levels.length === 0) return;
  await tx.query(
    `INSERT INTO risk_alert_state (tenant_id, patient_ref, calculator, level, band, updated_at)
     SELECT $1, $2, l.calculator, l.level, l.band, $6 FROM unnest($3::text[], $4::int[], $5::text[]) AS l(calculator, level, band)
     ON CONFLICT (tenant_id, patient_ref, calculator) DO UPDATE SET level = EXCLUDED.level, band = EXCLUDED.band, updated_at = EXCLUDED.updated_at`,
    [
      tenantId,
      patient,
      levels.map((l) => l.calculator),
      levels.map((l) => l.level),
      levels.map((l) => l.band),
      at.toISOString(),
    ],
  );
}
