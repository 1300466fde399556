import type { OutcomeError } from '../errors/outcome-error.js';
import type { Db, Queryable } from '../store/db.js';
import type { Actor } from '../tenancy/actor.js';
import { appendAuditEvent } from './append-audit-event.js';
import { buildAuditEvent, type AuditRecord } from './build-audit-event.js';
import { recordAccess, recordRefusal, type AuditListener } from './record-access.js';

/**
 * The audit trail as the rest of the server uses it: every access recorded
 * with the data it touched, every refusal recorded too.
 */
export interface Auditor {
  /** Runs `work` and its AuditEvent in one transaction (see `recordAccess`). */
  record<T>(
    actor: Actor,
    work: (tx: Queryable) => Promise<T>,
    describe: (result: T | undefined) => AuditRecord,
  ): Promise<T>;
  /** Records a refused attempt (outcome 4) in a transaction of its own. */
  refusal(actor: Actor, record: AuditRecord, error: OutcomeError): Promise<void>;
  /** Appends an AuditEvent inside a transaction the caller already holds. */
  append(tx: Queryable, actor: Actor, record: AuditRecord, at?: Date): Promise<void>;
}

/**
 * An {@link Auditor} over a database; `onAppend` observes each event (metrics).
 *
 * @example
 * ```ts
 * const audit = createAuditor(db);
 * await audit.record(actor, (tx) => readResource(tx, 'demo', 'Patient', 'p1'), () => ({ action: 'R', interaction: 'read' }));
 * ```
 */
export function createAuditor(db: Db, onAppend?: AuditListener): Auditor {
  return {
    record: (actor, work, describe) => recordAccess(db, actor, work, describe, onAppend),
    refusal: (actor, record, error) => recordRefusal(db, actor, record, error, onAppend),
    async append(tx, actor, record, at = new Date()) {
      await appendAuditEvent(tx, record.tenantId ?? actor.tenantId, buildAuditEvent(actor, record, at));
      onAppend?.({ ...record, outcome: record.outcome ?? '0' });
    },
  };
}
