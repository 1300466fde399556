/**
 * Numbers written out, as digits: "five hundred" → 500, "two point five" →
 * 2.5, "one and a half" → 1.5, "seventy-five" → 75, "half a tablet" →
 * 0.5 tablet. English in full; common single words of Spanish, French,
 * German and Italian. Runs on lower-case text.
 *
 * @module
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90,
}; // prettier-ignore
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000 };
/** Single words of other languages (no compounds): enough for "quinientos miligramos", "cinq cents". */
const FOREIGN: Record<string, number> = {
  uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, diez: 10, veinte: 20, cien: 100, ciento: 100,
  doscientos: 200, trescientos: 300, quinientos: 500, mil: 1000,
  deux: 2, trois: 3, quatre: 4, cinq: 5, dix: 10, vingt: 20, mille: 1000,
  zwei: 2, drei: 3, vier: 4, fünf: 5, zehn: 10, zwanzig: 20, hundert: 100, fünfhundert: 500, tausend: 1000,
  quattro: 4, dieci: 10, cento: 100, cinquecento: 500,
}; // prettier-ignore
const DIGIT_WORDS: Record<string, string> = {
  zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
}; // prettier-ignore

const WORD = Object.keys({ ...UNITS, ...SCALES }).join('|');
/** A run of English number words ("two thousand five hundred and fifty", "seventy-five"). */
const ENGLISH_RUN = new RegExp(
  String.raw`\b(?:a\s+)?(?:${WORD})(?:(?:\s+and\s+|\s*-\s*|\s+)(?:${WORD}))*(?:\s+point(?:\s+(?:${Object.keys(DIGIT_WORDS).join('|')}))+)?(?:\s+and\s+a\s+half)?\b`,
  'gu',
);
const FOREIGN_WORD = new RegExp(String.raw`\b(?:${Object.keys(FOREIGN).join('|')})\b`, 'gu');
/** "half" and "quarter" as amounts ("half a tablet", "a quarter of a milligram"), not in "cut in half". */
const FRACTION =
  /\b(?:a\s+)?(half|quarter)\s+(?:(?:a|an|of)\s+(?:a\s+|an\s+)?)?(?=(?:tab|tablet|cap|capsule|mg|milligram|g|gram|ml|dose|amp|ampoule|vial|unit|mcg|microgram)s?\b)/gu;

function englishValue(run: string): number | null {
  const [whole, point] = run.split(/\s+point\s+/u) as [string, string | undefined];
  const half = /\s+and\s+a\s+half$/u.test(whole);
  const words = whole
    .replace(/\s+and\s+a\s+half$/u, '')
    .replace(/^a\s+/u, 'one ')
    .split(/\s+and\s+|\s*-\s*|\s+/u)
    .filter(Boolean);
  let total = 0;
  let current = 0;
  for (const w of words) {
    if (w in UNITS) current += UNITS[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return null;
  }
  let value = total + current;
  if (point)
    value += Number(
      `0.${point
        .split(/\s+/u)
        .map((d) => DIGIT_WORDS[d] ?? '')
        .join('')}`,
    );
  if (half) value += 0.5;
  return value;
}

/**
 * Rewrites numbers written out as digits, for the guardrail's matching only
 * (the text shown is never changed).
 *
 * @example
 * ```ts
 * numberWordsToDigits('five hundred milligrams of amoxicillin'); // '500 milligrams of amoxicillin'
 * numberWordsToDigits('half a tablet'); // '0.5 tablet'
 * ```
 */
export function numberWordsToDigits(text: string): string {
  if (!/[a-zäöüéè]/u.test(text)) return text;
  return text
    .replace(ENGLISH_RUN, (run) => {
      const value = englishValue(run.trim());
      return value === null ? run : String(value);
    })
    .replace(FRACTION, (_m, word: string) => (word === 'half' ? '0.5 ' : '0.25 '))
    .replace(FOREIGN_WORD, (w) => String(FOREIGN[w]));
}
