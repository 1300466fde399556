import { describe, expect, it } from 'vitest';
import {
  roundToChartPrecision,
  scoreNews2Consciousness,
  scoreNews2Oxygen,
  scoreNews2Pulse,
  scoreNews2RespiratoryRate,
  scoreNews2Spo2Scale1,
  scoreNews2Spo2Scale2,
  scoreNews2SystolicBp,
  scoreNews2Temperature,
} from './news2-thresholds.js';

describe('NEWS2 chart thresholds (RCP 2017, Chart 1)', () => {
  it.each([
    [8, 3],
    [9, 1],
    [11, 1],
    [12, 0],
    [20, 0],
    [21, 2],
    [24, 2],
    [25, 3],
  ])('respiration rate %s → %s', (v, p) => {
    expect(scoreNews2RespiratoryRate(v)).toBe(p);
  });
  it.each([
    [91, 3],
    [92, 2],
    [93, 2],
    [94, 1],
    [95, 1],
    [96, 0],
    [100, 0],
  ])('SpO2 scale 1 %s → %s', (v, p) => {
    expect(scoreNews2Spo2Scale1(v)).toBe(p);
  });
  it.each([
    [83, false, 3],
    [84, false, 2],
    [85, true, 2],
    [86, false, 1],
    [87, true, 1],
    [88, true, 0],
    [92, true, 0],
    [93, false, 0],
    [100, false, 0],
    [93, true, 1],
    [94, true, 1],
    [95, true, 2],
    [96, true, 2],
    [97, true, 3],
  ])('SpO2 scale 2 %s (on oxygen: %s) → %s', (v, o2, p) => {
    expect(scoreNews2Spo2Scale2(v, o2)).toBe(p);
  });
  it.each([
    [true, 2],
    [false, 0],
  ])('oxygen %s → %s', (o2, p) => expect(scoreNews2Oxygen(o2)).toBe(p));
  it.each([
    [90, 3],
    [91, 2],
    [100, 2],
    [101, 1],
    [110, 1],
    [111, 0],
    [219, 0],
    [220, 3],
  ])('systolic BP %s → %s', (v, p) => {
    expect(scoreNews2SystolicBp(v)).toBe(p);
  });
  it.each([
    [40, 3],
    [41, 1],
    [50, 1],
    [51, 0],
    [90, 0],
    [91, 1],
    [110, 1],
    [111, 2],
    [130, 2],
    [131, 3],
  ])('pulse %s → %s', (v, p) => {
    expect(scoreNews2Pulse(v)).toBe(p);
  });
  it.each([
    [35.0, 3],
    [35.1, 1],
    [36.0, 1],
    [36.1, 0],
    [38.0, 0],
    [38.1, 1],
    [39.0, 1],
    [39.1, 2],
  ])('temperature %s → %s', (v, p) => {
    expect(scoreNews2Temperature(v)).toBe(p);
  });
  it.each([
    ['A', 0],
    ['C', 3],
    ['V', 3],
    ['P', 3],
    ['U', 3],
  ] as const)('consciousness %s → %s', (l, p) => {
    expect(scoreNews2Consciousness(l)).toBe(p);
  });
  it.each([
    [38.05, 1, 38.1],
    [38.04, 1, 38.0],
    [20.5, 0, 21],
    [20.49, 0, 20],
  ] as const)('rounds %s to chart precision', (v, d, r) => {
    expect(roundToChartPrecision(v, d)).toBe(r);
  });
});
