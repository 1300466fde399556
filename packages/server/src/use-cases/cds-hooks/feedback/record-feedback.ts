/**
 * Feedback on cards: each entry stored with the type of the card it is about
 * (from the issued-cards table; `unknown` for a card this service did not
 * issue to this tenant), and the counts per card type.
 *
 * @module
 */
import type { CdsFeedbackRequest } from '@meridian/sdk';
import type { Queryable } from '../../../platform/store/db.js';
import { findIssuedCards } from '../issued-cards.js';

/** The card type recorded for feedback on a card Meridian did not issue (to this tenant, by this service). */
export const UNKNOWN_CARD_TYPE = 'unknown';

/** What storing one feedback request did. */
export interface RecordedFeedback {
  received: number;
  unknownCards: string[];
  /** The patients of the cards (for the AuditEvent). */
  patients: string[];
  entries: Array<{ card: string; cardType: string; outcome: string }>;
}

/**
 * Stores a feedback request in one statement, inside the caller's transaction.
 *
 * @example
 * ```ts
 * const recorded = await recordFeedback(tx, 'demo', 'meridian-patient-risk', 'ehr-1a2b', feedback);
 * ```
 */
export async function recordFeedback(
  tx: Queryable,
  tenantId: string,
  serviceId: string,
  ehrClientId: string,
  request: CdsFeedbackRequest,
): Promise<RecordedFeedback> {
  const issued = await findIssuedCards(
    tx,
    tenantId,
    request.feedback.map((f) => f.card),
  );
  const entries = request.feedback.map((f) => {
    const card = issued.get(f.card.toLowerCase());
    return {
      entry: f,
      cardType: card && card.serviceId === serviceId ? card.cardType : UNKNOWN_CARD_TYPE,
      patient: card?.patient ?? undefined,
    };
  });
  await tx.query(
    `INSERT INTO cds_feedback (tenant_id, service_id, ehr_client_id, card_uuid, card_type, outcome, accepted_suggestions, override_system, override_code, user_comment, outcome_at)
     SELECT $1, $2, $3, e.card, e.type, e.outcome, coalesce((SELECT array_agg(s) FROM jsonb_array_elements_text(e.accepted) s), '{}'), e.osys, e.ocode, e.comment, e.at
     FROM jsonb_to_recordset($4::jsonb) AS e(card text, type text, outcome text, accepted jsonb, osys text, ocode text, comment text, at timestamptz)`,
    [
      tenantId,
      serviceId,
      ehrClientId,
      JSON.stringify(
        entries.map(({ entry, cardType }) => ({
          card: entry.card,
          type: cardType,
          outcome: entry.outcome,
          accepted: (entry.acceptedSuggestions ?? []).map((s) => s.id),
          osys: entry.overrideReason?.reason?.system ?? null,
          ocode: entry.overrideReason?.reason?.code ?? null,
          comment: entry.overrideReason?.userComment ?? null,
          at: entry.outcomeTimestamp,
        })),
      ),
    ],
  );
  return {
    received: entries.length,
    unknownCards: entries.filter((e) => e.cardType === UNKNOWN_CARD_TYPE).map((e) => e.entry.card),
    patients: [...new Set(entries.flatMap((e) => (e.patient ? [e.patient] : [])))],
    entries: entries.map((e) => ({ card: e.entry.card, cardType: e.cardType, outcome: e.entry.outcome })),
  };
}

/** Feedback counts of one card type. */
export interface FeedbackCount {
  cardType: string;
  accepted: number;
  overridden: number;
}

/**
 * Feedback counted per card type for a tenant (the fine-tuning loop's input).
 *
 * @example
 * ```ts
 * await feedbackCounts(db, 'demo'); // [{ cardType: 'allergy-conflict', accepted: 3, overridden: 1 }]
 * ```
 */
export async function feedbackCounts(db: Queryable, tenantId: string): Promise<FeedbackCount[]> {
  const { rows } = await db.query<{ card_type: string; accepted: string | number; overridden: string | number }>(
    `SELECT card_type, count(*) FILTER (WHERE outcome = 'accepted') AS accepted, count(*) FILTER (WHERE outcome = 'overridden') AS overridden
     FROM cds_feedback WHERE tenant_id = $1 GROUP BY card_type ORDER BY card_type`,
    [tenantId],
  );
  return rows.map((r) => ({ cardType: r.card_type, accepted: Number(r.accepted), overridden: Number(r.overridden) }));
}
