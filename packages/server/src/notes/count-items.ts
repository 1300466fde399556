import type { ExtractedItem } from '../engines/extraction/extract-with-rules.js';
import { emptyCounts, type ExtractionCounts } from '../engines/extraction/extraction-counts.js';
import { splitSentences } from '../engines/extraction/text/sentences.js';

/**
 * The counts of a model extraction's grounded items (the rules engine counts
 * its own, skipped mentions included).
 *
 * @example
 * ```ts
 * countItems('Cough.', []).sentencesWithoutFindings; // 1
 * ```
 */
export function countItems(text: string, items: readonly ExtractedItem[]): ExtractionCounts {
  const counts = emptyCounts();
  for (const item of items) {
    counts.resources[item.resource.resourceType] = (counts.resources[item.resource.resourceType] ?? 0) + 1;
    if (JSON.stringify(item.resource).includes('"coding"')) counts.coded++;
    else counts.textOnly++;
  }
  const sentences = splitSentences(text);
  counts.sentences = sentences.length;
  counts.sentencesWithoutFindings = sentences.filter((s) => !items.some((i) => i.start >= s.start && i.start < s.end)).length;
  return counts;
}
