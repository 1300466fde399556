import type { ErrorRequestHandler } from 'express';
import type { AuditAction } from '@meridian/sdk';
import { wasAudited } from '../../../platform/audit/record-access.js';
import { normaliseError } from '../../../platform/errors/normalise-error.js';
import type { Services } from '../../../use-cases/services.js';
import type { Actor } from '../../../platform/tenancy/actor.js';

const ACTION_BY_METHOD: Record<string, AuditAction> = {
  GET: 'R',
  HEAD: 'R',
  POST: 'C',
  PUT: 'U',
  PATCH: 'U',
  DELETE: 'D',
};

/**
 * Records every refusal (a 4xx) of an authenticated caller that was not
 * already recorded where the data is touched: a role that may not act (403),
 * a body that is not JSON (400/415/413), a schema failure, a bad id, an
 * unknown route. Outcome 4, the stable error code as `outcomeDesc`, and the
 * operation `access-denied` (403) or `request-refused`; never the URL or the
 * body. Unauthenticated calls have no tenant to record them against.
 */
export function auditRefusals(services: Services): ErrorRequestHandler {
  return (raw, req, res, next) => {
    const actor = res.locals.actor as Actor | undefined;
    const { error } = normaliseError(raw);
    if (!actor || error.status >= 500 || wasAudited(raw) || wasAudited(error)) return next(raw);
    const record = {
      action: ACTION_BY_METHOD[req.method] ?? 'E',
      interaction: 'operation' as const,
      operation: error.code === 'forbidden' ? 'access-denied' : 'request-refused',
    };
    // A refusal that cannot be audited still answers the caller with its own error.
    services.audit.refusal(actor, record, error).then(
      () => next(raw),
      () => next(raw),
    );
  };
}
