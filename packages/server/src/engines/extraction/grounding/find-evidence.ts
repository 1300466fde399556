/**
 * Grounding a quote in the note: the exact text first, else a normalised
 * match (case, runs of white space, curly quotes and dashes ignored), mapped
 * back to the note's own offsets.
 *
 * @module
 */
import type { TextRange } from '../text/sentences.js';

/** How a quote was found. */
export type GroundingMatch = 'exact' | 'normalised';

const FOLD: Readonly<Record<string, string>> = { '‘': "'", '’': "'", '“': '"', '”': '"', '–': '-', '—': '-', '‐': '-' };

/** The normalised text and, for each of its characters, the offset in the original. */
function normalise(text: string): { text: string; offsets: number[] } {
  let out = '';
  const offsets: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/u.test(ch)) {
      if (!space && out.length > 0) {
        out += ' ';
        offsets.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    out += (FOLD[ch] ?? ch).toLowerCase().slice(0, 1);
    offsets.push(i);
  }
  if (out.endsWith(' ')) {
    out = out.slice(0, -1);
    offsets.pop();
  }
  return { text: out, offsets };
}

/**
 * Where `quote` is in `note` (searched within `within` first, then in the
 * whole note), or `null` when it is not there.
 *
 * @example
 * ```ts
 * findEvidence('Denies  Chest pain.', 'denies chest pain'); // { start: 0, end: 18, match: 'normalised' }
 * ```
 */
export function findEvidence(
  note: string,
  quote: string,
  within?: TextRange,
): (TextRange & { match: GroundingMatch }) | null {
  if (quote.trim() === '') return null;
  if (within && (within.start > 0 || within.end < note.length)) {
    const found = findEvidence(note.slice(within.start, within.end), quote);
    if (found) return { ...found, start: found.start + within.start, end: found.end + within.start };
  }
  const exact = note.indexOf(quote);
  if (exact >= 0) return { start: exact, end: exact + quote.length, match: 'exact' };
  const n = normalise(note);
  const q = normalise(quote).text;
  if (q === '') return null;
  const at = n.text.indexOf(q);
  if (at < 0) return null;
  return { start: n.offsets[at]!, end: n.offsets[at + q.length - 1]! + 1, match: 'normalised' };
}
