import type { RequestHandler, Response } from 'express';
import { OutcomeError, forbidden } from '../../errors/outcome-error.js';
import type { Db } from '../../store/db.js';
import type { Actor, Role } from '../../tenancy/actor.js';
import { resolveApiKey } from '../../tenancy/api-keys.js';

const BEARER = /^Bearer[ ]+([A-Za-z0-9._~+/=-]{1,512})$/;

/**
 * Resolves `Authorization: Bearer <api key>` to an {@link Actor} (tenant, key,
 * role) on `res.locals.actor`. A missing header is `unauthenticated`; a
 * malformed, unknown or revoked key is `invalid-api-key`; both are 401.
 */
export function authenticate(db: Db): RequestHandler {
  return (req, res, next) => {
    const header = req.get('authorization');
    if (!header) {
      return next(new OutcomeError('unauthenticated', 'send an API key as Authorization: Bearer <key>', [], { 'WWW-Authenticate': 'Bearer' }));
    }
    const match = BEARER.exec(header.trim());
    if (!match) {
      return next(new OutcomeError('invalid-api-key', 'the Authorization header is not a Bearer API key', [], { 'WWW-Authenticate': 'Bearer error="invalid_token"' }));
    }
    resolveApiKey(db, match[1]!)
      .then((key) => {
        if (!key) {
          throw new OutcomeError('invalid-api-key', 'unknown or revoked API key', [], { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
        }
        const actor: Actor = {
          tenantId: key.tenantId,
          apiKeyId: key.id,
          apiKeyName: key.name,
          role: key.role,
          requestId: res.locals.requestId as string,
          clientAddress: req.ip,
        };
        res.locals.actor = actor;
        next();
      })
      .catch(next);
  };
}

/** The authenticated caller of a request (set by {@link authenticate}). */
export function actorOf(res: Response): Actor {
  const actor = res.locals.actor as Actor | undefined;
  if (!actor) throw new OutcomeError('unauthenticated', 'no authenticated caller');
  return actor;
}

/**
 * Lets only the given roles through (403 otherwise).
 *
 * @example
 * ```ts
 * router.get('/audit/verify', requireRole('admin', 'auditor'), handler);
 * ```
 */
export function requireRole(...roles: Role[]): RequestHandler {
  return (_req, res, next) => {
    const actor = actorOf(res);
    next(roles.includes(actor.role) ? undefined : forbidden(`role '${actor.role}' may not do this; needs one of: ${roles.join(', ')}`));
  };
}
