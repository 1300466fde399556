import { SUMMARY_SECTIONS, type SummarySection, type SummarySentence } from '@meridian/sdk';
import type { DatedSentence } from './summary-sentence.js';

const LEADS: Record<SummarySection, string> = {
  problems: 'Problems on record',
  medications: 'Medications on record',
  allergies: 'Allergies and intolerances',
  'vital-signs': 'Latest vital signs',
  laboratory: 'Latest laboratory results',
  encounters: 'Most recent encounters',
  'risk-scores': 'Risk scores',
  'red-flags': 'Open red flags',
};
const LISTED = 4;

/** The short item a sentence names: a score's title and total (or `incomplete`), else its text up to the first `;`, `(` or final stop. */
function itemOf(sentence: DatedSentence): string {
  const score =
    sentence.section === 'risk-scores' ? /^(.*?: (?:incomplete|-?[\d.]+))/u.exec(sentence.text)?.[1] : undefined;
  return (
    score ??
    sentence.text
      .replace(/^(Medication on record|Allergy or intolerance|Red flag \([a-z]+\)): /u, '')
      .split(/;|\s\(|\.$/u)[0]!
      .trim()
  );
}

/**
 * The deterministic narrative: one sentence per non-empty section naming its
 * first items (and how many more), citing exactly the resources of the items
 * it names.
 *
 * @example
 * ```ts
 * rulesNarrative(sentences)[0].text; // 'Problems on record: Hypertension; Asthma; and 3 more.'
 * ```
 */
export function rulesNarrative(sentences: readonly DatedSentence[]): SummarySentence[] {
  const narrative: SummarySentence[] = [];
  for (const section of SUMMARY_SECTIONS) {
    const items = sentences.filter((s) => s.section === section);
    if (!items.length) continue;
    const named = items.slice(0, LISTED);
    const more = items.length > LISTED ? `; and ${items.length - LISTED} more` : '';
    narrative.push({
      section,
      text: `${LEADS[section]}: ${named.map(itemOf).join('; ')}${more}.`,
      sources: [...new Set(named.flatMap((s) => s.sources))],
      engine: 'rules',
    });
  }
  return narrative;
}
