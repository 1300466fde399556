/**
 * What an order-safety check reports.
 *
 * @module
 */
import type { Citation } from '../risk/types.js';
import type { OrderEntry } from './orders.js';

/** The kinds of order-safety findings (also the card types they become). */
export const ORDER_FINDING_KINDS = ['allergy-conflict', 'duplicate-order', 'contraindication'] as const;
/** One of {@link ORDER_FINDING_KINDS}. */
export type OrderFindingKind = (typeof ORDER_FINDING_KINDS)[number];

/** One piece of evidence: the resource and what in it matters. */
export interface Evidence {
  /** `AllergyIntolerance/{id}`, `MedicationRequest/{id}`, `Condition/{id}`, `Observation/{id}`. */
  readonly reference: string;
  readonly description: string;
}

/** One finding about one order. */
export interface OrderFinding {
  readonly kind: OrderFindingKind;
  readonly order: OrderEntry;
  readonly indicator: 'warning' | 'critical';
  /** Short, PHI-free headline (drug and class names only), under 100 characters. */
  readonly headline: string;
  readonly rationale: string;
  readonly evidence: readonly Evidence[];
  readonly citation: Citation;
}
