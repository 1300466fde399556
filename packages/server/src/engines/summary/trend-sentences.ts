import { formatQuantity, type SummaryTrend } from '@meridian/sdk';
import { dayOf, type DatedSentence } from './summary-sentence.js';

const describe = (t: SummaryTrend) => {
  const last = t.values[t.values.length - 1]!;
  const latest = `${t.label} ${formatQuantity(last.value, t.unit)} on ${dayOf(last.effective)}${last.stale ? ' (not current)' : ''}`;
  if (t.direction === 'single-value') return `${latest}, the only value on record.`;
  const first = t.values[0]!;
  const change = t.change === null ? '' : ` by ${formatQuantity(Math.abs(t.change), t.unit)}`;
  const verb = t.direction === 'stable' ? 'stable' : `${t.direction}${change}`;
  return `${latest}; ${verb} over the last ${t.values.length} values (from ${formatQuantity(first.value, t.unit)} on ${dayOf(first.effective)}).`;
};

/**
 * One sentence per trend, in the vital-signs or laboratory section, citing
 * every Observation of the trend; values with their unit as people write
 * it (`°C`, `mmHg`), through the SDK's formatter.
 *
 * @example
 * ```ts
 * trendSentences(computeTrends(context, 5))[0].text; // 'heart rate 88 /min on 2024-05-01; rising by 12 /min over the last 3 values (...)'
 * ```
 */
export function trendSentences(trends: readonly SummaryTrend[]): DatedSentence[] {
  return trends.map((t) => {
    const text = describe(t);
    return {
      section: t.kind === 'vital-sign' ? 'vital-signs' : 'laboratory',
      text: text.charAt(0).toUpperCase() + text.slice(1),
      sources: [...new Set(t.values.map((v) => v.source))],
      engine: 'rules',
      date: t.values[t.values.length - 1]!.effective,
    };
  });
}
