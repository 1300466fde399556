import { SUMMARY_SECTIONS, type SummarySection, type SummarySentence, type SummaryTrend } from '@meridian/sdk';
import type { DatedSentence } from './summary-sentence.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const DIRECTION_WORDS: Record<SummaryTrend['direction'], string> = {
  rising: 'rising',
  falling: 'falling',
  stable: 'stable',
  'single-value': 'with one value',
};

/** `3 rising, 2 falling`: how many of the trends go each way, in a fixed order. */
function directions(trends: readonly SummaryTrend[]): string {
  return counts(
    (Object.keys(DIRECTION_WORDS) as SummaryTrend['direction'][]).map(
      (d) => [trends.filter((t) => t.direction === d).length, DIRECTION_WORDS[d]] as const,
    ),
  );
}

/** `n words` for each count above zero, joined by commas. */
function counts(parts: ReadonlyArray<readonly [number, string]>): string {
  return parts
    .filter(([n]) => n > 0)
    .map(([n, words]) => `${n} ${words}`)
    .join(', ');
}

const having = (items: readonly DatedSentence[], marker: string) => items.filter((s) => s.text.includes(marker)).length;

function overview(section: SummarySection, items: readonly DatedSentence[], trends: readonly SummaryTrend[]): string {
  const n = items.length;
  const kind = section === 'vital-signs' ? 'vital-sign' : 'laboratory';
  const ways = directions(trends.filter((t) => t.kind === kind));
  switch (section) {
    case 'problems':
      return `${plural(n, 'problem', 'problems')} on record.`;
    case 'medications':
      return `${plural(n, 'medication', 'medications')} on record.`;
    case 'allergies':
      return `${plural(n, 'allergy or intolerance', 'allergies or intolerances')} on record.`;
    case 'vital-signs':
      return `${plural(n, 'vital sign', 'vital signs')} with recent values${ways ? `: ${ways}` : ''}.`;
    case 'laboratory':
      return `${plural(n, 'laboratory measure', 'laboratory measures')} with recent values${ways ? `: ${ways}` : ''}.`;
    case 'encounters':
      return `${plural(n, 'recent encounter', 'recent encounters')}.`;
    case 'risk-scores': {
      const incomplete = having(items, ': incomplete,');
      const parts = counts([
        [n - incomplete, 'complete'],
        [incomplete, 'incomplete (inputs not in the record)'],
      ]);
      return `${plural(n, 'risk score', 'risk scores')} from validated calculators: ${parts}.`;
    }
    case 'red-flags': {
      const parts = counts([
        [having(items, '(critical)'), 'critical'],
        [having(items, '(warning)'), 'warning'],
      ]);
      return `${plural(n, 'open red flag', 'open red flags')}${parts ? ` (${parts})` : ''}.`;
    }
  }
}

/**
 * The deterministic narrative: an overview, one sentence per non-empty
 * section saying what it holds (how many items, which way the trends go, how
 * many scores are complete, how severe the red flags are) without stating
 * any fact the sections state, so the summary states each fact once. Each
 * sentence cites the latest source of every item it counts.
 *
 * @example
 * ```ts
 * rulesNarrative(sentences, trends).map((s) => s.text);
 * // ['1 problem on record.', '6 vital signs with recent values: 3 rising, 2 falling, 1 with one value.', …]
 * ```
 */
export function rulesNarrative(
  sentences: readonly DatedSentence[],
  trends: readonly SummaryTrend[] = [],
): SummarySentence[] {
  const narrative: SummarySentence[] = [];
  for (const section of SUMMARY_SECTIONS) {
    const items = sentences.filter((s) => s.section === section);
    if (!items.length) continue;
    narrative.push({
      section,
      text: overview(section, items, trends),
      sources: [...new Set(items.map((s) => s.sources.at(-1)!))],
      engine: 'rules',
    });
  }
  return narrative;
}
