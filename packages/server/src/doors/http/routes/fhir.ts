import { Router, type Response } from 'express';
import { FHIR_ID, FHIR_RESOURCE_TYPE, transactionRequestSchema } from '@meridian/sdk';
import { OutcomeError } from '../../../platform/errors/outcome-error.js';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import {
  applyFhirBundle,
  readFhirHistory,
  readFhirResource,
  searchFhir,
} from '../../../use-cases/fhir-rest/fhir-interactions.js';
import { searchsetBundle } from '../searchset.js';
import type { Services } from '../../../use-cases/services.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';
import { publicBaseOf, publicUrlOf } from '../public-url.js';

const sendFhir = (res: Response, body: unknown, status = 200) =>
  res.status(status).type('application/fhir+json').send(JSON.stringify(body));

function checkTypeAndId(type: string, id?: string) {
  if (!FHIR_RESOURCE_TYPE.test(type))
    throw new OutcomeError('validation-failed', 'not a FHIR resource type name', ['type']);
  if (id !== undefined && !FHIR_ID.test(id))
    throw new OutcomeError('validation-failed', 'not a valid FHIR id (1-64 of A-Z a-z 0-9 - ., not only dots)', ['id']);
}

/**
 * Enough FHIR REST for Meridian's own resources: `POST /fhir` (transaction or
 * batch Bundle), `GET /fhir/{type}/{id}`, `GET /fhir/{type}/{id}/_history`,
 * `GET /fhir/{type}` search. Every call is audited in its transaction.
 */
export function fhirRoutes(services: Services): Router {
  const router = Router();
  const readers = apiKeyRoute(services, ['admin', 'clinician', 'integration']);
  const writers = apiKeyRoute(services, ['admin', 'integration', 'clinician'], { body: true });

  router.post('/fhir', ...writers, async (req, res) => {
    const bundle = parseOrThrow(transactionRequestSchema, req.body, 'body');
    sendFhir(res, (await applyFhirBundle(services, actorOf(res), bundle)).response);
  });

  router.get('/fhir/:type/:id/_history', ...readers, async (req, res) => {
    const { type, id } = req.params as { type: string; id: string };
    checkTypeAndId(type, id);
    const versions = await readFhirHistory(services, actorOf(res), type, id);
    sendFhir(res, {
      resourceType: 'Bundle',
      type: 'history',
      total: versions.length,
      entry: versions.map((resource) => ({ resource })),
    });
  });

  router.get('/fhir/:type/:id', ...readers, async (req, res) => {
    const { type, id } = req.params as { type: string; id: string };
    checkTypeAndId(type, id);
    const resource = await readFhirResource(services, actorOf(res), type, id);
    res.set('ETag', `W/"${resource.meta?.versionId}"`);
    sendFhir(res, resource);
  });

  router.get('/fhir/:type', ...readers, async (req, res) => {
    const { type } = req.params as { type: string };
    checkTypeAndId(type);
    const self = publicUrlOf(req, res);
    const page = await searchFhir(services, actorOf(res), type, req.query);
    sendFhir(res, searchsetBundle(self, publicBaseOf(res), page.resources, page.nextCursor));
  });

  return router;
}
