/**
 * Date elements finer than the year (Safe Harbor keeps the year alone), and
 * ages over 89. A date whose context says it is not the patient's (a
 * guideline, a publication, a trial, an approval) is left alone.
 *
 * @module
 */
import { phiSpan, type PhiSpan } from './phi-types.js';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY = '(?:[0-3]?\\d)(?:st|nd|rd|th)?';
const YEAR = "(?:(?:19|20)\\d\\d|'\\d\\d)";
const DATE_PATTERNS = [
  `\\b${MONTH}\\.?\\s+${DAY}(?:,?\\s*${YEAR})?(?![\\d:])`,
  `\\b${DAY}(?:\\s+of)?\\s+${MONTH}\\.?(?:,?\\s*${YEAR})?\\b`,
  `\\b${MONTH}\\.?,?\\s+${YEAR}\\b`,
  `\\b(?:last|this|next|early|late|mid-?)\\s*${MONTH}\\b`,
  '\\b\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})\\b',
  '\\b(?:19|20)\\d\\d[/.-][01]?\\d[/.-][0-3]?\\d(?:[ T][0-2]\\d:[0-5]\\d(?::[0-5]\\d)?)?\\b',
  '\\b[01]?\\d/(?:19|20)\\d\\d\\b',
  "\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Thanksgiving|New Year's Day)\\b",
];
const DATE = new RegExp(DATE_PATTERNS.join('|'), 'gi');
const NOT_PATIENT_DATE =
  /\b(?:guidelines?|published|publication|updated?|revised|version|edition|trial|study|approved|approval|fda|recommendations?|consensus|statement|criteria|released?|journal|issue|vol\.?)\b[^.;\n]{0,30}$/i;
const AGE_OVER_89 = /\b(?:9\d|1[0-4]\d)(?=\s*-?\s*(?:years?|yrs?|y\/?o\b|yo\b|-year|y\.o\.))/gi;
const AGE_CUED = /\b(?:aged?|age of):?\s*(9\d|1[0-4]\d)\b/gi;

/**
 * Finds dates with a month or a day, and ages of 90 and over.
 *
 * @example
 * ```ts
 * detectDates('seen on March 3rd, 2023, aged 92'); // DATE 'March 3rd, 2023', AGE '92'
 * ```
 */
export function detectDates(text: string): PhiSpan[] {
  const spans: PhiSpan[] = [];
  for (const m of text.matchAll(DATE)) {
    if (/^may$/i.test(m[0]) || (/^(?:\d+\s+)?may\b/i.test(m[0]) && m[0] === m[0].toLowerCase())) continue;
    if (NOT_PATIENT_DATE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    spans.push(phiSpan('DATE', text, m.index, m.index + m[0].length, 'rules'));
  }
  for (const m of text.matchAll(AGE_OVER_89)) spans.push(phiSpan('AGE', text, m.index, m.index + m[0].length, 'rules'));
  for (const m of text.matchAll(AGE_CUED)) {
    const start = m.index + m[0].length - m[1]!.length;
    spans.push(phiSpan('AGE', text, start, start + m[1]!.length, 'rules'));
  }
  return spans;
}
