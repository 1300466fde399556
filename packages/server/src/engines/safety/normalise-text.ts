/**
 * The guardrail's view of a text: the same words whatever their disguise.
 * Used for matching only; the text shown is never changed by it.
 *
 * @module
 */
import { numberWordsToDigits } from './number-words.js';

/** Characters that show nothing: soft hyphen, zero-width space/joiners, word joiner, BOM, bidi controls, Mongolian vowel separator. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;
/** An invisible character between a word and a number separates them (`paracetamol\u20601 g`). */
const INVISIBLE_BETWEEN_WORD_AND_NUMBER = new RegExp(
  String.raw`(?<=\p{L})${INVISIBLE.source}+(?=\d)|(?<=\d)${INVISIBLE.source}+(?=\p{L})`,
  'gu',
);
/** Spaces of every width (NFKC already folds most; these are the rest). */
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/gu;

/** Cyrillic dose units and frequencies, as the English the rules read (whole words, before look-alike letters are folded). */
const CYRILLIC_TERMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\p{L}])мкг(?![\p{L}])/gu, 'mcg'],
  [/(?<![\p{L}])мг(?![\p{L}])/gu, 'mg'],
  [/(?<![\p{L}])мл(?![\p{L}])/gu, 'ml'],
  [/(?<![\p{L}])г(?![\p{L}])/gu, 'g'],
  [/(?<![\p{L}])(?:ед|ме)(?![\p{L}])/gu, 'units'],
  [/(?<![\p{L}])(?:раза?|раз) в день(?![\p{L}])/gu, 'times a day'],
  [/(?<![\p{L}])(?:вечером|на ночь)(?![\p{L}])/gu, 'at night'],
];
/** German, Spanish, French and Italian dose units, frequencies and routes, as English. */
const LATIN_TERMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:mikrogramm|microgramos?|microgrammes?|microgrammi)\b/gu, 'mcg'],
  [/\b(?:milligramm|miligramos?|milligrammes?|milligrammi|miligramas?)\b/gu, 'mg'],
  [/\b(?:gramm|gramos?|grammes?|grammi)\b/gu, 'g'],
  [/\b(?:einheiten|unidades|unités|unita|unità)\b/gu, 'units'],
  [/\b(?:ie|ui)\b(?=\s*(?:s\.?c|i\.?v|i\.?m|\/|$|[.,;]|\s))/gu, 'iu'],
  [/\b(?:alle|cada|toutes les|ogni)\s+(\d+(?:\.\d+)?)\s*(?:stunden|horas|heures|ore)\b/gu, 'every $1 hours'],
  [/\b(?:einmal|zweimal|dreimal|viermal)\s+t[äa]glich\b/gu, 'times a day'],
  [/\b(?:fois par jour|veces al d[ií]a|al d[ií]a|par jour|pro tag|al giorno|pro stunde)\b/gu, 'per day'],
  [/\b(?:endovenos[oa]|ev)\b/gu, 'iv'],
];

/** Latin look-alikes of Cyrillic and Greek letters (lower case), the ones used to disguise a word. */
const CONFUSABLES: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', г: 'r', з: '3', и: 'u', к: 'k', м: 'm', н: 'h', о: 'o', п: 'n', р: 'p', с: 'c',
  т: 't', у: 'y', х: 'x', ь: 'b', і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w', ӏ: 'l', ʟ: 'l',
  α: 'a', β: 'b', γ: 'y', ε: 'e', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  ω: 'w', ϲ: 'c', ℓ: 'l', ı: 'i',
}; // prettier-ignore
const CONFUSABLE = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`, 'gu');

/** A word spelled out a letter at a time ("a m o x"), or a number a digit at a time ("5 0 0"). */
const SPACED_LETTERS = /(?<![\p{L}\d])(?:\p{L} ){2,}\p{L}(?![\p{L}\d])/gu;
/** A run of letters and digits spelled a character at a time (`a m o x 5 0 0 m g`), read as it would be written. */
const SPACED_CHARACTERS = /(?<![\p{L}\d])(?:[\p{L}\d] ){4,}[\p{L}\d](?![\p{L}\d])/gu;
const SPACED_DIGITS = /(?<![\p{L}\d.])(?:\d ){2,}\d(?![\p{L}\d])/gu;

/**
 * Normalises a passage for the guardrail's patterns:
 *
 * 1. Unicode NFKC (full-width digits and letters, `㎎`, `㎖`, ligatures, mathematical letters);
 * 2. invisible characters removed (zero-width spaces and joiners, soft hyphens, BOM, bidi controls), or a space
 *    where one stood between a word and a number;
 * 3. every kind of space (no-break, thin, ideographic) as one plain space;
 * 4. lower case;
 * 5. units and frequencies of other languages (`мг`, `Mikrogramm`, `alle 6 Stunden`) as English;
 * 6. Cyrillic and Greek look-alike letters as Latin (`аmoxicillin` with a Cyrillic а), digits
 *    posing as letters (`am0xicillin`) and letters posing as digits (`5OO`);
 * 7. words and numbers spelled out a character at a time joined (`a m o x` → `amox`);
 * 8. decimal commas as points (`0,1` → `0.1`), vulgar fractions as decimals (`½` → `0.5`);
 * 9. numbers written out as digits (`five hundred` → `500`).
 *
 * @example
 * ```ts
 * normaliseForGuard('Аmoxicillin ５００\u200b ㎎'); // 'amoxicillin 500 mg'
 * normaliseForGuard('five hundred milligrams'); // '500 milligrams'
 * ```
 */
export function normaliseForGuard(text: string): string {
  let t = text
    .normalize('NFKC')
    .replace(INVISIBLE_BETWEEN_WORD_AND_NUMBER, ' ')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .toLowerCase();
  if (/[^\x20-\x7e]/u.test(t)) {
    for (const [pattern, english] of CYRILLIC_TERMS) t = t.replace(pattern, english);
    t = t.replace(CONFUSABLE, (c) => CONFUSABLES[c] ?? c);
  }
  for (const [pattern, english] of LATIN_TERMS) t = t.replace(pattern, english);
  t = t
    .replace(/(?<=\p{L})0(?=\p{L})/gu, 'o')
    .replace(/\b(\d+)([o]+)(\d*)\b/gu, (_m, a: string, o: string, b: string) => `${a}${'0'.repeat(o.length)}${b}`)
    .replace(SPACED_CHARACTERS, (m) => m.replace(/ /gu, '').replace(/(?<=\p{L})(?=\d)|(?<=\d)(?=\p{L})/gu, ' '))
    .replace(SPACED_LETTERS, (m) => m.replace(/ /gu, ''))
    .replace(SPACED_DIGITS, (m) => m.replace(/ /gu, ''))
    .replace(/(?<=\d),(?=\d)/gu, '.')
    .replace(/(\d+)⁄(\d+)/gu, (_m, a: string, b: string) => String(Number(a) / Number(b)))
    .replace(/⁄/gu, '/');
  return numberWordsToDigits(t).trim();
}
