/**
 * The extraction lexicon: value-set entries, curated synonyms and text-only
 * terms merged into one term table (a term coded by a value set keeps its
 * code over the same term listed text-only).
 *
 * @module
 */
import type { LexiconEntry } from './lexicon-entry.js';
import { synonymEntries } from './curated-synonyms.js';
import { ALLERGENS, MEDICINES, PROCEDURES, SYMPTOMS } from './text-only-terms.js';
import { valueSetEntries } from './value-set-terms.js';

/** The lexicon: lower-cased term → the entry it names. */
export type TermTable = ReadonlyMap<string, LexiconEntry>;

let table: TermTable | undefined;

/**
 * The term table (built once, on first use).
 *
 * @example
 * ```ts
 * extractionLexicon().get('htn')?.codings[0]?.code; // '38341003'
 * ```
 */
export function extractionLexicon(): TermTable {
  if (table) return table;
  const map = new Map<string, LexiconEntry>();
  const add = (entry: LexiconEntry) => {
    for (const term of entry.terms) {
      const key = term.toLowerCase();
      const previous = map.get(key);
      if (!previous || (previous.codings.length === 0 && entry.codings.length > 0 && previous.kind === entry.kind))
        map.set(key, entry);
    }
  };
  for (const entry of [
    ...synonymEntries(),
    ...valueSetEntries(),
    ...SYMPTOMS,
    ...PROCEDURES,
    ...MEDICINES,
    ...ALLERGENS,
  ])
    add(entry);
  table = map;
  return table;
}
