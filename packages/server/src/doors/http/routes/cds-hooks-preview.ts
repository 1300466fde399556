import { Router } from 'express';
import { answerPreview } from '../../../use-cases/cds-hooks/answer-preview.js';
import type { Services } from '../../../use-cases/services.js';
import { publicBaseOf } from '../public-url.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

/**
 * `POST /cds-services/{id}/preview` (API key: admin, clinician): runs a
 * `patient-view` service for a stored patient, as if their chart had just
 * opened, with the prefetch read from the record; the same call, budget,
 * issued-card record (so feedback on its cards is counted) as an EHR's
 * call, audited as the portal's preview (`answerPreview`). For portals and
 * the demo.
 *
 * @example
 * ```ts
 * app.use(cdsHooksPreviewRoutes(services));
 * ```
 */
export function cdsHooksPreviewRoutes(services: Services): Router {
  const router = Router();
  router.post(
    '/cds-services/:id/preview',
    ...apiKeyRoute(services, ['admin', 'clinician'], { body: true }),
    async (req, res) => {
      const answer = await answerPreview(services, {
        serviceId: String(req.params.id),
        body: req.body,
        actor: actorOf(res),
        publicBase: publicBaseOf(res),
      });
      res.json(answer.response);
    },
  );
  return router;
}
