/**
 * The cards Meridian returned, one row each, so feedback on a card can be
 * attributed to its type, service and patient.
 *
 * @module
 */
import type { Queryable } from '../../platform/store/db.js';
import type { TypedCard } from './cards/card-builder.js';

/** One issued card as stored. */
export interface IssuedCard {
  cardUuid: string;
  serviceId: string;
  cardType: string;
  patient: string | null;
}

/**
 * Stores the cards of one call (one statement), inside the caller's transaction.
 *
 * @example
 * ```ts
 * await recordIssuedCards(tx, 'demo', { serviceId: 'meridian-patient-risk', hookInstance, patient: 'Patient/1', cards, at: new Date() });
 * ```
 */
export async function recordIssuedCards(
  tx: Queryable,
  tenantId: string,
  call: { serviceId: string; hookInstance: string; patient: string; cards: readonly TypedCard[]; at: Date },
): Promise<void> {
  if (!call.cards.length) return;
  await tx.query(
    `INSERT INTO cds_card_issued (tenant_id, card_uuid, service_id, hook_instance, card_type, indicator, patient_ref, issued_at)
     SELECT $1, c.uuid, $2, $3, c.type, c.indicator, $4, $5 FROM unnest($6::uuid[], $7::text[], $8::text[]) AS c(uuid, type, indicator)`,
    [
      tenantId,
      call.serviceId,
      call.hookInstance,
      call.patient,
      call.at.toISOString(),
      call.cards.map((c) => c.card.uuid),
      call.cards.map((c) => c.type),
      call.cards.map((c) => c.card.indicator),
    ],
    { name: 'meridian-cds-cards' },
  );
}

/**
 * The issued cards among `uuids` (of this tenant only).
 *
 * @example
 * ```ts
 * const known = await findIssuedCards(tx, 'demo', ['4e0a3a1e-3283-4575-ab82-028d55fe2719']);
 * ```
 */
export async function findIssuedCards(
  tx: Queryable,
  tenantId: string,
  uuids: readonly string[],
): Promise<Map<string, IssuedCard>> {
  const valid = uuids
    .filter((u) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(u))
    .map((u) => u.toLowerCase());
  if (!valid.length) return new Map();
  const { rows } = await tx.query<{
    card_uuid: string;
    service_id: string;
    card_type: string;
    patient_ref: string | null;
  }>(
    'SELECT card_uuid, service_id, card_type, patient_ref FROM cds_card_issued WHERE tenant_id = $1 AND card_uuid = ANY($2::uuid[])',
    [tenantId, valid],
  );
  return new Map(
    rows.map((r) => [
      String(r.card_uuid),
      { cardUuid: String(r.card_uuid), serviceId: r.service_id, cardType: r.card_type, patient: r.patient_ref },
    ]),
  );
}
