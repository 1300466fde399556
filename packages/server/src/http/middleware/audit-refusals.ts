import type { ErrorRequestHandler } from 'express';
import type { AuditAction } from '@meridian/sdk';
import { appendAuditEvent } from '../../audit/append-audit-event.js';
import { buildAuditEvent } from '../../audit/build-audit-event.js';
import type { AuditListener } from '../../audit/record-access.js';
import { OutcomeError } from '../../errors/outcome-error.js';
import type { Db } from '../../store/db.js';
import type { Actor } from '../../tenancy/actor.js';

const ACTION_BY_METHOD: Record<string, AuditAction> = { GET: 'R', HEAD: 'R', POST: 'C', PUT: 'U', PATCH: 'U', DELETE: 'D' };

/**
 * Records an authenticated caller's refused attempt (403: its role may not do
 * this) as an AuditEvent with outcome 4, before the error is answered. Other
 * refusals are recorded where the data is touched (see `recordAccess`);
 * unauthenticated calls have no tenant to record them against.
 */
export function auditRefusals(db: Db, onAudit: AuditListener): ErrorRequestHandler {
  return (error, req, res, next) => {
    const actor = res.locals.actor as Actor | undefined;
    if (!(error instanceof OutcomeError) || error.code !== 'forbidden' || !actor) return next(error);
    const record = {
      action: ACTION_BY_METHOD[req.method] ?? 'E',
      interaction: 'operation' as const,
      operation: 'access-denied',
      outcome: '4' as const,
      outcomeDesc: 'forbidden',
    };
    db.transaction((tx) => appendAuditEvent(tx, actor.tenantId, buildAuditEvent(actor, record, new Date())))
      .then(() => onAudit(record))
      .then(
        () => next(error),
        () => next(error),
      );
  };
}
