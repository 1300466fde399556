import type { RequestHandler, Response } from 'express';
import { OutcomeError, forbidden } from '../../../platform/errors/outcome-error.js';
import type { Services } from '../../../use-cases/services.js';
import { actorFor, type Actor, type Role } from '../../../platform/tenancy/actor.js';
import { resolveApiKey } from '../../../platform/tenancy/api-keys.js';
import type { ApiKeyPrincipal } from '../../../platform/tenancy/principal.js';
import { jsonBody } from './json-body.js';

const BEARER = /^Bearer[ ]+([A-Za-z0-9._~+/=-]{1,512})$/;
const invalidToken = (message: string) =>
  new OutcomeError('invalid-api-key', message, [], { 'WWW-Authenticate': 'Bearer error="invalid_token"' });

/**
 * Resolves `Authorization: Bearer <api key>` to an {@link Actor} whose
 * principal is the key, on `res.locals.actor`. A missing header is
 * `unauthenticated`; a malformed, unknown, revoked or expired key is
 * `invalid-api-key`; both are 401. With `optional`, a request without the
 * header passes through unauthenticated.
 */
export function apiKeyAuth(services: Services, options: { optional?: boolean } = {}): RequestHandler {
  return (req, res, next) => {
    if (res.locals.actor) return next();
    const header = req.get('authorization');
    if (!header) {
      if (options.optional) return next();
      return next(
        new OutcomeError('unauthenticated', 'send an API key as Authorization: Bearer <key>', [], {
          'WWW-Authenticate': 'Bearer',
        }),
      );
    }
    const match = BEARER.exec(header.trim());
    if (!match) return next(invalidToken('the Authorization header is not a Bearer API key'));
    resolveApiKey(services.db, match[1]!)
      .then((key) => {
        if (!key) throw invalidToken('unknown or revoked API key');
        if (key.status === 'expired')
          throw invalidToken('this API key has expired; ask an administrator for a new one');
        const principal: ApiKeyPrincipal = {
          kind: 'api-key',
          tenantId: key.tenantId,
          apiKeyId: key.id,
          name: key.name,
          role: key.role,
        };
        res.locals.actor = actorFor(principal, res.locals.requestId as string, { clientAddress: req.ip });
        next();
      })
      .catch(next);
  };
}

/** The authenticated caller of a request (set by an authentication middleware). */
export function actorOf(res: Response): Actor {
  const actor = res.locals.actor as Actor | undefined;
  if (!actor) throw new OutcomeError('unauthenticated', 'no authenticated caller');
  return actor;
}

/**
 * Lets only the given roles through (403 otherwise, recorded in the audit trail).
 *
 * @example
 * ```ts
 * router.get('/audit/verify', apiKeyAuth(services), requireRole('admin', 'auditor'), handler);
 * ```
 */
export function requireRole(...roles: Role[]): RequestHandler {
  return (_req, res, next) => {
    const { role } = actorOf(res).principal;
    next(
      roles.includes(role) ? undefined : forbidden(`role '${role}' may not do this; needs one of: ${roles.join(', ')}`),
    );
  };
}

/**
 * The guard of a route that API keys call: authenticate, check the role, and
 * (with `body`) accept only a JSON body, read after authentication so
 * strangers cannot make the server parse megabytes.
 *
 * @example
 * ```ts
 * router.post('/risk/assess', ...apiKeyRoute(services, ['admin', 'clinician'], { body: true }), handler);
 * ```
 */
export function apiKeyRoute(
  services: Services,
  roles: readonly Role[],
  options: { body?: boolean } = {},
): RequestHandler[] {
  return [apiKeyAuth(services), requireRole(...roles), ...(options.body ? jsonBody(services) : [])];
}
