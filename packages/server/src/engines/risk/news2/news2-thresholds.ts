/**
 * The NEWS2 scoring chart (RCP 2017, Chart 1), one pure function per parameter.
 *
 * Values are first rounded to the chart's precision — whole numbers, temperature to 0.1 °C — as a
 * clinician charting them would record them; the chart's bins then apply exactly.
 *
 * @module
 */
import type { AcvpuLevel } from '../codes/finding-codes.js';

/** Round half up to `decimals` places (with an epsilon so 38.05 rounds to 38.1). */
export function roundToChartPrecision(value: number, decimals: 0 | 1): number {
  const factor = decimals === 1 ? 10 : 1;
  return Math.round(value * factor + 1e-9) / factor;
}

/** Respiration rate (/min): ≤8 → 3; 9–11 → 1; 12–20 → 0; 21–24 → 2; ≥25 → 3. */
export function scoreNews2RespiratoryRate(rate: number): number {
  if (rate <= 8) return 3;
  if (rate <= 11) return 1;
  if (rate <= 20) return 0;
  if (rate <= 24) return 2;
  return 3;
}

/** SpO2 Scale 1 (%): ≤91 → 3; 92–93 → 2; 94–95 → 1; ≥96 → 0. */
export function scoreNews2Spo2Scale1(spo2: number): number {
  if (spo2 <= 91) return 3;
  if (spo2 <= 93) return 2;
  if (spo2 <= 95) return 1;
  return 0;
}

/**
 * SpO2 Scale 2 (%; hypercapnic respiratory failure, target 88–92%): ≤83 → 3; 84–85 → 2; 86–87 → 1;
 * 88–92 → 0; ≥93 on air → 0; on oxygen 93–94 → 1, 95–96 → 2, ≥97 → 3.
 * `onOxygen` is only consulted at ≥93%.
 */
export function scoreNews2Spo2Scale2(spo2: number, onOxygen: boolean): number {
  if (spo2 <= 83) return 3;
  if (spo2 <= 85) return 2;
  if (spo2 <= 87) return 1;
  if (spo2 <= 92 || !onOxygen) return 0;
  if (spo2 <= 94) return 1;
  if (spo2 <= 96) return 2;
  return 3;
}

/** Air or oxygen: oxygen → 2; air → 0. */
export function scoreNews2Oxygen(onOxygen: boolean): number {
  return onOxygen ? 2 : 0;
}

/** Systolic blood pressure (mmHg): ≤90 → 3; 91–100 → 2; 101–110 → 1; 111–219 → 0; ≥220 → 3. */
export function scoreNews2SystolicBp(sbp: number): number {
  if (sbp <= 90) return 3;
  if (sbp <= 100) return 2;
  if (sbp <= 110) return 1;
  if (sbp <= 219) return 0;
  return 3;
}

/** Pulse (/min): ≤40 → 3; 41–50 → 1; 51–90 → 0; 91–110 → 1; 111–130 → 2; ≥131 → 3. */
export function scoreNews2Pulse(pulse: number): number {
  if (pulse <= 40) return 3;
  if (pulse <= 50) return 1;
  if (pulse <= 90) return 0;
  if (pulse <= 110) return 1;
  if (pulse <= 130) return 2;
  return 3;
}

/** Consciousness: Alert → 0; new Confusion, Voice, Pain or Unresponsive → 3. */
export function scoreNews2Consciousness(level: AcvpuLevel): number {
  return level === 'A' ? 0 : 3;
}

/** Temperature (°C): ≤35.0 → 3; 35.1–36.0 → 1; 36.1–38.0 → 0; 38.1–39.0 → 1; ≥39.1 → 2. */
export function scoreNews2Temperature(celsius: number): number {
  if (celsius <= 35.0) return 3;
  if (celsius <= 36.0) return 1;
  if (celsius <= 38.0) return 0;
  if (celsius <= 39.0) return 1;
  return 2;
}
