/**
 * Feedback on cards, start to finish, without HTTP: the body checked against
 * the specification (a bad body still spends the token), then the token, the
 * feedback rows and the AuditEvent in one commit, and the counts.
 *
 * @module
 */
import { cdsFeedbackRequestSchema, type CdsFeedbackResponse } from '@meridian/sdk';
import { validationError } from '../../platform/errors/zod-outcome.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import type { Services } from '../services.js';
import { CARD_IDENTIFIER_SYSTEM, CDS_FEEDBACK_OPERATION } from './audit-record.js';
import { claimEhrJwt, claimEhrJwtAlone, type EhrJwtClaim } from './auth/ehr-jwt-claim.js';
import { ehrJwtReplayed } from './auth/verify-ehr-jwt.js';
import { isVerifiedCaller } from './answer-hook-call.js';
import { recordFeedback } from './feedback/record-feedback.js';
import { requireCdsService } from './registry.js';

/** What a feedback call is, once its door has authenticated the caller. */
export interface FeedbackInput {
  /** The `{id}` of `POST /cds-services/{id}/feedback`. */
  serviceId: string;
  /** The request body, unvalidated. */
  body: unknown;
  actor: Actor;
  /** The verified JWT this call spends; `undefined` for an unsigned call of the embedded demo mode. */
  claim: EhrJwtClaim | undefined;
}

/**
 * Records feedback on cards: a 404 for an unknown service, a 400 naming the
 * path for a body the specification refuses (its token spent all the same);
 * else each entry stored with the type of the card it is about, audited with
 * the cards' patients, counted per card type and outcome. Answers what was
 * received and the cards this service never issued to the tenant.
 *
 * @example
 * ```ts
 * const { received, unknownCards } = await answerFeedback(services, { serviceId: 'meridian-patient-risk', body, actor, claim });
 * ```
 */
export async function answerFeedback(services: Services, input: FeedbackInput): Promise<CdsFeedbackResponse> {
  const { actor, claim } = input;
  const service = requireCdsService(input.serviceId, services.cdsHooks.services);
  const parsed = cdsFeedbackRequestSchema.safeParse(input.body);
  if (!parsed.success) {
    if (!(await claimEhrJwtAlone(services.db, claim))) throw ehrJwtReplayed();
    throw validationError(parsed.error, 'body');
  }
  const feedback = parsed.data;
  const clientId = actor.principal.kind === 'ehr-client' ? actor.principal.clientId : 'unknown';
  const recorded = await services.audit.record(
    actor,
    async (tx) => {
      await claimEhrJwt(tx, claim);
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
          ...(isVerifiedCaller(actor)
            ? {}
            : { 'unverified-caller': 'unsigned call accepted in the embedded demo mode' }),
        },
      },
    }),
  );
  for (const e of recorded.entries) services.metrics.cdsFeedback.inc({ card_type: e.cardType, outcome: e.outcome });
  return {
    received: recorded.received,
    ...(recorded.unknownCards.length ? { unknownCards: recorded.unknownCards } : {}),
  };
}
