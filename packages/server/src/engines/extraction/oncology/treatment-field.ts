/**
 * The treatment field: the drugs, regimens and named procedures of the note
 * that are not negated, in order; drugs given together ("nivolumab plus
 * ipilimumab", "carboplatin and paclitaxel") form one line joined by "and",
 * lines are joined by "; ". Generic words ("chemotherapy") are left out.
 *
 * @module
 */
import { analyseSentence, classifyMention } from '../assertion/context.js';
import { findMentions, type Mention } from '../lexicon/find-mentions.js';
import { splitSentences } from '../text/sentences.js';
import { GENERIC_TREATMENTS } from './oncology-lexicon.js';

const TOGETHER = /^\s*(?:,|and|plus|\+|with|,\s*and)\s*$/iu;

/**
 * The treatment lines of `text`.
 *
 * @example
 * ```ts
 * treatmentOf('Received nivolumab plus ipilimumab, then mastectomy.'); // 'nivolumab and ipilimumab; mastectomy'
 * ```
 */
export function treatmentOf(text: string): string | null {
  const lines: string[][] = [];
  let previous: Mention | undefined;
  const sentences = splitSentences(text);
  for (const m of findMentions(text)) {
    if (m.entry.kind !== 'medication' && m.entry.kind !== 'procedure') continue;
    const name = m.text.toLowerCase();
    if ((GENERIC_TREATMENTS as readonly string[]).includes(name)) continue;
    const s = sentences.find((x) => m.start >= x.start && m.start < x.end);
    if (s && classifyMention(analyseSentence(text.slice(s.start, s.end), s.start), m.start, m.end).has('negated'))
      continue;
    const joined =
      previous &&
      previous.entry.kind === 'medication' &&
      m.entry.kind === 'medication' &&
      TOGETHER.test(text.slice(previous.end, m.start));
    const surface =
      m.entry.kind === 'medication' && /^[a-z0-9-]+$/iu.test(m.text) && m.text === m.text.toUpperCase() ? m.text : name;
    if (joined) lines[lines.length - 1]!.push(surface);
    else if (!lines.some((l) => l.includes(surface))) lines.push([surface]);
    previous = m;
  }
  return lines.length > 0 ? lines.map((l) => l.join(' and ')).join('; ') : null;
}
