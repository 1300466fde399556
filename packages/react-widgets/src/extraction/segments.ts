/** A span of the note, `[start, end)` in UTF-16 code units, and who it belongs to. */
export interface NoteSpan {
  start: number;
  end: number;
  /** Index of the mention (its resource) the span came from. */
  mention: number;
}

/** A run of the note's text covered by the same set of spans. */
export interface NoteSegment {
  start: number;
  end: number;
  text: string;
  /** The mentions covering this run, innermost (shortest span) first; empty for plain text. */
  mentions: number[];
}

/**
 * Cuts a note into runs at every span boundary, so overlapping and nested
 * spans become adjacent segments, each naming every mention that covers it
 * (innermost first). Spans out of range are clipped; empty ones are ignored.
 * The segments' texts, joined, are the note.
 *
 * @example
 * ```ts
 * segmentNote('no chest pain', [{ start: 3, end: 13, mention: 0 }, { start: 9, end: 13, mention: 1 }]);
 * // [{ text: 'no ', mentions: [] }, { text: 'chest ', mentions: [0] }, { text: 'pain', mentions: [1, 0] }]
 * ```
 */
export function segmentNote(text: string, spans: readonly NoteSpan[]): NoteSegment[] {
  const clipped = spans
    .map((s) => ({
      ...s,
      start: Math.max(0, Math.min(s.start, text.length)),
      end: Math.max(0, Math.min(s.end, text.length)),
    }))
    .filter((s) => s.end > s.start);
  const cuts = [...new Set([0, text.length, ...clipped.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: NoteSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const mentions = clipped
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.mention - b.mention)
      .map((s) => s.mention);
    const last = segments.at(-1);
    // Neighbouring runs with the same mentions (plain text split at an empty span's offset) stay one.
    if (last && last.end === start && last.mentions.join() === mentions.join()) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else segments.push({ start, end, text: text.slice(start, end), mentions });
  }
  return segments;
}
