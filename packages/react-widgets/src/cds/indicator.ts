/**
 * How `<CdsCards>` presents a card's indicator. The card and feedback types
 * themselves are the SDK's (`CdsCard`, `CdsFeedbackEntry` from
 * `@meridian/sdk`), inferred from the one CDS Hooks 2.0 schema.
 *
 * @module
 */
import type { CardIndicator } from '@meridian/sdk';

/** Indicator order, most urgent first, for sorting. */
export const INDICATOR_ORDER = { critical: 0, warning: 1, info: 2 } as const satisfies Record<CardIndicator, number>;

/** The words shown (and read out) for each indicator, so colour is never the only cue. */
export const INDICATOR_LABELS = { critical: 'Critical', warning: 'Warning', info: 'Info' } as const satisfies Record<
  CardIndicator,
  string
>;
