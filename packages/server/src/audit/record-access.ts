import { OutcomeError } from '../errors/outcome-error.js';
import type { Db, Queryable } from '../store/db.js';
import type { Actor } from '../tenancy/actor.js';
import { appendAuditEvent } from './append-audit-event.js';
import { buildAuditEvent, type AuditRecord } from './build-audit-event.js';

/** Called after each AuditEvent is appended (metrics). */
export type AuditListener = (record: AuditRecord & { outcome: string }) => void;

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
      await appendAuditEvent(tx, actor.tenantId, buildAuditEvent(actor, record, new Date()));
      onAppend?.({ ...record, outcome: record.outcome ?? '0' });
      return result;
    });
  } catch (error) {
    if (error instanceof OutcomeError && error.status < 500) {
      const record: AuditRecord = { ...describe(undefined), outcome: '4', outcomeDesc: error.code };
      await db
        .transaction((tx) => appendAuditEvent(tx, actor.tenantId, buildAuditEvent(actor, record, new Date())))
        .then(() => onAppend?.({ ...record, outcome: '4' }))
        .catch(() => undefined);
    }
    throw error;
  }
}
