/**
 * Red-flag thresholds as data: each names the measure (in the adapter's
 * canonical unit), the limits that flag it, the card urgency and the source.
 *
 * Vital signs flag where a single NEWS2 parameter scores 3 (the RCP's "red
 * score", which by itself calls for an urgent clinical review). Laboratory
 * values flag at commonly used critical limits (Kost 1990) and lactate at the
 * Surviving Sepsis Campaign's hypoperfusion markers.
 *
 * @module
 */
import type { MeasureKey } from '@meridian/fhir-adapter';
import { RCP_NEWS2_2017 } from '../risk/citations.js';
import type { Citation } from '../risk/types.js';
import { EVANS_SSC_2021, KOST_CRITICAL_LIMITS_1990 } from './red-flag-citations.js';

/** A threshold rule on one measure: flagged when `value <= atOrBelow` or `value >= atOrAbove`. */
export interface MeasureRedFlagRule {
  readonly id: string;
  readonly measure: MeasureKey;
  readonly label: string;
  /** Canonical unit of the measure (the adapter's), for display. */
  readonly unit: string;
  readonly atOrBelow?: number;
  readonly atOrAbove?: number;
  readonly indicator: 'warning' | 'critical';
  readonly kind: 'vital-sign' | 'laboratory';
  readonly citation: Citation;
}

const vital = (
  id: string,
  measure: MeasureKey,
  label: string,
  unit: string,
  limits: { atOrBelow?: number; atOrAbove?: number },
): MeasureRedFlagRule => ({
  id,
  measure,
  label,
  unit,
  ...limits,
  indicator: 'warning',
  kind: 'vital-sign',
  citation: RCP_NEWS2_2017,
});
const lab = (
  id: string,
  measure: MeasureKey,
  label: string,
  unit: string,
  limits: { atOrBelow?: number; atOrAbove?: number },
  citation = KOST_CRITICAL_LIMITS_1990,
  indicator: 'warning' | 'critical' = 'critical',
): MeasureRedFlagRule => ({
  id,
  measure,
  label,
  unit,
  ...limits,
  indicator,
  kind: 'laboratory',
  citation,
});

/**
 * NEWS2 single-parameter red scores (3 points). SpO2 uses scale 1; it is skipped for patients on scale 2.
 *
 * @example
 * ```ts
 * VITAL_SIGN_RED_FLAGS.find((r) => r.measure === 'heartRate'); // { atOrBelow: 40, atOrAbove: 131, ... }
 * ```
 */
export const VITAL_SIGN_RED_FLAGS: readonly MeasureRedFlagRule[] = [
  vital('respiratory-rate-red', 'respiratoryRate', 'Respiratory rate', '/min', { atOrBelow: 8, atOrAbove: 25 }),
  vital('oxygen-saturation-red', 'oxygenSaturation', 'Oxygen saturation', '%', { atOrBelow: 91 }),
  vital('systolic-bp-red', 'systolicBp', 'Systolic blood pressure', 'mm[Hg]', { atOrBelow: 90, atOrAbove: 220 }),
  vital('heart-rate-red', 'heartRate', 'Heart rate', '/min', { atOrBelow: 40, atOrAbove: 131 }),
  vital('temperature-red', 'temperature', 'Temperature', 'Cel', { atOrBelow: 35 }),
];

/**
 * Laboratory critical values.
 *
 * @example
 * ```ts
 * LABORATORY_RED_FLAGS.map((r) => r.id); // ['potassium-critical', 'sodium-critical', ...]
 * ```
 */
export const LABORATORY_RED_FLAGS: readonly MeasureRedFlagRule[] = [
  lab('potassium-critical', 'potassium', 'Potassium', 'mmol/L', { atOrBelow: 2.8, atOrAbove: 6.2 }),
  lab('sodium-critical', 'sodium', 'Sodium', 'mmol/L', { atOrBelow: 120, atOrAbove: 160 }),
  lab('glucose-critical', 'glucose', 'Glucose', 'mmol/L', { atOrBelow: 2.5, atOrAbove: 27 }),
  lab('hemoglobin-critical', 'hemoglobin', 'Hemoglobin', 'g/dL', { atOrBelow: 6.6 }),
  lab('platelets-critical', 'platelets', 'Platelet count', '10*9/L', { atOrBelow: 37 }),
  lab('white-cells-critical', 'whiteBloodCells', 'White cell count', '10*9/L', { atOrBelow: 2, atOrAbove: 37 }),
  lab('lactate-critical', 'lactate', 'Lactate', 'mmol/L', { atOrAbove: 4 }, EVANS_SSC_2021),
];

/** Lactate of 2 mmol/L or more (and under 4): a warning, per the Surviving Sepsis Campaign. */
export const LACTATE_WARNING: MeasureRedFlagRule = lab(
  'lactate-raised',
  'lactate',
  'Lactate',
  'mmol/L',
  { atOrAbove: 2 },
  EVANS_SSC_2021,
  'warning',
);
