import { Router } from 'express';
import { safetyCheckRequestSchema } from '@meridian/sdk';
import { guardText } from '../../../engines/safety/guard-text.js';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import type { Services } from '../../../use-cases/services.js';
import { apiKeyRoute } from '../middleware/api-key-auth.js';

/**
 * `POST /safety/check`: the no-prescribing, no-dosing guardrail applied to
 * any text; answers the safe text and what was removed, and why.
 */
export function safetyRoutes(services: Services): Router {
  const router = Router();
  router.post(
    '/safety/check',
    ...apiKeyRoute(services, ['admin', 'clinician', 'integration'], { body: true }),
    (req, res) => {
      const { text } = parseOrThrow(safetyCheckRequestSchema, req.body, 'body');
      res.json(guardText(text));
    },
  );
  return router;
}
