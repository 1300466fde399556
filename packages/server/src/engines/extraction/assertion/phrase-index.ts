/**
 * Word tokens with offsets, and an index of multi-word phrases matched as
 * whole-token sequences, longest first.
 *
 * @module
 */

/** A word (or `;`/`:`) of a text, lower-cased, with its offsets in the text. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’/-][\p{L}\p{N}]+)*|[;:]/gu;

/**
 * The tokens of `text` from `offset` (offsets are relative to the whole note).
 *
 * @example
 * ```ts
 * tokenize('No h/o MI;').map((t) => t.word); // ['no', 'h/o', 'mi', ';']
 * ```
 */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD))
    out.push({
      word: m[0].toLowerCase().replace(/’/gu, "'"),
      start: offset + m.index,
      end: offset + m.index + m[0].length,
    });
  return out;
}

/** A phrase matched at a token position: its payload and how many tokens it spans. */
export interface PhraseMatch<T> {
  value: T;
  length: number;
}

/**
 * Phrases keyed by their first word; `match` answers the longest phrase
 * starting at a token.
 *
 * @example
 * ```ts
 * const index = new PhraseIndex([['no evidence of', 'neg']]);
 * index.match(tokenize('no evidence of MI'), 0); // { value: 'neg', length: 3 }
 * ```
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Array<{ words: string[]; value: T }>>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const words = tokenize(phrase).map((t) => t.word);
      const first = words[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push({ words, value });
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(first, list);
    }
  }

  /** The longest phrase starting at `tokens[i]`, or `undefined`. */
  match(tokens: readonly Token[], i: number): PhraseMatch<T> | undefined {
    const candidates = this.byFirst.get(tokens[i]?.word ?? '');
    if (!candidates) return undefined;
    for (const { words, value } of candidates) {
      if (words.every((w, k) => tokens[i + k]?.word === w)) return { value, length: words.length };
    }
    return undefined;
  }
}
