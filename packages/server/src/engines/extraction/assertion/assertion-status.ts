/**
 * The assertion status of a mention: ConText categories from its sentence,
 * plus what its section implies (a "Family history:" section makes
 * everything in it family history; "Past medical history:" historical).
 *
 * @module
 */
import type { SectionKind } from '../text/sections.js';
import type { TriggerCategory } from './triggers.js';

/** Assertion statuses, as the API and the `assertion` extension name them. */
export const ASSERTION_STATUSES = ['affirmed', 'negated', 'uncertain', 'historical', 'family'] as const;
/** One of {@link ASSERTION_STATUSES}. */
export type AssertionStatus = (typeof ASSERTION_STATUSES)[number];

/**
 * The statuses of a mention (`affirmed` alone when nothing modifies it).
 *
 * @example
 * ```ts
 * assertionOf(new Set(['negated']), 'historical'); // ['negated', 'historical']
 * ```
 */
export function assertionOf(categories: ReadonlySet<TriggerCategory>, section: SectionKind): AssertionStatus[] {
  const out = new Set<AssertionStatus>(categories);
  if (section === 'family') out.add('family');
  if (section === 'historical') out.add('historical');
  return out.size === 0 ? ['affirmed'] : ASSERTION_STATUSES.filter((s) => out.has(s));
}
