/**
 * The thresholds that raise an alert as data arrives, as data, and the pure
 * function that finds which were crossed. A level is taken from the lowest
 * band still possible (a score with missing inputs alerts only on what is
 * certain); an alert is raised when the level rises, not while it stays.
 *
 * @module
 */
import type { RiskResult } from '../../engines/risk/index.js';

/** Code system of Meridian's alert rules (DetectedIssue.code). @example `ALERT_CODE_SYSTEM` */
export const ALERT_CODE_SYSTEM = 'https://meridian.dev/fhir/CodeSystem/risk-alert' as const;

/** NEWS2 of 7 or more: emergency response threshold (RCP 2017). @example `NEWS2_HIGH_ALERT.code // 'news2-high'` */
export const NEWS2_HIGH_ALERT = {
  system: ALERT_CODE_SYSTEM,
  code: 'news2-high',
  display: 'NEWS2 7 or more: emergency response threshold',
} as const;
/** NEWS2 of 5–6: urgent response threshold (RCP 2017). @example `NEWS2_MEDIUM_ALERT.code // 'news2-medium'` */
export const NEWS2_MEDIUM_ALERT = {
  system: ALERT_CODE_SYSTEM,
  code: 'news2-medium',
  display: 'NEWS2 5–6: urgent response threshold',
} as const;
/** qSOFA of 2 or more: suspected sepsis with a poor outcome likely (Sepsis-3). @example `QSOFA_POSITIVE_ALERT.code // 'qsofa-positive'` */
export const QSOFA_POSITIVE_ALERT = {
  system: ALERT_CODE_SYSTEM,
  code: 'qsofa-positive',
  display: 'qSOFA 2 or more: sepsis risk',
} as const;

/** One alert rule: a calculator, the band order at or above which it fires, its level and severity. */
export interface AlertRule {
  calculator: string;
  /** Fires when the lowest possible band's order is at least this (NEWS2: 3 medium, 4 high; qSOFA: 1 positive). */
  minBandOrder: number;
  level: number;
  severity: 'high' | 'moderate';
  coding: { system: string; code: string; display: string };
}

/**
 * The rules, highest level first within a calculator.
 *
 * @example
 * ```ts
 * ALERT_RULES.filter((r) => r.calculator === 'news2').map((r) => r.coding.code); // ['news2-high', 'news2-medium']
 * ```
 */
export const ALERT_RULES: readonly AlertRule[] = [
  { calculator: 'news2', minBandOrder: 4, level: 2, severity: 'high', coding: NEWS2_HIGH_ALERT },
  { calculator: 'news2', minBandOrder: 3, level: 1, severity: 'moderate', coding: NEWS2_MEDIUM_ALERT },
  { calculator: 'qsofa', minBandOrder: 1, level: 1, severity: 'high', coding: QSOFA_POSITIVE_ALERT },
];

/** A calculator's alert level now, and the rule that gives it. */
export interface AlertLevel {
  calculator: string;
  level: number;
  band: string | null;
  rule: AlertRule | undefined;
  result: RiskResult;
}

/** A rise past a rule's threshold. */
export interface AlertCrossing extends AlertLevel {
  rule: AlertRule;
  previousLevel: number;
  previousBand: string | null;
}

/**
 * The alert level of every result a rule watches.
 *
 * @example
 * ```ts
 * alertLevels(results).find((l) => l.calculator === 'news2')?.level; // 2 when NEWS2 >= 7
 * ```
 */
export function alertLevels(results: readonly RiskResult[]): AlertLevel[] {
  const watched = new Set(ALERT_RULES.map((r) => r.calculator));
  return results
    .filter((r) => watched.has(r.calculatorId) && r.status !== 'not-applicable')
    .map((result) => {
      const lowest = result.interpretations[0]?.bandRange.lowest;
      const rule = lowest
        ? ALERT_RULES.find((r) => r.calculator === result.calculatorId && lowest.order >= r.minBandOrder)
        : undefined;
      return { calculator: result.calculatorId, level: rule?.level ?? 0, band: lowest?.id ?? null, rule, result };
    });
}

/**
 * The crossings between the previous levels and now: a level above the
 * previous one (0 when none) raises that level's alert.
 *
 * @example
 * ```ts
 * alertCrossings(levels, new Map([['news2', { level: 1, band: 'medium' }]])); // NEWS2 now 7: [news2-high]
 * ```
 */
export function alertCrossings(
  levels: readonly AlertLevel[],
  previous: ReadonlyMap<string, { level: number; band: string | null }>,
): AlertCrossing[] {
  return levels.flatMap((now) => {
    const before = previous.get(now.calculator) ?? { level: 0, band: null };
    return now.rule !== undefined && now.level > before.level
      ? [{ ...now, rule: now.rule, previousLevel: before.level, previousBand: before.band }]
      : [];
  });
}
