import { describe, expect, it } from 'vitest';
import type { SummaryTrend } from '@meridian/sdk';
import { trendText } from './describe-trend.js';

const trend = (over: Partial<SummaryTrend>): SummaryTrend => ({
  concept: 'hr',
  label: 'Heart rate',
  kind: 'vital-sign',
  unit: '/min',
  direction: 'rising',
  change: 22,
  values: [
    { value: 88, effective: '2026-01-01T08:00:00Z', source: 'Observation/a', stale: false },
    { value: 110, effective: '2026-01-01T12:00:00Z', source: 'Observation/b', stale: false },
  ],
  ...over,
});

describe('trendText', () => {
  it('writes the latest value with its unit, the direction in words and the signed change', () => {
    expect(trendText(trend({}), 'en-GB')).toBe('Heart rate 110 /min, rising (+22 /min over 2 values)');
    expect(trendText(trend({ direction: 'falling', change: -0.45, unit: 'Cel', label: 'Temperature' }), 'en-GB')).toBe(
      'Temperature 110 °C, falling (−0.5 °C over 2 values)',
    );
    expect(trendText(trend({ direction: 'stable', change: 0 }), 'en-GB')).toContain('stable (±0 /min');
    expect(trendText(trend({ label: 'respiratory rate' }), 'en-GB')).toMatch(/^Respiratory rate 110/);
  });

  it('says one value when there is nothing to compare', () => {
    expect(
      trendText(
        trend({
          direction: 'single-value',
          change: null,
          values: [{ value: 7.1, effective: '2026-01-01T08:00:00Z', source: 'Observation/a', stale: true }],
          unit: '%',
          label: 'HbA1c',
        }),
        'en-GB',
      ),
    ).toBe('HbA1c 7.1 %, one value');
  });
});
