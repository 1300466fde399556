import { formatQuantity, type SummaryTrend } from '@meridian/sdk';

/** Each trend direction as an arrow (decorative) and words (what is read out). */
export const TREND_DIRECTION_TEXT = {
  rising: { arrow: '↑', words: 'rising' },
  falling: { arrow: '↓', words: 'falling' },
  stable: { arrow: '→', words: 'stable' },
  'single-value': { arrow: '•', words: 'one value' },
} as const;

/**
 * A trend in one line: its label (capitalised), the latest value with its unit, the
 * direction in words and the change since the first value shown.
 *
 * @example
 * ```ts
 * trendText({ label: 'Heart rate', unit: '/min', direction: 'rising', change: 22, values: [{ value: 88 }, { value: 110 }] } as SummaryTrend, 'en-GB');
 * // 'Heart rate 110 /min, rising (+22 /min over 2 values)'
 * ```
 */
export function trendText(trend: SummaryTrend, locale?: string): string {
  const withUnit = (n: number) => formatQuantity(n, trend.unit, locale, 1);
  const latest = trend.values.at(-1)!;
  const words = TREND_DIRECTION_TEXT[trend.direction].words;
  const label = trend.label.charAt(0).toUpperCase() + trend.label.slice(1);
  if (trend.change === null) return `${label} ${withUnit(latest.value)}, ${words}`;
  const sign = trend.change > 0 ? '+' : trend.change < 0 ? '−' : '±';
  return `${label} ${withUnit(latest.value)}, ${words} (${sign}${withUnit(Math.abs(trend.change))} over ${trend.values.length} values)`;
}
