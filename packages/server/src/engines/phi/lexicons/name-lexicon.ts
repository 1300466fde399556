/**
 * Person-name and place lexicons, built once at load from the locale data of
 * `@faker-js/faker` (MIT; first and last names of 70+ locales, real US city
 * names), and the names that are also ordinary English words (from
 * `word-list`, SCOWL-derived), which need more evidence than the look-up.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { allLocales } from '@faker-js/faker';
import wordListPath from 'word-list';

type Entries = readonly string[] | Readonly<Record<string, readonly string[]>> | undefined;
const values = (entries: Entries): readonly string[] =>
  (entries ? (Array.isArray(entries) ? entries : Object.values(entries).flat()) : []) as readonly string[];
const NAME_SHAPE = /^\p{Lu}[\p{L}'’-]{1,}$/u;

function collect(
  pick: (locale: (typeof allLocales)[keyof typeof allLocales]) => Entries,
  shape = NAME_SHAPE,
): Set<string> {
  const out = new Set<string>();
  for (const locale of Object.values(allLocales)) {
    for (const v of values(pick(locale))) {
      if (!shape.test(v)) continue;
      out.add(v.toLowerCase());
      out.add(v.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    }
  }
  return out;
}

/** First names of all faker locales, lower case (also without diacritics: `hernandez` for `Hernández`). */
export const FIRST_NAMES: ReadonlySet<string> = collect((l) => l.person?.first_name as Entries);
/** Last names of all faker locales, lower case. */
export const LAST_NAMES: ReadonlySet<string> = new Set([
  ...collect((l) => l.person?.last_name as Entries),
  'doe',
  'roe',
]);
/** City names of all faker locales (one or more words), lower case. */
export const CITY_NAMES: ReadonlySet<string> = collect(
  (l) => l.location?.city_name as Entries,
  /^\p{Lu}[\p{L}'’ .-]{2,}$/u,
);
/** Country names (faker's English list), lower case: larger than a state, so never PHI. */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(
  values(allLocales.en.location?.country as Entries).map((c) => c.toLowerCase()),
);

/** The first word of each city name (a fast first check before the look-up of a run). */
export const CITY_FIRST_WORDS: ReadonlySet<string> = new Set([...CITY_NAMES].map((c) => c.split(/[ -]/)[0]!));

/** Names (first or last) that are also English words ("Will", "Brown", "Mark"): a look-up alone does not make them names. */
export const AMBIGUOUS_NAMES: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const word of readFileSync(wordListPath, 'utf8').split('\n')) {
    if (FIRST_NAMES.has(word) || LAST_NAMES.has(word) || CITY_NAMES.has(word)) out.add(word);
  }
  return out;
})();
