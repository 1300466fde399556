/**
 * Builds cards that hold to the CDS Hooks 2.0 rules by construction: a UUID,
 * a summary cut to 139 characters, the source with its topic, Markdown that
 * escapes record text, and each citation once (a link, or a reference line
 * when it has no link).
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import { CARD_SUMMARY_MAX_LENGTH, type CdsCard, type CdsLink, type CdsSuggestion } from '@meridian/sdk';
import type { Citation } from '../../../engines/risk/types.js';
import { cardTopic, type CardType } from './card-codes.js';

/** The label every Meridian card's source carries. */
export const MERIDIAN_SOURCE_LABEL = 'Meridian clinical decision support';
/** Where the source links to (the project's documentation of its rules). */
export const MERIDIAN_SOURCE_URL = 'https://meridian.dev/docs/cds-hooks';

/** A card and its type (kept beside the card: the type is what feedback is counted by). */
export interface TypedCard {
  type: CardType;
  card: CdsCard;
}

/** What {@link buildCard} needs. */
export interface CardInput {
  type: CardType;
  summary: string;
  indicator: CdsCard['indicator'];
  detail?: string;
  citations?: readonly Citation[];
  links?: readonly CdsLink[];
  suggestions?: readonly CdsSuggestion[];
  /** Each with the display the specification requires. */
  overrideReasons?: readonly { system: string; code: string; display: string }[];
}

/**
 * Cuts text to `max` characters on a word boundary, with an ellipsis.
 *
 * @example
 * ```ts
 * truncate('a very long summary …', 139);
 * ```
 */
export function truncate(text: string, max = CARD_SUMMARY_MAX_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Escapes text from the record so it renders literally in GitHub Flavored Markdown.
 *
 * @example
 * ```ts
 * escapeMarkdown('*not bold*'); // '\\*not bold\\*'
 * ```
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`);
}

/**
 * A link to a citation (its DOI, else its URL), when it has one.
 *
 * @example
 * ```ts
 * citationLink(RCP_NEWS2_2017); // { label: 'Royal College of Physicians 2017: …', url: 'https://www.rcp.ac.uk/…', type: 'absolute' }
 * ```
 */
export function citationLink(citation: Citation): CdsLink | undefined {
  const url = citation.doi ? `https://doi.org/${citation.doi}` : citation.url;
  return url
    ? {
        label: truncate(`${citation.authors.split(',')[0]} ${citation.year}: ${citation.title}`, 120),
        url,
        type: 'absolute',
      }
    : undefined;
}

/**
 * The Markdown reference line of a citation.
 *
 * @example
 * ```ts
 * citationText(SEYMOUR_QSOFA_2016); // 'Seymour CW, … *Assessment of Clinical Criteria for Sepsis …*. JAMA 2016;315(8):762-774, 2016.'
 * ```
 */
export function citationText(citation: Citation): string {
  return `${escapeMarkdown(citation.authors)}. *${escapeMarkdown(citation.title)}*. ${escapeMarkdown(citation.source)}, ${citation.year}.`;
}

/**
 * A card with a fresh UUID and Meridian's source. Each citation is listed
 * once: as a link (its DOI or URL) when it has one, else as a reference line
 * under **Sources** in the detail.
 *
 * @example
 * ```ts
 * buildCard({ type: 'red-flag', summary: 'Heart rate 150 /min', indicator: 'warning', citations: [RCP_NEWS2_2017] });
 * ```
 */
export function buildCard(input: CardInput): TypedCard {
  const citations = input.citations ?? [];
  const citationLinks = citations.map(citationLink);
  const links = [...(input.links ?? []), ...citationLinks.filter((l): l is CdsLink => l !== undefined)];
  // One list of sources per card: a citation with a link is listed once, as the link; the rest in the detail.
  const sources = citations.filter((_, i) => !citationLinks[i]).map((c) => `- ${citationText(c)}`);
  const detail = [input.detail, sources.length ? `**Sources**\n\n${sources.join('\n')}` : undefined]
    .filter(Boolean)
    .join('\n\n');
  const card: CdsCard = {
    uuid: randomUUID(),
    summary: truncate(input.summary),
    indicator: input.indicator,
    ...(detail ? { detail } : {}),
    source: { label: MERIDIAN_SOURCE_LABEL, url: MERIDIAN_SOURCE_URL, topic: cardTopic(input.type) },
    ...(input.suggestions?.length
      ? { suggestions: [...input.suggestions], selectionBehavior: 'at-most-one' as const }
      : {}),
    ...(input.overrideReasons?.length ? { overrideReasons: [...input.overrideReasons] } : {}),
    ...(links.length ? { links } : {}),
  };
  return { type: input.type, card };
}
