import type { DatedSentence } from './summary-sentence.js';

/** Sentences per chunk sent to a model (a long record is summarised in several calls). */
export const SENTENCES_PER_CHUNK = 60;

/**
 * Splits a record's sentences into date-ordered chunks of at most `size`:
 * dated sentences oldest first, then the undated ones (allergies, risk
 * scores), so each model call sees one stretch of the record's history.
 *
 * @example
 * ```ts
 * chunkByDate(sentences, 60).length; // 3 for 150 sentences
 * ```
 */
export function chunkByDate<T extends DatedSentence>(sentences: readonly T[], size = SENTENCES_PER_CHUNK): T[][] {
  const dated = sentences.filter((s) => s.date).sort((a, b) => a.date!.localeCompare(b.date!));
  const ordered = [...dated, ...sentences.filter((s) => !s.date)];
  const chunks: T[][] = [];
  for (let i = 0; i < ordered.length; i += size) chunks.push(ordered.slice(i, i + size));
  return chunks;
}
