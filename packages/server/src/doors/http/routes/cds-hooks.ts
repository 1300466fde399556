import { Router, type Request } from 'express';
import { cdsFeedbackRequestSchema } from '@meridian/sdk';
import {
  cdsCallAuditRecord,
  CARD_IDENTIFIER_SYSTEM,
  CDS_FEEDBACK_OPERATION,
} from '../../../use-cases/cds-hooks/audit-record.js';
import { callCdsService } from '../../../use-cases/cds-hooks/call-service.js';
import { recordFeedback } from '../../../use-cases/cds-hooks/feedback/record-feedback.js';
import { recordIssuedCards } from '../../../use-cases/cds-hooks/issued-cards.js';
import { discoveryDocument, findCdsService } from '../../../use-cases/cds-hooks/registry.js';
import { notFound, OutcomeError } from '../../../platform/errors/outcome-error.js';
import { validationError } from '../../../platform/errors/zod-outcome.js';
import type { Services } from '../../../use-cases/services.js';
import type { Actor } from '../../../platform/tenancy/actor.js';
import { actorOf } from '../middleware/api-key-auth.js';
import { cdsCors } from '../middleware/cds-cors.js';
import { claimEhrJwt, claimEhrJwtAlone, ehrJwtAuth } from '../middleware/ehr-jwt-auth.js';
import { ehrJwtReplayed } from '../../../use-cases/cds-hooks/auth/verify-ehr-jwt.js';
import { jsonBody } from '../middleware/json-body.js';
import { publicBaseOf } from '../public-url.js';

const field = (body: unknown, ...path: string[]): string | undefined => {
  let v: unknown = body;
  for (const key of path) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' && v.length <= 200 ? v : undefined;
};
const isVerified = (actor: Actor) => actor.principal.kind !== 'ehr-client' || actor.principal.verified;

/**
 * CDS Hooks 2.0: `GET /cds-services` (discovery, no credentials),
 * `POST /cds-services/{id}` (a hook call, EHR JWT), and
 * `POST /cds-services/{id}/feedback` (EHR JWT). One base URL serves every
 * tenant: the JWT's issuer names the tenant.
 *
 * @example
 * ```ts
 * app.use(cdsHooksRoutes(services));
 * ```
 */
export function cdsHooksRoutes(services: Services): Router {
  const router = Router();
  const { cdsHooks } = services;
  const discovery = discoveryDocument(cdsHooks.services);
  const serviceOf = (req: Request) => {
    const service = findCdsService(String(req.params.id), cdsHooks.services);
    if (!service)
      throw notFound(`no CDS Service '${String(req.params.id).slice(0, 64)}'; GET /cds-services lists them`);
    return service;
  };
  router.use('/cds-services', cdsCors());
  router.get('/cds-services', (_req, res) => void res.json(discovery));

  router.post(
    '/cds-services/:id',
    (req, res, next) => ((res.locals.startedAt = Date.now()), serviceOf(req), next()),
    ehrJwtAuth(services),
    ...jsonBody(services),
    async (req, res) => {
      const service = serviceOf(req);
      const startedAt = res.locals.startedAt as number;
      const actor = actorOf(res);
      const budgetMs = await cdsHooks.budgetMs(actor.tenantId);
      const analysisFreshnessMs = await cdsHooks.analysisFreshnessMs(actor.tenantId);
      const audit = { serviceId: service.id, budgetMs, verified: isVerified(actor) };
      let result;
      try {
        result = await callCdsService({
          service,
          body: req.body,
          tenantId: actor.tenantId,
          startedAt,
          budgetMs,
          riskCache: services.riskCache,
          analyses: cdsHooks.analyses,
          analysisFreshnessMs,
          publicBase: publicBaseOf(res),
          fhirServers: actor.principal.kind === 'ehr-client' ? actor.principal.fhirServers : [],
          onStepFailure: (step, error) =>
            services.logger.error({ requestId: actor.requestId, step, err: String(error) }, 'CDS step failed'),
        });
      } catch (caught) {
        // The token is spent even when the call fails; a replay is reported as such.
        const error = (await claimEhrJwtAlone(services.db, res)) ? caught : ehrJwtReplayed();
        if (error instanceof OutcomeError && error.status < 500) {
          const patientId = field(req.body, 'context', 'patientId');
          await services.audit.refusal(
            { ...actor, onBehalfOf: field(req.body, 'context', 'userId') },
            cdsCallAuditRecord({
              ...audit,
              hook: field(req.body, 'hook'),
              hookInstance: field(req.body, 'hookInstance'),
              patient: patientId ? `Patient/${patientId}` : undefined,
              cards: [],
              cut: [],
              fetched: [],
              elapsedMs: Date.now() - startedAt,
            }),
            error,
          );
        }
        throw error;
      }
      const done = result;
      const at = new Date();
      await services.audit.record(
        { ...actor, onBehalfOf: done.user },
        async (tx) => {
          await claimEhrJwt(tx, res);
          await recordIssuedCards(tx, actor.tenantId, {
            serviceId: service.id,
            hookInstance: done.hookInstance,
            patient: done.patient,
            cards: done.cards,
            at,
          });
          return done.cards;
        },
        // On a refusal (a replayed token), no card was returned.
        (returned) =>
          cdsCallAuditRecord({
            ...audit,
            ...done,
            cards: returned ?? [],
            fetched: done.gathered.fetched,
            incomplete: done.gathered.incomplete,
            elapsedMs: Date.now() - startedAt,
          }),
      );
      for (const c of done.cards)
        services.metrics.cdsCards.inc({ service: service.id, card_type: c.type, indicator: c.card.indicator });
      for (const step of done.cut) services.metrics.cdsBudgetCuts.inc({ service: service.id, step });
      res.json(done.response);
      cdsHooks.events.emit({
        tenantId: actor.tenantId,
        serviceId: service.id,
        hook: done.hook,
        hookInstance: done.hookInstance,
        patient: done.patient,
        user: done.user,
        ...(done.encounter ? { encounter: done.encounter } : {}),
        cards: done.cards.map((c) => ({ uuid: c.card.uuid!, type: c.type, indicator: c.card.indicator })),
        at: at.toISOString(),
        ...(done.hook === 'patient-view' ? { input: { context: done.context, prefetch: done.gathered.data } } : {}),
      });
    },
  );

  router.post(
    '/cds-services/:id/feedback',
    (req, _res, next) => (serviceOf(req), next()),
    ehrJwtAuth(services),
    ...jsonBody(services),
    async (req, res) => {
      const service = serviceOf(req);
      const actor = actorOf(res);
      const parsed = cdsFeedbackRequestSchema.safeParse(req.body);
      if (!parsed.success) {
        if (!(await claimEhrJwtAlone(services.db, res))) throw ehrJwtReplayed();
        throw validationError(parsed.error, 'body');
      }
      const feedback = parsed.data;
      const clientId = actor.principal.kind === 'ehr-client' ? actor.principal.clientId : 'unknown';
      const recorded = await services.audit.record(
        actor,
        async (tx) => {
          await claimEhrJwt(tx, res);
          return recordFeedback(tx, actor.tenantId, service.id, clientId, feedback);
        },
        (r) => ({
          action: 'C',
          interaction: 'operation',
          operation: CDS_FEEDBACK_OPERATION,
          patients: r?.patients ?? [],
          reports: (r?.entries ?? []).map((e) => ({
            system: CARD_IDENTIFIER_SYSTEM,
            value: `urn:uuid:${e.card}`,
            name: e.cardType,
            detail: { outcome: e.outcome },
          })),
          act: {
            system: CARD_IDENTIFIER_SYSTEM,
            value: `urn:meridian:cds-feedback:${actor.requestId}`,
            name: `${service.id} feedback`,
            detail: {
              service: service.id,
              entries: String(feedback.feedback.length),
              ...(isVerified(actor) ? {} : { 'unverified-caller': 'unsigned call accepted in the embedded demo mode' }),
            },
          },
        }),
      );
      for (const e of recorded.entries) services.metrics.cdsFeedback.inc({ card_type: e.cardType, outcome: e.outcome });
      res.json({
        received: recorded.received,
        ...(recorded.unknownCards.length ? { unknownCards: recorded.unknownCards } : {}),
      });
    },
  );
  return router;
}
