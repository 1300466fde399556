/**
 * What an extraction recognised and what it did not, as counts (never text).
 *
 * @module
 */

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
  return { resources: {}, coded: 0, textOnly: 0, skipped: { negatedFamilyHistory: 0, familyNonCondition: 0, allergenOutsideAllergyContext: 0 }, sentences: 0, sentencesWithoutFindings: 0 };
}
