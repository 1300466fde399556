import type { Request, RequestHandler, Response } from 'express';
import type { EhrJwtClaim } from '../../../use-cases/cds-hooks/auth/ehr-jwt-claim.js';
import { purgeExpiredJwtIds } from '../../../use-cases/cds-hooks/auth/jti-store.js';
import { verifyEhrJwt } from '../../../use-cases/cds-hooks/auth/verify-ehr-jwt.js';
import { forbidden, OutcomeError } from '../../../platform/errors/outcome-error.js';
import type { Services } from '../../../use-cases/services.js';
import { actorFor } from '../../../platform/tenancy/actor.js';
import type { EhrClientPrincipal } from '../../../platform/tenancy/principal.js';
import { publicBaseOf } from '../public-url.js';

const BEARER = /^Bearer[ ]+([A-Za-z0-9._~+/=-]{1,8192})$/;
const PURGE_EVERY_MS = 60_000;

/**
 * The principal of an unsigned call accepted by the embedded demo mode.
 *
 * @example
 * ```ts
 * unsignedDemoPrincipal('demo').verified; // false
 * ```
 */
export function unsignedDemoPrincipal(tenantId: string): EhrClientPrincipal {
  return {
    kind: 'ehr-client',
    tenantId,
    clientId: 'demo-unsigned',
    issuer: 'urn:meridian:demo:unsigned',
    name: 'Unsigned caller (embedded demo mode)',
    role: 'integration',
    verified: false,
  };
}

/**
 * The URLs a JWT's `aud` may name for this request: the service URL (and for feedback, the feedback URL first).
 *
 * @example
 * ```ts
 * expectedAudiences(req, res, 'meridian-patient-risk'); // ['https://cds.example.org/cds-services/meridian-patient-risk']
 * ```
 */
export function expectedAudiences(req: Request, res: Response, serviceId: string): string[] {
  // The public base (MERIDIAN_PUBLIC_URL, else the request's valid Host) is the prefix of the URL the EHR called.
  const base = publicBaseOf(res);
  const serviceUrl = `${base}/cds-services/${encodeURIComponent(serviceId)}`;
  return req.path.endsWith('/feedback') ? [`${serviceUrl}/feedback`, serviceUrl] : [serviceUrl];
}

/**
 * Authenticates a CDS Hooks call by the EHR's signed JWT (`Authorization:
 * Bearer`): verified against the registered client's keys, `iss` giving the
 * tenant, `aud` the URL called. Sets the actor (an `ehr-client` principal).
 * The token's identity ({@link ehrJwtClaimOf}) goes to the use case, which
 * spends its `jti` inside the call's own transaction (one commit a call), or
 * on its own when the call fails before it. A client limited to some services gets a 403
 * elsewhere. Without a JWT the call is refused (401), except in the embedded
 * demo mode, which accepts it as unverified.
 *
 * @example
 * ```ts
 * router.post('/cds-services/:id', ehrJwtAuth(services), ...jsonBody(services), handler);
 * ```
 */
export function ehrJwtAuth(services: Services): RequestHandler {
  let lastPurge = 0;
  const { db, cdsHooks } = services;
  return (req, res, next) => {
    const serviceId = String(req.params.id);
    const header = req.get('authorization');
    if (!header) {
      if (cdsHooks.unsignedDemoTenant) {
        res.locals.actor = actorFor(
          unsignedDemoPrincipal(cdsHooks.unsignedDemoTenant),
          res.locals.requestId as string,
          { clientAddress: req.ip },
        );
        return next();
      }
      return next(
        new OutcomeError('unauthenticated', "send the EHR's signed JWT as Authorization: Bearer <jwt>", [], {
          'WWW-Authenticate': 'Bearer',
        }),
      );
    }
    const match = BEARER.exec(header.trim());
    if (!match)
      return next(
        new OutcomeError('invalid-ehr-jwt', 'the Authorization header is not a Bearer JWT', [], {
          'WWW-Authenticate': 'Bearer error="invalid_token"',
        }),
      );
    if (Date.now() - lastPurge > PURGE_EVERY_MS) {
      lastPurge = Date.now();
      purgeExpiredJwtIds(db, new Date(Date.now() - PURGE_EVERY_MS)).catch((error) =>
        services.logger.warn({ err: String(error) }, 'jti purge failed'),
      );
    }
    verifyEhrJwt(match[1]!, expectedAudiences(req, res, serviceId), {
      findClient: (issuer) => cdsHooks.findClient(issuer),
      keySets: cdsHooks.keySets,
    })
      .then(({ client, payload, jtiExpiresAt }) => {
        const claim: EhrJwtClaim = { issuer: client.issuer, jti: payload.jti, expiresAt: jtiExpiresAt };
        res.locals.ehrJwt = claim;
        const principal: EhrClientPrincipal = {
          kind: 'ehr-client',
          tenantId: client.tenantId,
          clientId: client.id,
          issuer: client.issuer,
          subject: typeof payload.sub === 'string' ? payload.sub : undefined,
          name: client.name,
          role: 'integration',
          verified: true,
          fhirServers: client.fhirServers,
        };
        res.locals.actor = actorFor(principal, res.locals.requestId as string, { clientAddress: req.ip });
        if (client.allowedServices.length && !client.allowedServices.includes(serviceId)) {
          throw forbidden(`this EHR client may call ${client.allowedServices.join(', ')} only`);
        }
        next();
      })
      .catch(next);
  };
}

/**
 * The verified token of this request (set by {@link ehrJwtAuth}), for the use case to spend; `undefined` for an unsigned demo call.
 *
 * @example
 * ```ts
 * await answerFeedback(services, { serviceId, body: req.body, actor: actorOf(res), claim: ehrJwtClaimOf(res) });
 * ```
 */
export function ehrJwtClaimOf(res: Response): EhrJwtClaim | undefined {
  return res.locals.ehrJwt as EhrJwtClaim | undefined;
}
