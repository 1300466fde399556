/**
 * One card for the red flags of a record: its urgency is the highest flag's,
 * its detail lists each flag with its value, time and source.
 *
 * @module
 */
import { formatMeasured, formatQuantity, riskValueText } from '@meridian/sdk';
import type { RedFlag } from '../../../engines/red-flags/find-red-flags.js';
import { buildCard, escapeMarkdown, type TypedCard } from './card-builder.js';
import { OBSERVATION_OVERRIDE_REASONS } from './card-codes.js';

/**
 * A short statement of one flag (`Heart rate 150 /min`).
 *
 * @example
 * ```ts
 * describeRedFlag(flag); // 'Heart rate 150 /min'
 * ```
 */
export function describeRedFlag(flag: RedFlag): string {
  if (flag.direction === 'abnormal')
    return `${flag.label}: ${riskValueText('levelOfConsciousness', flag.value).toLowerCase()}`;
  return `${flag.label} ${formatMeasured(flag.value, flag.unit)}`;
}

/**
 * The red-flag card, or nothing when there is no flag.
 *
 * @example
 * ```ts
 * redFlagCards(findRedFlags(context), 'Red flags in the latest vital signs and results');
 * ```
 */
export function redFlagCards(flags: readonly RedFlag[], heading = 'Red flags'): TypedCard[] {
  if (!flags.length) return [];
  const critical = flags.some((f) => f.indicator === 'critical');
  const rows = flags.map((f) => {
    const symbol = f.comparator === '<' ? '<' : f.direction === 'low' ? '≤' : '≥';
    const threshold = f.threshold === undefined ? '' : ` (${symbol} ${formatQuantity(f.threshold, f.unit)})`;
    return `| ${escapeMarkdown(describeRedFlag(f))}${threshold} | ${f.indicator} | ${escapeMarkdown(f.effective)} | ${escapeMarkdown(f.source)} |`;
  });
  const citations = [...new Map(flags.map((f) => [f.citation.title, f.citation])).values()];
  return [
    buildCard({
      type: 'red-flag',
      indicator: critical ? 'critical' : 'warning',
      summary: `${heading}: ${flags.map(describeRedFlag).join('; ')}`,
      detail: ['| Finding | Urgency | When | Source |', '|---|---|---|---|', ...rows].join('\n'),
      citations,
      overrideReasons: OBSERVATION_OVERRIDE_REASONS,
    }),
  ];
}
