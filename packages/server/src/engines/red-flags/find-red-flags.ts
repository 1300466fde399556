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
import { RCP_NEWS2_2017 } from '../risk/citations.js';
import type { Citation } from '../risk/types.js';
import {
  LABORATORY_RED_FLAGS,
  LACTATE_WARNING,
  VITAL_SIGN_RED_FLAGS,
  type MeasureRedFlagRule,
} from './red-flag-rules.js';

/** One red flag, with the value and the resource that raised it. */
export interface RedFlag {
  readonly ruleId: string;
  readonly label: string;
  readonly kind: 'vital-sign' | 'laboratory';
  readonly indicator: 'warning' | 'critical';
  /** The value as the rule read it (canonical unit), or the ACVPU level. */
  readonly value: number | string;
  readonly unit?: string;
  /** `low` / `high` against the threshold, or `abnormal` for consciousness. */
  readonly direction: 'low' | 'high' | 'abnormal';
  readonly threshold?: number;
  readonly effective: string;
  /** `Observation/{id}` the value came from. */
  readonly source: string;
  readonly citation: Citation;
}

function flagMeasure(context: PatientContext, rule: MeasureRedFlagRule): RedFlag | undefined {
  const m = context.measurements[rule.measure];
  if (!m || m.stale) return undefined;
  const low = rule.atOrBelow !== undefined && m.value <= rule.atOrBelow;
  const high = rule.atOrAbove !== undefined && m.value >= rule.atOrAbove;
  if (!low && !high) return undefined;
  return {
    ruleId: rule.id,
    label: rule.label,
    kind: rule.kind,
    indicator: rule.indicator,
    value: m.value,
    unit: rule.unit,
    direction: low ? 'low' : 'high',
    threshold: low ? rule.atOrBelow! : rule.atOrAbove!,
    effective: m.effective,
    source: m.source,
    citation: rule.citation,
  };
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
    indicator: 'warning',
    value: level.level,
    direction: 'abnormal',
    effective: finding.effective,
    source: finding.source,
    citation: RCP_NEWS2_2017,
  };
}

/**
 * Every red flag the record raises: current vital signs at a NEWS2 red score
 * (SpO2 skipped when the patient is on scale 2, i.e. has hypercapnic
 * respiratory failure), a level of consciousness other than Alert, and
 * laboratory values at critical limits. Stale values never raise a flag.
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
    for (const rule of VITAL_SIGN_RED_FLAGS) {
      if (rule.measure === 'oxygenSaturation' && scale2) continue;
      const flag = flagMeasure(context, rule);
      if (flag) flags.push(flag);
    }
    const consciousness = consciousnessFlag(context);
    if (consciousness) flags.push(consciousness);
  }
  if (scope.laboratory) {
    for (const rule of LABORATORY_RED_FLAGS) {
      const flag = flagMeasure(context, rule);
      if (flag) flags.push(flag);
    }
    if (!flags.some((f) => f.ruleId === 'lactate-critical')) {
      const raised = flagMeasure(context, LACTATE_WARNING);
      if (raised) flags.push(raised);
    }
  }
  return flags;
}
