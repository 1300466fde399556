/**
 * Cards for validated risk scores that cross their thresholds. A score that
 * is incomplete still raises a card when even its lowest possible total
 * crosses (and says so); nothing missing is assumed normal.
 *
 * @module
 */
import { riskInputLabel, riskValueText } from '@meridian/sdk';
import type { CalculatorId, RiskResult } from '../../../engines/risk/types.js';
import { buildCard, escapeMarkdown, type TypedCard } from './card-builder.js';
import { OBSERVATION_OVERRIDE_REASONS } from './card-codes.js';

/** A threshold that raises a card, highest first within a calculator. */
export interface RiskCardThreshold {
  calculatorId: CalculatorId;
  atOrAbove: number;
  indicator: 'warning' | 'critical';
  /** What crossing it means, as its publication puts it. */
  meaning: string;
}

/**
 * The thresholds: NEWS2 5 (urgent review) and 7 (emergency), qSOFA 2, CURB-65 3.
 *
 * @example
 * ```ts
 * RISK_CARD_THRESHOLDS.filter((t) => t.calculatorId === 'news2').map((t) => t.atOrAbove); // [7, 5]
 * ```
 */
export const RISK_CARD_THRESHOLDS: readonly RiskCardThreshold[] = [
  {
    calculatorId: 'news2',
    atOrAbove: 7,
    indicator: 'critical',
    meaning: 'high clinical risk: emergency assessment by a clinical team with critical-care competencies',
  },
  {
    calculatorId: 'news2',
    atOrAbove: 5,
    indicator: 'warning',
    meaning: 'medium clinical risk: urgent review by a clinician skilled in assessing acute illness',
  },
  {
    calculatorId: 'qsofa',
    atOrAbove: 2,
    indicator: 'warning',
    meaning: 'higher risk of poor outcome if infection is present: assess for sepsis and organ dysfunction',
  },
  {
    calculatorId: 'curb-65',
    atOrAbove: 3,
    indicator: 'warning',
    meaning: 'high-severity pneumonia: the publication advises hospital management, considering critical care',
  },
];

/** The calculators patient-view runs (acute scores with card thresholds). */
export const PATIENT_VIEW_CALCULATORS: readonly CalculatorId[] = ['news2', 'qsofa', 'curb-65'];

function lowestTotal(result: RiskResult): number | null {
  if (result.status === 'complete') return result.total;
  if (result.status === 'incomplete') return result.totalRange?.min ?? null;
  return null;
}

function riskDetail(result: RiskResult, threshold: RiskCardThreshold, total: number): string {
  const band = result.interpretations[0]?.band;
  const used = result.inputs.filter((i) => i.status === 'used' && i.provenance?.kind === 'record');
  const lines = [
    `**${escapeMarkdown(result.title)}${result.variant ? ` (${escapeMarkdown(result.variant)})` : ''}: ${result.status === 'complete' ? total : `at least ${total}`}**${band ? ` — ${escapeMarkdown(band.label)}` : ''}.`,
    `Threshold ${threshold.atOrAbove}: ${threshold.meaning}.`,
    '',
    '| Criterion | Value | Points |',
    '|---|---|---|',
    ...result.criteria.map(
      (c) =>
        `| ${escapeMarkdown(c.label)} | ${c.value === null ? 'not recorded' : escapeMarkdown(riskValueText(c.name, c.value, c.unit))} | ${c.points ?? '?'} |`,
    ),
  ];
  if (result.missing.length)
    lines.push(
      '',
      `Not in the record (not assumed normal): ${result.missing.map((name) => escapeMarkdown(riskInputLabel(name, { midSentence: true }))).join(', ')}.`,
    );
  if (used.length)
    lines.push(
      '',
      `From: ${used
        .map((i) => (i.provenance?.kind === 'record' ? escapeMarkdown(i.provenance.source) : ''))
        .filter(Boolean)
        .join(', ')}.`,
    );
  lines.push('', 'Computed by a validated calculator (deterministic engine), not a language model.');
  return lines.join('\n');
}

/**
 * One card per calculator whose total (or lowest possible total) crosses its
 * highest threshold.
 *
 * @example
 * ```ts
 * riskCards(runCalculators(context, { calculators: ['news2'] })); // [{ type: 'risk-score', card: { indicator: 'critical', ... } }]
 * ```
 */
export function riskCards(results: readonly RiskResult[]): TypedCard[] {
  return results.flatMap((result) => {
    const total = lowestTotal(result);
    if (total === null) return [];
    const threshold = RISK_CARD_THRESHOLDS.find((t) => t.calculatorId === result.calculatorId && total >= t.atOrAbove);
    if (!threshold) return [];
    const value = result.status === 'complete' ? `${total}` : `at least ${total}`;
    return [
      buildCard({
        type: 'risk-score',
        indicator: threshold.indicator,
        summary: `${result.title} ${value} (≥ ${threshold.atOrAbove}): ${threshold.meaning.split(':')[0]}`,
        detail: riskDetail(result, threshold, total),
        citations: result.citations,
        overrideReasons: OBSERVATION_OVERRIDE_REASONS,
      }),
    ];
  });
}
