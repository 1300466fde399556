/**
 * Character classes for Latin-script words, as ranges: V8 scans a range
 * class many times faster than a Unicode property escape (`\p{Lu}`), and the
 * scrubber reads every capitalised word of a text.
 *
 * @module
 */

/** Capital letters: ASCII and Latin-1 (À-Þ). */
export const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE';
/** Letters that may follow inside a word: lower-case ASCII, Latin-1, Latin Extended-A and B. */
export const LOWER = 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF\\u0100-\\u024F';
/** Any Latin letter. */
export const LETTER = `${UPPER}${LOWER}`;

/**
 * Whether the character before `index` continues a word (so a match there is inside a word).
 *
 * @example
 * ```ts
 * insideWord('McDonald', 2); // true
 * ```
 */
export function insideWord(text: string, index: number): boolean {
  return index > 0 && /[A-Za-z0-9\u00C0-\u024F'’]/.test(text[index - 1]!);
}
