/**
 * Sentences and section headings of a note, with their offsets in the note.
 * Sentence boundaries come from `Intl.Segmenter` (ICU, built into Node);
 * line breaks also end a sentence, since notes are often lists.
 *
 * @module
 */

/** A stretch of the note: `[start, end)` in UTF-16 code units. */
export interface TextRange {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The non-blank sentences of `text`, each split again at line breaks (a
 * semicolon is a ConText terminator, not a boundary), trimmed.
 *
 * @example
 * ```ts
 * splitSentences('No fever.\nCough.'); // [{ start: 0, end: 9 }, { start: 10, end: 16 }]
 * ```
 */
export function splitSentences(text: string): TextRange[] {
  const out: TextRange[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const lineBreak = /\r?\n/gu;
    let from = 0;
    const parts: Array<[number, number]> = [];
    for (let m = lineBreak.exec(segment); m; m = lineBreak.exec(segment)) {
      parts.push([from, m.index]);
      from = m.index + m[0].length;
    }
    parts.push([from, segment.length]);
    for (const [a, b] of parts) {
      const piece = segment.slice(a, b);
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      if (trimmed !== '') out.push({ start: index + a + lead, end: index + a + lead + trimmed.length });
    }
  }
  return out;
}
