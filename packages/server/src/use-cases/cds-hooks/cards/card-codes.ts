/**
 * The codings Meridian's cards carry: the card type (as `source.topic`, and
 * the key feedback is counted by) and the override reasons it offers.
 *
 * @module
 */

/** Code system of Meridian's CDS card types. */
export const CARD_TYPE_SYSTEM = 'https://meridian.dev/fhir/CodeSystem/cds-card-type' as const;
/** Code system of Meridian's override reasons. */
export const OVERRIDE_REASON_SYSTEM = 'https://meridian.dev/fhir/CodeSystem/cds-override-reason' as const;

/** Every card type, with its topic display. */
export const CARD_TYPES = {
  'risk-score': 'Risk score above its threshold',
  'red-flag': 'Red flag in vital signs or laboratory results',
  'case-analysis': 'Precomputed case analysis',
  'allergy-conflict': 'Order conflicts with a documented allergy',
  'duplicate-order': 'Possible duplicate order',
  contraindication: 'Order conflicts with a documented condition',
  'discharge-readiness': 'Discharge readiness',
} as const;

/** One card type. */
export type CardType = keyof typeof CARD_TYPES;

/**
 * The `source.topic` Coding of a card type.
 *
 * @example
 * ```ts
 * cardTopic('red-flag'); // { system: CARD_TYPE_SYSTEM, code: 'red-flag', display: 'Red flag in vital signs or laboratory results' }
 * ```
 */
export function cardTopic(type: CardType): { system: string; code: CardType; display: string } {
  return { system: CARD_TYPE_SYSTEM, code: type, display: CARD_TYPES[type] };
}

/** Override reason: the clinician has already addressed this. */
export const OVERRIDE_ALREADY_ADDRESSED = {
  system: OVERRIDE_REASON_SYSTEM,
  code: 'already-addressed',
  display: 'Already addressed',
} as const;
/** Override reason: the data behind the card is wrong or out of date. */
export const OVERRIDE_DATA_INCORRECT = {
  system: OVERRIDE_REASON_SYSTEM,
  code: 'data-incorrect',
  display: 'Data is incorrect or out of date',
} as const;
/** Override reason: not clinically relevant for this patient now. */
export const OVERRIDE_NOT_RELEVANT = {
  system: OVERRIDE_REASON_SYSTEM,
  code: 'not-relevant',
  display: 'Not clinically relevant for this patient',
} as const;
/** Override reason: the benefit of the order outweighs the risk. */
export const OVERRIDE_BENEFIT_OUTWEIGHS_RISK = {
  system: OVERRIDE_REASON_SYSTEM,
  code: 'benefit-outweighs-risk',
  display: 'Benefit outweighs risk',
} as const;
/** Override reason: the patient has tolerated this drug before. */
export const OVERRIDE_TOLERATED_BEFORE = {
  system: OVERRIDE_REASON_SYSTEM,
  code: 'tolerated-before',
  display: 'Patient has tolerated this before',
} as const;
/** Override reason: the duplicate is intended (e.g. a switch in progress). */
export const OVERRIDE_INTENDED_DUPLICATE = {
  system: OVERRIDE_REASON_SYSTEM,
  code: 'intended',
  display: 'Intended (e.g. switching therapy)',
} as const;

/** The override reasons offered on observation cards (risk, red flags, discharge). */
export const OBSERVATION_OVERRIDE_REASONS = [
  OVERRIDE_ALREADY_ADDRESSED,
  OVERRIDE_DATA_INCORRECT,
  OVERRIDE_NOT_RELEVANT,
] as const;
/** The override reasons offered on order cards. */
export const ORDER_OVERRIDE_REASONS = [
  OVERRIDE_BENEFIT_OUTWEIGHS_RISK,
  OVERRIDE_TOLERATED_BEFORE,
  OVERRIDE_INTENDED_DUPLICATE,
  OVERRIDE_DATA_INCORRECT,
] as const;
