/**
 * Ages over 89 (Safe Harbor aggregates them into "90 or older"), as
 * clinicians write them: "92-year-old", "92 y/o", "92yo", "92M", "92 F",
 * "aged 92", "age: 92", "ninety-two-year-old", "in her 90s", "nonagenarian".
 * "98 F" after a temperature cue is a temperature, and "sats in the low 90s"
 * is not an age.
 *
 * @module
 */
import { phiSpan, type PhiSpan } from './phi-types.js';

const OVER_89 = '(?:9\\d|1[0-4]\\d)';
const WITH_UNIT = new RegExp(
  `\\b${OVER_89}(?=[^\\S\\n]*-?[^\\S\\n]*(?:years?|yrs?|y/?o\\b|yo\\b|y\\.o\\.|y-o\\b|yr-old|years of age))`,
  'gi',
);
const WITH_SEX = new RegExp(`(?<![\\d.°,])\\b${OVER_89}(?=[^\\S\\n]?[MF]\\b)`, 'g');
const TEMPERATURE_CUE =
  /\b(?:t|temp|temperature|tmax|tm|febrile|fever|pyrexia|°)\W{0,3}(?:of|to|was|is|up to)?\W{0,3}$/i;
const CUED = new RegExp(`\\b(?:aged?|age of|age is)[^\\S\\n]*:?[^\\S\\n]*(${OVER_89})\\b`, 'gi');
const IN_WORDS =
  /\b(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one[- ])?hundred(?:[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?=[- ](?:years?|yrs?|y\/?o)\b)/gi;
const DECADE =
  /\b(?:in|into)[^\S\n]+(?:his|her|their)[^\S\n]+((?:(?:early|mid|late)[- ])?(?:9|10)0'?s|(?:(?:early|mid|late)[- ])?nineties)\b|\b(?:nonagenarian|centenarian|supercentenarian)s?\b/gi;

/**
 * Finds ages of 90 and over.
 *
 * @example
 * ```ts
 * detectAges('92M with CAP; her mother, in her late 90s; T 98 F'); // AGE '92', AGE 'late 90s'
 * ```
 */
export function detectAges(text: string): PhiSpan[] {
  const spans: PhiSpan[] = [];
  const add = (start: number, end: number) => spans.push(phiSpan('AGE', text, start, end, 'rules'));
  for (const m of text.matchAll(WITH_UNIT)) add(m.index, m.index + m[0].length);
  for (const m of text.matchAll(IN_WORDS)) add(m.index, m.index + m[0].length);
  for (const m of text.matchAll(WITH_SEX))
    if (!TEMPERATURE_CUE.test(text.slice(Math.max(0, m.index - 20), m.index))) add(m.index, m.index + m[0].length);
  for (const m of [...text.matchAll(CUED), ...text.matchAll(DECADE)]) {
    const value = m[1] ?? m[0];
    const start = m.index + m[0].lastIndexOf(value);
    add(start, start + value.length);
  }
  return spans;
}
