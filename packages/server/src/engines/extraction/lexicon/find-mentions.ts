/**
 * Dictionary matching: every lexicon term found in a note as whole words,
 * leftmost-longest, case-insensitive, except short alphabetic abbreviations
 * ("MI", "PE", "AF"), which must be written in capitals and are not read
 * where they head a section ("PE: lungs clear" is the physical exam).
 *
 * @module
 */
import { PhraseIndex, tokenize } from '../assertion/phrase-index.js';
import type { LexiconEntry } from './lexicon-entry.js';
import { extractionLexicon } from './extraction-lexicon.js';

/** A lexicon term found in the note. */
export interface Mention {
  entry: LexiconEntry;
  start: number;
  end: number;
  text: string;
}

let index: PhraseIndex<LexiconEntry> | undefined;

const needsCapitals = (surface: string) => surface.length <= 3 && /^[a-z]+$/iu.test(surface);

/**
 * The mentions of lexicon terms in `text`.
 *
 * @example
 * ```ts
 * findMentions('HTN, on warfarin').map((m) => m.entry.name); // ['Hypertensive disorder', 'warfarin']
 * ```
 */
export function findMentions(text: string): Mention[] {
  index ??= new PhraseIndex(extractionLexicon());
  const tokens = tokenize(text);
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length;) {
    const found = index.match(tokens, i);
    if (!found) {
      i++;
      continue;
    }
    const start = tokens[i]!.start;
    const end = tokens[i + found.length - 1]!.end;
    const surface = text.slice(start, end);
    if (needsCapitals(surface) && (surface !== surface.toUpperCase() || /^\s*:/u.test(text.slice(end, end + 3)))) {
      i++;
      continue;
    }
    out.push({ entry: found.value, start, end, text: surface });
    i += found.length;
  }
  return out;
}
