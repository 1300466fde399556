/**
 * Date elements finer than the year (Safe Harbor keeps the year alone), in
 * the formats clinicians write: month names ("March 3rd, 2023", "22-Nov-2026",
 * "22NOV2026", "Nov 2026"), numbers with a year ("03/04/2022", "2023-07-01")
 * and without one ("11/20") when a word says it is a date ("on 11/20",
 * "tomorrow 11/23", "Tue (11/25)", a line that starts "11/20:"), and the day
 * of the month alone ("on the 22nd"). A date whose context says it is not
 * the patient's (a guideline, a publication, a trial) is left alone.
 *
 * @module
 */
import { phiSpan, type PhiSpan } from './phi-types.js';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY = '(?:[0-3]?\\d)(?:st|nd|rd|th)?';
const YEAR = "(?:(?:19|20)\\d\\d|'\\d\\d)";
const SEP = '(?:[^\\S\\n]+|[-/.][^\\S\\n]?)';
const DATE_PATTERNS = [
  `\\b${MONTH}\\.?(?:[^\\S\\n]+|[-/])${DAY}(?:(?:,?[^\\S\\n]*|[-/])(?:${YEAR}|\\d\\d\\b))?(?![\\d:])`,
  `\\b${DAY}(?:[^\\S\\n]+of)?${SEP}?${MONTH}\\.?(?:(?:,?[^\\S\\n]*|[-/])(?:${YEAR}|\\d\\d))?\\b`,
  `\\b${MONTH}\\.?,?[^\\S\\n]+${YEAR}\\b`,
  `\\b(?:19|20)\\d\\d[-/ ]${MONTH}[-/ ][0-3]?\\d\\b`,
  `\\b(?:last|this|next|early|late|mid-?)[^\\S\\n]*${MONTH}\\b`,
  '\\b\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})\\b',
  '\\b(?:19|20)\\d\\d[/.-][01]?\\d[/.-][0-3]?\\d(?:[ T][0-2]\\d:[0-5]\\d(?::[0-5]\\d)?)?\\b',
  '\\b[01]?\\d/(?:19|20)\\d\\d\\b',
  "\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Thanksgiving|New Year's Day)\\b",
];
const DATE = new RegExp(DATE_PATTERNS.join('|'), 'gi');
const WEEKDAY = '(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?:day|nesday|rsday|urday)?';
const DATE_CUE =
  '(?:on|since|from|until|till|through|thru|by|dated?|d\\.?o\\.?s\\.?|seen|admitted|admission|discharged?|due|appt|appointment|scheduled|f/u|follow(?:ing)?[- ]?up|today|tomorrow|yesterday|tonight|next|last|this|before|after|starting|started|effective|as of|visit|surgery|procedure|returns?|returned|clinic|labs?|(?:night|morning|evening) of)';
/** A number pair that is a measurement, not a date: blood pressure, strength, pain, doses, tablets. */
const NOT_A_DATE_AFTER =
  '(?![/\\d-]|\\.\\d|[^\\S\\n]*(?:mm ?hg|strength|pain|%|mg|mcg|ml|units?|tabs?|tablets?|weeks?|days?|hours?|hrs?|doses?|of)\\b)';
/** A month/day pair ("11/20", "11-23") that is not part of a longer number or date. */
const NUMERIC_PAIR = new RegExp(`(?<![\\d/.-])\\d{1,2}[/-]\\d{1,2}${NOT_A_DATE_AFTER}`, 'g');
/** What must come just before a pair for it to be a date: a cue word or a weekday ("on", "tomorrow", "Tue ("). */
const CUE_BEFORE = new RegExp(`\\b(?:${DATE_CUE}|${WEEKDAY})\\.?[^\\S\\n]*[:,(]?[^\\S\\n]*(?:the[^\\S\\n]+)?$`, 'i');
/** Or the pair opens a line, before a colon or a dash ("11/20: CT chest", "- 11/21 - extubated"). */
const LINE_START_BEFORE = /(?:^|\n)[^\S\n]*(?:[-*•][^\S\n]*)?$/u;
const LINE_START_AFTER = /^[^\S\n]*[:–-][^\S\n]/u;
/** The day of the month alone, "on the 22nd": an ordinal after "on the", "by the"... and not before "day", "dose"... */
const ORDINAL = /\b[0-3]?\d(?:st|nd|rd|th)\b/g;
const ORDINAL_BEFORE = /\b(?:on|by|since|until|before|after|from)[^\S\n]+the[^\S\n]+$/i;
const NOT_A_DAY_AFTER =
  /^[^\S\n]+(?:day|week|month|cycle|dose|line|floor|time|attempt|percentile|centile|hour|minute|visit|trimester|degree|generation|grade|rib|intercostal|toe|finger|digit)s?\b/i;
const NOT_PATIENT_DATE =
  /\b(?:guidelines?|published|publication|updated?|revised|version|edition|trial|study|approved|approval|fda|recommendations?|consensus|statement|criteria|released?|journal|issue|vol\.?)\b[^.;\n]{0,30}$/i;

/** Whether "m/d" or "m-d" is a possible month and day. */
function isMonthDay(pair: string): boolean {
  const [month, day] = pair.split(/[/-]/).map(Number);
  return month! >= 1 && month! <= 12 && day! >= 1 && day! <= 31;
}

/**
 * Finds dates with a month or a day, in any common format.
 *
 * @example
 * ```ts
 * detectDates('seen on March 3rd, 2023; next appt tomorrow 11/23; surgery 22-Nov-2026');
 * // DATE 'March 3rd, 2023', DATE '11/23', DATE '22-Nov-2026'
 * ```
 */
export function detectDates(text: string): PhiSpan[] {
  const spans: PhiSpan[] = [];
  const keep = (start: number, end: number) => {
    if (!NOT_PATIENT_DATE.test(text.slice(Math.max(0, start - 60), start)))
      spans.push(phiSpan('DATE', text, start, end, 'rules'));
  };
  for (const m of text.matchAll(DATE)) {
    if (/^may$/i.test(m[0]) || (/^(?:\d+\s+)?may\b/i.test(m[0]) && m[0] === m[0].toLowerCase())) continue;
    keep(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(NUMERIC_PAIR)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (
      isMonthDay(m[0]) &&
      (CUE_BEFORE.test(before) || (LINE_START_BEFORE.test(before) && LINE_START_AFTER.test(text.slice(end, end + 4))))
    )
      keep(m.index, end);
  }
  for (const m of text.matchAll(ORDINAL)) {
    const end = m.index + m[0].length;
    if (
      ORDINAL_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) &&
      !NOT_A_DAY_AFTER.test(text.slice(end, end + 16))
    )
      keep(m.index, end);
  }
  return spans;
}
