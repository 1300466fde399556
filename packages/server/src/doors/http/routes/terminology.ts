import { Router, type Response } from 'express';
import {
  expandParamsSchema,
  parametersSchema,
  validateCodeParamsSchema,
  valueSetIdSchema,
  valueSetSearchParamsSchema,
} from '@meridian/sdk';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import type { Services } from '../../../use-cases/services.js';
import { validateCodeParamsFrom } from '../../../use-cases/terminology/value-set-operations.js';
import {
  expandValueSetAudited,
  readValueSetAudited,
  searchValueSetsAudited,
  validateCodeAudited,
} from '../../../use-cases/terminology/value-set-access.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

const sendFhir = (res: Response, body: unknown) => res.type('application/fhir+json').send(JSON.stringify(body));

/**
 * Read-only FHIR terminology over the loaded value sets: `GET /fhir/ValueSet`
 * (the list, by `url` or `title`), `GET /fhir/ValueSet/{id}`,
 * `GET /fhir/ValueSet/{id}/$expand` (`filter`, `count`, `offset`) and
 * `GET|POST /fhir/ValueSet/$validate-code` (`url`, `system`, `code`). Every call
 * is audited. Mount before the generic `/fhir/:type/:id` routes.
 */
export function terminologyRoutes(services: Services): Router {
  const router = Router();
  const readers = apiKeyRoute(services, ['admin', 'clinician', 'integration']);
  const readersWithBody = apiKeyRoute(services, ['admin', 'clinician', 'integration'], { body: true });

  const validate = async (res: Response, input: unknown, root: string) => {
    const params = parseOrThrow(validateCodeParamsSchema, input, root);
    sendFhir(res, await validateCodeAudited(services, actorOf(res), params));
  };
  router.get('/fhir/ValueSet/\\$validate-code', ...readers, (req, res) => validate(res, req.query, 'query'));
  router.post('/fhir/ValueSet/\\$validate-code', ...readersWithBody, (req, res) =>
    validate(res, validateCodeParamsFrom(parseOrThrow(parametersSchema, req.body, 'body')), 'body.parameter'),
  );

  router.get('/fhir/ValueSet', ...readers, async (req, res) => {
    const params = parseOrThrow(valueSetSearchParamsSchema, req.query, 'query');
    sendFhir(res, await searchValueSetsAudited(services, actorOf(res), params));
  });

  router.get('/fhir/ValueSet/:id/\\$expand', ...readers, async (req, res) => {
    const id = parseOrThrow(valueSetIdSchema, req.params.id, 'id');
    const params = parseOrThrow(expandParamsSchema, req.query, 'query');
    sendFhir(res, await expandValueSetAudited(services, actorOf(res), id, params));
  });

  router.get('/fhir/ValueSet/:id', ...readers, async (req, res) => {
    const id = parseOrThrow(valueSetIdSchema, req.params.id, 'id');
    sendFhir(res, await readValueSetAudited(services, actorOf(res), id));
  });
  return router;
}
