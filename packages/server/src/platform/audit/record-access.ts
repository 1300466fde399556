import { OutcomeError } from '../errors/outcome-error.js';
import type { Db, Queryable } from '../store/db.js';
import type { Actor } from '../tenancy/actor.js';
import { appendAuditEvent } from './append-audit-event.js';
import { buildAuditEvent, type AuditRecord } from './build-audit-event.js';

/** Called after each AuditEvent is appended (metrics). */
export type AuditListener = (record: AuditRecord & { outcome: string }) => void;

const audited = new WeakSet<object>();

/** Whether a refusal was already recorded where it happened (so the app-wide refusal recorder skips it). */
export function wasAudited(error: unknown): boolean {
  return typeof error === 'object' && error !== null && audited.has(error);
}

/**
 * Records an actor's refused attempt (a 4xx) as an AuditEvent with outcome 4,
 * in a transaction of its own, and marks the error as recorded. Never throws:
 * the refusal is answered whether or not its record could be written.
 *
 * @example
 * ```ts
 * await recordRefusal(db, actor, { action: 'R', interaction: 'read' }, error);
 * ```
 */
export async function recordRefusal(
  db: Db,
  actor: Actor,
  record: AuditRecord,
  error: OutcomeError,
  onAppend?: AuditListener,
): Promise<void> {
  audited.add(error);
  const refused: AuditRecord = { ...record, outcome: '4', outcomeDesc: error.code };
  await db
    .transaction((tx) =>
      appendAuditEvent(tx, refused.tenantId ?? actor.tenantId, buildAuditEvent(actor, refused, new Date())),
    )
    .then(() => onAppend?.({ ...refused, outcome: '4' }))
    .catch(() => undefined);
}

/**
 * Runs `work` and records it as an AuditEvent in the same transaction: the
 * data and its audit row commit together or not at all. `describe` builds the
 * record from the result (which patients and resources were touched).
 *
 * When `work` fails with a 4xx, the refused attempt is still recorded (outcome
 * 4, minor failure) in a transaction of its own, then the error is rethrown.
 *
 * @example
 * ```ts
 * const page = await recordAccess(db, actor, (tx) => searchAuditEvents(tx, actor.tenantId, params),
 *   () => ({ action: 'R', interaction: 'search-type', resources: [] }));
 * ```
 */
export async function recordAccess<T>(
  db: Db,
  actor: Actor,
  work: (tx: Queryable) => Promise<T>,
  describe: (result: T | undefined) => AuditRecord,
  onAppend?: AuditListener,
): Promise<T> {
  try {
    return await db.transaction(async (tx) => {
      const result = await work(tx);
      const record = describe(result);
      await appendAuditEvent(tx, record.tenantId ?? actor.tenantId, buildAuditEvent(actor, record, new Date()));
      onAppend?.({ ...record, outcome: record.outcome ?? '0' });
      return result;
    });
  } catch (error) {
    if (error instanceof OutcomeError && error.status < 500)
      await recordRefusal(db, actor, describe(undefined), error, onAppend);
    throw error;
  }
}
