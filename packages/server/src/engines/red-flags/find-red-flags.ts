/**
 * Red flags from a patient's latest, current vital signs and laboratory
 * values. Pure: no I/O, no clock (the context's reference time is "now").
 *
 * @module
 */
import type { PatientContext } from '@meridian/fhir-adapter';
import { findMatchingCoding } from '../risk/codes/code-set.js';
import { ACVPU_ALERT_CODES, ACVPU_LEVELS } from '../risk/codes/finding-codes.js';
import { HYPERCAPNIC_RESPIRATORY_FAILURE } from '../risk/codes/condition-concepts.js';
import type { Citation } from '../risk/types.js';
import { MERIDIAN_HARD_LIMITS } from './red-flag-citations.js';
import {
  HARD_VITAL_SIGN_RED_FLAGS,
  LABORATORY_RED_FLAGS,
  LACTATE_WARNING,
  SEVERE_LABORATORY_RED_FLAGS,
  VITAL_SIGN_RED_FLAGS,
  type MeasureRedFlagRule,
} from './red-flag-rules.js';

/** One red flag, with the value and the resource that raised it. */
export interface RedFlag {
  readonly ruleId: string;
  readonly label: string;
  readonly kind: 'vital-sign' | 'laboratory';
  readonly indicator: 'warning' | 'critical';
  /** How soon a clinician must act: `emergency` for the hard physiological limits and severe values, else `urgent`. */
  readonly urgency: 'urgent' | 'emergency';
  /** The value as the rule read it (canonical unit), or the ACVPU level. */
  readonly value: number | string;
  readonly unit?: string;
  /** `low` / `high` against the threshold, or `abnormal` for consciousness. */
  readonly direction: 'low' | 'high' | 'abnormal';
  readonly threshold?: number;
  /** How the value met `threshold`: `<=`, `<` (a limit published as "less than") or `>=`. */
  readonly comparator?: '<=' | '<' | '>=';
  readonly effective: string;
  /** `Observation/{id}` the value came from. */
  readonly source: string;
  readonly citation: Citation;
}

function flagMeasure(context: PatientContext, rule: MeasureRedFlagRule): RedFlag | undefined {
  const m = context.measurements[rule.measure];
  if (!m || m.stale) return undefined;
  const atOrBelow = rule.atOrBelow !== undefined && m.value <= rule.atOrBelow;
  const below = rule.below !== undefined && m.value < rule.below;
  const high = rule.atOrAbove !== undefined && m.value >= rule.atOrAbove;
  if (!atOrBelow && !below && !high) return undefined;
  const [threshold, comparator] = atOrBelow
    ? [rule.atOrBelow!, '<=' as const]
    : below
      ? [rule.below!, '<' as const]
      : [rule.atOrAbove!, '>=' as const];
  return {
    ruleId: rule.id,
    label: rule.label,
    kind: rule.kind,
    indicator: rule.indicator,
    urgency: rule.urgency,
    value: m.value,
    unit: rule.unit,
    direction: high ? 'high' : 'low',
    threshold,
    comparator,
    effective: m.effective,
    source: m.source,
    citation: rule.citation,
  };
}

/** Flags from rules in order of severity: for one measure and direction, only the first rule that trips. */
function flagFirst(context: PatientContext, rules: readonly MeasureRedFlagRule[], flags: RedFlag[]): void {
  const seen = new Set<string>();
  for (const rule of rules) {
    const flag = flagMeasure(context, rule);
    if (!flag) continue;
    const key = `${rule.measure}:${flag.direction}`;
    if (seen.has(key)) continue;
    seen.add(key);
    flags.push(flag);
  }
}

function onSpo2Scale2(context: PatientContext): boolean {
  return context.conditions.some((c) => HYPERCAPNIC_RESPIRATORY_FAILURE.match(c.codes) !== undefined);
}

function consciousnessFlag(context: PatientContext): RedFlag | undefined {
  const finding = context.findings.levelOfConsciousness;
  if (!finding || finding.stale || !Array.isArray(finding.value)) return undefined;
  if (findMatchingCoding(finding.value, ACVPU_ALERT_CODES)) return undefined;
  const level = ACVPU_LEVELS.find((l) => findMatchingCoding(finding.value as [], l.codeSet));
  if (!level) return undefined;
  return {
    ruleId: 'consciousness-red',
    label: 'Level of consciousness',
    kind: 'vital-sign',
    indicator: 'critical',
    urgency: 'emergency',
    value: level.level,
    direction: 'abnormal',
    effective: finding.effective,
    source: finding.source,
    citation: MERIDIAN_HARD_LIMITS,
  };
}

/**
 * Every red flag the record raises: current vital signs beyond the hard
 * physiological limits (emergencies on their own: systolic below 90 mmHg,
 * SpO2 below 88%, respiratory rate 30 or more or 8 or less, heart rate 130
 * or more, new confusion or worse), else at a NEWS2 red score (SpO2 at 91% or
 * less skipped when the patient is on scale 2, i.e. has hypercapnic
 * respiratory failure), and laboratory values at severe or critical limits
 * (lactate 4 mmol/L or more is an emergency). One flag per measure and
 * direction, the most severe. Stale values never raise a flag.
 *
 * @example
 * ```ts
 * const flags = findRedFlags(context, { vitalSigns: true, laboratory: true });
 * flags.map((f) => `${f.label} ${f.value} ${f.unit ?? ''}`);
 * ```
 */
export function findRedFlags(
  context: PatientContext,
  scope: { vitalSigns?: boolean; laboratory?: boolean } = { vitalSigns: true, laboratory: true },
): RedFlag[] {
  const flags: RedFlag[] = [];
  if (scope.vitalSigns) {
    const scale2 = onSpo2Scale2(context);
    const news2Red = VITAL_SIGN_RED_FLAGS.filter((r) => !(r.measure === 'oxygenSaturation' && scale2));
    flagFirst(context, [...HARD_VITAL_SIGN_RED_FLAGS, ...news2Red], flags);
    const consciousness = consciousnessFlag(context);
    if (consciousness) flags.push(consciousness);
  }
  if (scope.laboratory)
    flagFirst(context, [...SEVERE_LABORATORY_RED_FLAGS, ...LABORATORY_RED_FLAGS, LACTATE_WARNING], flags);
  return flags;
}
