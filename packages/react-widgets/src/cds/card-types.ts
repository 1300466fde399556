/**
 * The CDS Hooks 2.0 card shape, as `<CdsCards>` takes it. A local mirror of
 * the specification (https://cds-hooks.hl7.org/2.0/#card-attributes) until
 * `@meridian/sdk` carries the CDS Hooks schemas; then these types become the
 * SDK's inferred ones.
 *
 * @module
 */

/** A FHIR Coding as CDS Hooks uses it (override reasons, source topic). */
export interface CdsCoding {
  code: string;
  system?: string | undefined;
  display?: string | undefined;
}

/** Urgency of a card: `info`, `warning` or `critical`. */
export type CdsIndicator = 'info' | 'warning' | 'critical';

/** One action of a suggestion: create, update or delete a FHIR resource. */
export interface CdsAction {
  type: 'create' | 'update' | 'delete';
  description: string;
  resource?: Record<string, unknown> | undefined;
  resourceId?: string | undefined;
}

/** A suggestion the clinician may accept. */
export interface CdsSuggestion {
  label: string;
  /** Needed for feedback: the service's id of this suggestion. */
  uuid?: string | undefined;
  isRecommended?: boolean | undefined;
  actions?: CdsAction[] | undefined;
}

/** A link to a web page or a SMART app. */
export interface CdsLink {
  label: string;
  url: string;
  /** `absolute` opens the URL; `smart` launches a SMART app through the EHR. */
  type: 'absolute' | 'smart';
  appContext?: string | undefined;
}

/** A CDS Hooks card. */
export interface CdsCard {
  /** Needed for feedback. */
  uuid?: string | undefined;
  /** One line, under 140 characters. */
  summary: string;
  indicator: CdsIndicator;
  /** GitHub-flavoured Markdown. */
  detail?: string | undefined;
  source: { label: string; url?: string | undefined; icon?: string | undefined; topic?: CdsCoding | undefined };
  suggestions?: CdsSuggestion[] | undefined;
  selectionBehavior?: 'at-most-one' | 'any' | undefined;
  overrideReasons?: CdsCoding[] | undefined;
  links?: CdsLink[] | undefined;
}

/**
 * One feedback item of the CDS Hooks 2.0 feedback endpoint
 * (`POST {service}/feedback` with `{ feedback: [item] }`).
 */
export type CdsFeedback =
  | { card: string; outcome: 'accepted'; acceptedSuggestions: Array<{ id: string }>; outcomeTimestamp: string }
  | { card: string; outcome: 'overridden'; overrideReason?: { reason?: CdsCoding | undefined; userComment?: string | undefined } | undefined; outcomeTimestamp: string };

/** Indicator order, most urgent first, for sorting. */
export const INDICATOR_ORDER = { critical: 0, warning: 1, info: 2 } as const satisfies Record<CdsIndicator, number>;

/** The words shown (and read out) for each indicator, so colour is never the only cue. */
export const INDICATOR_LABELS = { critical: 'Critical', warning: 'Warning', info: 'Info' } as const satisfies Record<CdsIndicator, string>;
