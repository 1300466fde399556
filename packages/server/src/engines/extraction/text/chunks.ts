/**
 * Long notes in pieces for a model: consecutive sentences up to a size, so
 * no sentence is cut (a sentence longer than the size is a piece of its own).
 *
 * @module
 */
import { splitSentences, type TextRange } from './sentences.js';

/**
 * The pieces of `text`, each at most `maxChars` long unless one sentence is
 * longer; together they cover every sentence in order.
 *
 * @example
 * ```ts
 * chunkText('One. Two. Three.', 10); // [{ start: 0, end: 9 }, { start: 10, end: 16 }]
 * ```
 */
export function chunkText(text: string, maxChars: number): TextRange[] {
  const chunks: TextRange[] = [];
  for (const s of splitSentences(text)) {
    const last = chunks.at(-1);
    if (last && s.end - last.start <= maxChars) last.end = s.end;
    else chunks.push({ start: s.start, end: s.end });
  }
  return chunks;
}
