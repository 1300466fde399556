/**
 * What an extraction recognised and what it did not, as counts (never text).
 *
 * @module
 */
import type { Resource } from '@medplum/fhirtypes';
import type { TextRange } from './text/sentences.js';

/** The counts an extraction reports. */
export interface ExtractionCounts {
  /** Resources in the Bundle, by type. */
  resources: Record<string, number>;
  /** Items with a code from a curated source, and items with text only. */
  coded: number;
  textOnly: number;
  /** Mentions found but not turned into a resource, by reason. */
  skipped: { negatedFamilyHistory: number; familyNonCondition: number; allergenOutsideAllergyContext: number };
  /** Sentences of the note, and those in which nothing was recognised. */
  sentences: number;
  sentencesWithoutFindings: number;
}

/**
 * Zeroed counts.
 *
 * @example
 * ```ts
 * emptyCounts().coded; // 0
 * ```
 */
export function emptyCounts(): ExtractionCounts {
  return {
    resources: {},
    coded: 0,
    textOnly: 0,
    skipped: { negatedFamilyHistory: 0, familyNonCondition: 0, allergenOutsideAllergyContext: 0 },
    sentences: 0,
    sentencesWithoutFindings: 0,
  };
}

/**
 * Adds the items' resources (by type, coded or text only) and the sentences
 * with and without a finding to `counts`. `items` are sorted by `start`.
 *
 * @example
 * ```ts
 * tallyItems(emptyCounts(), [{ start: 0, end: 6 }], []).sentencesWithoutFindings; // 1
 * ```
 */
export function tallyItems(
  counts: ExtractionCounts,
  sentences: readonly TextRange[],
  items: ReadonlyArray<{ resource: Resource; start: number }>,
): ExtractionCounts {
  for (const item of items) {
    counts.resources[item.resource.resourceType] = (counts.resources[item.resource.resourceType] ?? 0) + 1;
    if (JSON.stringify(item.resource).includes('"coding"')) counts.coded++;
    else counts.textOnly++;
  }
  counts.sentences = sentences.length;
  let i = 0;
  for (const s of sentences) {
    while (i < items.length && items[i]!.start < s.start) i++;
    if (!(i < items.length && items[i]!.start < s.end)) counts.sentencesWithoutFindings++;
  }
  return counts;
}
