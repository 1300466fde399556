import { Router, type Request } from 'express';
import { answerFeedback } from '../../../use-cases/cds-hooks/answer-feedback.js';
import { answerHookCall } from '../../../use-cases/cds-hooks/answer-hook-call.js';
import { discoveryDocument, requireCdsService } from '../../../use-cases/cds-hooks/registry.js';
import type { Services } from '../../../use-cases/services.js';
import { actorOf } from '../middleware/api-key-auth.js';
import { cdsCors } from '../middleware/cds-cors.js';
import { ehrJwtAuth, ehrJwtClaimOf } from '../middleware/ehr-jwt-auth.js';
import { jsonBody } from '../middleware/json-body.js';
import { publicBaseOf } from '../public-url.js';

/**
 * CDS Hooks 2.0: `GET /cds-services` (discovery, no credentials),
 * `POST /cds-services/{id}` (a hook call, EHR JWT), and
 * `POST /cds-services/{id}/feedback` (EHR JWT). One base URL serves every
 * tenant: the JWT's issuer names the tenant. An unknown service is a 404
 * before any credential is read; the rest is the CDS Hooks use case's
 * (`answerHookCall`, `answerFeedback`).
 *
 * @example
 * ```ts
 * app.use(cdsHooksRoutes(services));
 * ```
 */
export function cdsHooksRoutes(services: Services): Router {
  const router = Router();
  const discovery = discoveryDocument(services.cdsHooks.services);
  const serviceId = (req: Request) => requireCdsService(String(req.params.id), services.cdsHooks.services).id;
  router.use('/cds-services', cdsCors());
  router.get('/cds-services', (_req, res) => void res.json(discovery));

  router.post(
    '/cds-services/:id',
    (req, res, next) => ((res.locals.startedAt = Date.now()), serviceId(req), next()),
    ehrJwtAuth(services),
    ...jsonBody(services),
    async (req, res) => {
      const answer = await answerHookCall(services, {
        serviceId: serviceId(req),
        body: req.body,
        actor: actorOf(res),
        claim: ehrJwtClaimOf(res),
        startedAt: res.locals.startedAt as number,
        publicBase: publicBaseOf(res),
      });
      res.json(answer.response);
    },
  );

  router.post(
    '/cds-services/:id/feedback',
    (req, _res, next) => (serviceId(req), next()),
    ehrJwtAuth(services),
    ...jsonBody(services),
    async (req, res) => {
      res.json(
        await answerFeedback(services, {
          serviceId: serviceId(req),
          body: req.body,
          actor: actorOf(res),
          claim: ehrJwtClaimOf(res),
        }),
      );
    },
  );
  return router;
}
