/**
 * Red-flag thresholds as data: each names the measure (in the adapter's
 * canonical unit), the limits that flag it, the card urgency and the source.
 *
 * Hard physiological limits flag first, as emergencies. Vital signs flag
 * where a single NEWS2 parameter scores 3 (the RCP's "red score", which by
 * itself calls for an urgent clinical review). Laboratory
 * values flag at commonly used critical limits (Kost 1990) and lactate at the
 * Surviving Sepsis Campaign's hypoperfusion markers.
 *
 * @module
 */
import type { MeasureKey } from '@meridian/fhir-adapter';
import { RCP_NEWS2_2017 } from '../risk/citations.js';
import type { Citation } from '../risk/types.js';
import {
  BSH_WARFARIN_2011,
  EVANS_SSC_2021,
  IHSG_HYPOGLYCAEMIA_2017,
  KOST_CRITICAL_LIMITS_1990,
  MERIDIAN_HARD_LIMITS,
  UKKA_HYPERKALAEMIA_2020,
} from './red-flag-citations.js';

/**
 * A threshold rule on one measure: flagged when `value <= atOrBelow`,
 * `value < below` or `value >= atOrAbove`.
 */
export interface MeasureRedFlagRule {
  readonly id: string;
  readonly measure: MeasureKey;
  readonly label: string;
  /** Canonical unit of the measure (the adapter's), for display. */
  readonly unit: string;
  readonly atOrBelow?: number;
  /** A strict lower limit (`value < below`), for limits published as "less than". */
  readonly below?: number;
  readonly atOrAbove?: number;
  readonly indicator: 'warning' | 'critical';
  /** How soon a clinician must act: `emergency` for the hard physiological limits, else `urgent`. */
  readonly urgency: 'urgent' | 'emergency';
  readonly kind: 'vital-sign' | 'laboratory';
  readonly citation: Citation;
}

/** The limits a rule may carry. */
type Limits = { atOrBelow?: number; below?: number; atOrAbove?: number };

const vital = (id: string, measure: MeasureKey, label: string, unit: string, limits: Limits): MeasureRedFlagRule => ({
  id,
  measure,
  label,
  unit,
  ...limits,
  indicator: 'warning',
  urgency: 'urgent',
  kind: 'vital-sign',
  citation: RCP_NEWS2_2017,
});
const hard = (id: string, measure: MeasureKey, label: string, unit: string, limits: Limits): MeasureRedFlagRule => ({
  id,
  measure,
  label,
  unit,
  ...limits,
  indicator: 'critical',
  urgency: 'emergency',
  kind: 'vital-sign',
  citation: MERIDIAN_HARD_LIMITS,
});
const lab = (
  id: string,
  measure: MeasureKey,
  label: string,
  unit: string,
  limits: Limits,
  citation = KOST_CRITICAL_LIMITS_1990,
  indicator: 'warning' | 'critical' = 'critical',
  urgency: 'urgent' | 'emergency' = 'urgent',
): MeasureRedFlagRule => ({
  id,
  measure,
  label,
  unit,
  ...limits,
  indicator,
  urgency,
  kind: 'laboratory',
  citation,
});

/**
 * The hard physiological limits: each stands on its own as an emergency,
 * whatever the scores say and whatever else is missing. They sit beyond the
 * NEWS2 single-parameter red scores (and catch SpO2 below 88% even on the
 * hypercapnic scale 2, whose target is 88–92%), so they are checked first;
 * for one measure and direction only the first rule that trips is reported.
 * New confusion (any ACVPU level but Alert) is the seventh hard limit (see
 * `findRedFlags`); lactate of 4 mmol/L or more is the laboratory one.
 *
 * @example
 * ```ts
 * HARD_VITAL_SIGN_RED_FLAGS.find((r) => r.measure === 'systolicBp'); // { below: 90, urgency: 'emergency', ... }
 * ```
 */
export const HARD_VITAL_SIGN_RED_FLAGS: readonly MeasureRedFlagRule[] = [
  hard('systolic-bp-hard', 'systolicBp', 'Systolic blood pressure', 'mm[Hg]', { below: 90 }),
  hard('oxygen-saturation-hard', 'oxygenSaturation', 'Oxygen saturation', '%', { below: 88 }),
  hard('respiratory-rate-hard', 'respiratoryRate', 'Respiratory rate', '/min', { atOrBelow: 8, atOrAbove: 30 }),
  hard('heart-rate-hard', 'heartRate', 'Heart rate', '/min', { atOrAbove: 130 }),
];

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
  lab('inr-critical', 'inr', 'INR', '{INR}', { atOrAbove: 5 }, BSH_WARFARIN_2011),
  lab('lactate-critical', 'lactate', 'Lactate', 'mmol/L', { atOrAbove: 4 }, EVANS_SSC_2021, 'critical', 'emergency'),
];

/**
 * Laboratory values that are emergencies on their own, checked before
 * {@link LABORATORY_RED_FLAGS}: severe hyperkalaemia (UK Kidney Association
 * 2020: 6.5 mmol/L or more) and clinically significant hypoglycaemia
 * (International Hypoglycaemia Study Group 2017, level 2: below 3.0 mmol/L).
 *
 * @example
 * ```ts
 * SEVERE_LABORATORY_RED_FLAGS.map((r) => r.id); // ['potassium-severe', 'glucose-severe']
 * ```
 */
export const SEVERE_LABORATORY_RED_FLAGS: readonly MeasureRedFlagRule[] = [
  lab(
    'potassium-severe',
    'potassium',
    'Potassium',
    'mmol/L',
    { atOrAbove: 6.5 },
    UKKA_HYPERKALAEMIA_2020,
    'critical',
    'emergency',
  ),
  lab('glucose-severe', 'glucose', 'Glucose', 'mmol/L', { below: 3 }, IHSG_HYPOGLYCAEMIA_2017, 'critical', 'emergency'),
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
