/**
 * One CDS Hooks call, start to finish, without HTTP: the tenant's budget, the
 * service call, and then either the refusal (the token spent, the refusal in
 * the audit trail) or the answer (the token spent, the issued cards and the
 * call's AuditEvent in one commit, metrics, and the hook event).
 *
 * @module
 */
import { OutcomeError } from '../../platform/errors/outcome-error.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import type { Services } from '../services.js';
import { cdsCallAuditRecord, type CdsCallAudit } from './audit-record.js';
import { claimEhrJwt, claimEhrJwtAlone, type EhrJwtClaim } from './auth/ehr-jwt-claim.js';
import { ehrJwtReplayed } from './auth/verify-ehr-jwt.js';
import { callCdsService, type CdsCallResult } from './call-service.js';
import { recordIssuedCards } from './issued-cards.js';
import { requireCdsService } from './registry.js';

/** What a hook call is, once its door has authenticated the caller. */
export interface HookCallInput {
  /** The `{id}` of `POST /cds-services/{id}`. */
  serviceId: string;
  /** The request body, unvalidated: the service's hook schema decides. */
  body: unknown;
  actor: Actor;
  /** The verified JWT this call spends; `undefined` for an unsigned call of the embedded demo mode. */
  claim: EhrJwtClaim | undefined;
  /** When the request arrived (epoch ms): the budget counts from here. */
  startedAt: number;
  /** Base of the absolute links in cards (the public URL). */
  publicBase?: string | undefined;
}

/**
 * Whether the caller was verified (an unsigned call of the embedded demo mode is not).
 *
 * @example
 * ```ts
 * isVerifiedCaller(actorFor(unsignedDemoPrincipal('demo'), 'req-1')); // false
 * ```
 */
export function isVerifiedCaller(actor: Actor): boolean {
  return actor.principal.kind !== 'ehr-client' || actor.principal.verified;
}

/** A string field of an unvalidated body (at most 200 characters), for the AuditEvent of a refusal. */
function field(body: unknown, ...path: string[]): string | undefined {
  let v: unknown = body;
  for (const key of path) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' && v.length <= 200 ? v : undefined;
}

/** Spends the token of a failed call and records a 4xx refusal; the error to answer (a replay is reported as such). */
async function refused(
  services: Services,
  input: HookCallInput,
  audit: Pick<CdsCallAudit, 'serviceId' | 'budgetMs' | 'verified'>,
  caught: unknown,
): Promise<unknown> {
  const { actor, body } = input;
  // The token is spent even when the call fails; a replay is reported as such.
  const error = (await claimEhrJwtAlone(services.db, input.claim)) ? caught : ehrJwtReplayed();
  if (error instanceof OutcomeError && error.status < 500) {
    const patientId = field(body, 'context', 'patientId');
    await services.audit.refusal(
      { ...actor, onBehalfOf: field(body, 'context', 'userId') },
      cdsCallAuditRecord({
        ...audit,
        hook: field(body, 'hook'),
        hookInstance: field(body, 'hookInstance'),
        patient: patientId ? `Patient/${patientId}` : undefined,
        cards: [],
        cut: [],
        fetched: [],
        elapsedMs: Date.now() - input.startedAt,
      }),
      error,
    );
  }
  return error;
}

/**
 * Answers one hook call: a 404 for an unknown service; a refusal (4xx)
 * spends the token and is audited with what the body named; an answer
 * records the token, the issued cards (so feedback can be attributed) and
 * the call's AuditEvent in one transaction (a replayed token refuses it
 * there), counts cards and budget cuts, and emits the hook event after the
 * caller has answered.
 *
 * @example
 * ```ts
 * const { response } = await answerHookCall(services, { serviceId: 'meridian-patient-risk', body, actor, claim, startedAt: Date.now() });
 * ```
 */
export async function answerHookCall(services: Services, input: HookCallInput): Promise<CdsCallResult> {
  const { cdsHooks } = services;
  const { actor, startedAt } = input;
  const service = requireCdsService(input.serviceId, cdsHooks.services);
  const budgetMs = await cdsHooks.budgetMs(actor.tenantId);
  const analysisFreshnessMs = await cdsHooks.analysisFreshnessMs(actor.tenantId);
  const audit = { serviceId: service.id, budgetMs, verified: isVerifiedCaller(actor) };
  let done: CdsCallResult;
  try {
    done = await callCdsService({
      service,
      body: input.body,
      tenantId: actor.tenantId,
      startedAt,
      budgetMs,
      riskCache: services.riskCache,
      analyses: cdsHooks.analyses,
      analysisFreshnessMs,
      ...(input.publicBase === undefined ? {} : { publicBase: input.publicBase }),
      fhirServers: actor.principal.kind === 'ehr-client' ? actor.principal.fhirServers : [],
      onStepFailure: (step, error) =>
        services.logger.error({ requestId: actor.requestId, step, err: String(error) }, 'CDS step failed'),
    });
  } catch (caught) {
    throw await refused(services, input, audit, caught);
  }
  const at = new Date();
  await services.audit.record(
    { ...actor, onBehalfOf: done.user },
    async (tx) => {
      await claimEhrJwt(tx, input.claim);
      const call = { serviceId: service.id, hookInstance: done.hookInstance, patient: done.patient };
      await recordIssuedCards(tx, actor.tenantId, { ...call, cards: done.cards, at });
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
  // Listeners run on a later tick, after the door has answered.
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
  return done;
}
