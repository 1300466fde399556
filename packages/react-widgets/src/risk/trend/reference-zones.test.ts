import { describe, expect, it } from 'vitest';
import {
  scoreNews2Pulse,
  scoreNews2RespiratoryRate,
  scoreNews2Spo2Scale1,
  scoreNews2SystolicBp,
  scoreNews2Temperature,
} from '../../../../server/src/engines/risk/news2/news2-thresholds.js';
import { news2ZoneOf, REFERENCE_ZONES } from './reference-zones.js';

// The drawn zones must agree with the calculator the server runs, at every charted value.
const CHECKS = [
  { input: 'respiratoryRate', score: scoreNews2RespiratoryRate, from: 0, to: 70, step: 1 },
  { input: 'oxygenSaturation', score: scoreNews2Spo2Scale1, from: 50, to: 100, step: 1 },
  { input: 'systolicBp', score: scoreNews2SystolicBp, from: 40, to: 300, step: 1 },
  { input: 'heartRate', score: scoreNews2Pulse, from: 20, to: 250, step: 1 },
  { input: 'temperature', score: scoreNews2Temperature, from: 30, to: 43, step: 0.1 },
] as const;

describe('NEWS2 zones drawn on the trend charts', () => {
  it.each(CHECKS)(
    'give the server calculator’s points for every charted $input value',
    ({ input, score, from, to, step }) => {
      const zones = REFERENCE_ZONES[input];
      let checked = 0;
      for (let i = 0; from + i * step <= to + 1e-9; i++) {
        const value = Math.round((from + i * step) * 10) / 10;
        expect(news2ZoneOf(zones, value)?.points, `${input} ${value}`).toBe(score(value));
        checked++;
      }
      expect(checked).toBeGreaterThan(50);
    },
  );

  it('cover the whole line without overlap, in order', () => {
    for (const [input, zones] of Object.entries(REFERENCE_ZONES)) {
      const news2 = zones.news2 ?? [];
      if (news2.length === 0) continue;
      expect(news2[0]!.from, input).toBeNull();
      expect(news2[news2.length - 1]!.to, input).toBeNull();
      for (let i = 1; i < news2.length; i++) expect(news2[i]!.from, input).toBe(news2[i - 1]!.to);
    }
  });
});
