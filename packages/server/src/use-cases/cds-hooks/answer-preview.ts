/**
 * A preview of a `patient-view` service for a stored patient, without HTTP:
 * the request an EHR would send (its prefetch read from the record), the
 * same call and budget, and the same issued-card record and AuditEvent as an
 * EHR's call.
 *
 * @module
 */
import { cdsPreviewRequestSchema } from '@meridian/sdk';
import { parseOrThrow } from '../../platform/errors/zod-outcome.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import type { Services } from '../services.js';
import { cdsCallAuditRecord } from './audit-record.js';
import { callCdsService, type CdsCallResult } from './call-service.js';
import { recordIssuedCards } from './issued-cards.js';
import { previewAuditUser, previewRequest } from './preview-request.js';
import { requireCdsService } from './registry.js';

/** What a preview is: the service, the request body, who asks, and the base of the cards' links. */
export interface PreviewInput {
  serviceId: string;
  /** The request body, unvalidated (`{ patient, userId? }`). */
  body: unknown;
  actor: Actor;
  publicBase?: string | undefined;
}

/**
 * Runs the preview: a 404 for an unknown service or patient, a 400 for a
 * bad body or a service that does not answer `patient-view`; the cards recorded (so
 * feedback on them is counted) with the call's AuditEvent (`cds-hook-preview`,
 * the API key as the requesting agent) in one commit.
 *
 * @example
 * ```ts
 * const { response } = await answerPreview(services, { serviceId: 'meridian-patient-risk', body: { patient: 'Patient/demo-ada' }, actor });
 * ```
 */
export async function answerPreview(services: Services, input: PreviewInput): Promise<CdsCallResult> {
  const { cdsHooks } = services;
  const { actor } = input;
  const service = requireCdsService(input.serviceId, cdsHooks.services);
  const request = parseOrThrow(cdsPreviewRequestSchema, input.body, 'body');
  const body = await previewRequest(services.db, actor.tenantId, service, request);
  const budgetMs = await cdsHooks.budgetMs(actor.tenantId);
  const startedAt = Date.now();
  const done = await callCdsService({
    service,
    body,
    tenantId: actor.tenantId,
    startedAt,
    budgetMs,
    riskCache: services.riskCache,
    analyses: cdsHooks.analyses,
    // The prefetch comes from Meridian's own store: nothing is fetched from a FHIR server.
    fhirServers: [],
    ...(input.publicBase === undefined ? {} : { publicBase: input.publicBase }),
    onStepFailure: (step, error) =>
      services.logger.error({ requestId: actor.requestId, step, err: String(error) }, 'CDS step failed'),
  });
  const at = new Date();
  await services.audit.record(
    // The placeholder user of a preview stands for no one: only a user the request named is recorded.
    { ...actor, onBehalfOf: previewAuditUser(request) },
    async (tx) => {
      const call = { serviceId: service.id, hookInstance: done.hookInstance, patient: done.patient };
      await recordIssuedCards(tx, actor.tenantId, { ...call, cards: done.cards, at });
      return done.cards;
    },
    (returned) =>
      cdsCallAuditRecord({
        serviceId: service.id,
        budgetMs,
        verified: true,
        preview: true,
        ...done,
        cards: returned ?? [],
        fetched: [],
        elapsedMs: Date.now() - startedAt,
      }),
  );
  return done;
}
