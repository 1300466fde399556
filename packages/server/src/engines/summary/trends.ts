import { MEASURES, VITAL_SIGN_MEASURES, type MeasureKey, type PatientContext } from '@meridian/fhir-adapter';
import type { SummaryTrend } from '@meridian/sdk';

/** A change within this fraction of the first value (3 %) is `stable`. */
export const STABLE_FRACTION = 0.03;

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The direction of a series: `rising` or `falling` when the last value
 * differs from the first by more than {@link STABLE_FRACTION} of the first
 * (any change when the first is 0), else `stable`; one value is `single-value`.
 *
 * @example
 * ```ts
 * trendDirection([100, 120]); // 'rising'
 * trendDirection([100, 103]); // 'stable'
 * ```
 */
export function trendDirection(values: readonly number[]): SummaryTrend['direction'] {
  if (values.length < 2) return 'single-value';
  const first = values[0]!;
  const change = values[values.length - 1]! - first;
  const tolerance = Math.abs(first) * STABLE_FRACTION;
  if (Math.abs(change) <= tolerance && !(first === 0 && change !== 0)) return 'stable';
  return change > 0 ? 'rising' : 'falling';
}

/**
 * The trend of every measure in the context's history (build the context
 * with `keepHistory: true`): its last `points` distinct values (a repeat of
 * the same value at the same instant counts once) in the canonical UCUM unit
 * the adapter converted them to, their direction and change; vital
 * signs first, then laboratory values, in catalogue order.
 *
 * @example
 * ```ts
 * const trends = computeTrends(buildPatientContext(bundle, { keepHistory: true }), 5);
 * trends[0]; // { concept: 'heartRate', direction: 'rising', change: 22, unit: '/min', ... }
 * ```
 */
export function computeTrends(context: PatientContext, points: number): SummaryTrend[] {
  const history = context.history ?? {};
  const trends: SummaryTrend[] = [];
  for (const key of Object.keys(MEASURES) as MeasureKey[]) {
    // The same value at the same instant from two resources (a panel and its single Observation) counts once.
    const all = history[key]?.filter(
      (m, i, list) => i === 0 || m.effective !== list[i - 1]!.effective || m.value !== list[i - 1]!.value,
    );
    if (!all?.length) continue;
    const recent = all.slice(-points);
    const values = recent.map((m) => m.value);
    trends.push({
      concept: key,
      label: MEASURES[key].label,
      kind: key in VITAL_SIGN_MEASURES ? 'vital-sign' : 'laboratory',
      unit: MEASURES[key].unit,
      direction: trendDirection(values),
      change: values.length < 2 ? null : round(values[values.length - 1]! - values[0]!),
      values: recent.map((m) => ({ value: round(m.value), effective: m.effective, source: m.source, stale: m.stale })),
    });
  }
  return trends;
}
