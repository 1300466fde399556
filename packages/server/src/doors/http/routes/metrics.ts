import { Router } from 'express';
import type { Metrics } from '../../../platform/telemetry/metrics.js';

/** `GET /metrics`: Prometheus text exposition. Labels carry no PHI. */
export function metricsRoutes(metrics: Metrics): Router {
  const router = Router();
  router.get('/metrics', async (_req, res, next) => {
    try {
      res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    } catch (error) {
      next(error);
    }
  });
  return router;
}
