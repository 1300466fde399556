/**
 * The discharge-readiness card: unresolved red flags, abnormal last vital
 * signs, and results still pending. Always one card, so the clinician sees
 * what was checked even when nothing stands in the way.
 *
 * @module
 */
import { riskInputLabel, riskValueText } from '@meridian/sdk';
import type { RedFlag } from '../../../engines/red-flags/find-red-flags.js';
import type { RiskResult } from '../../../engines/risk/types.js';
import { buildCard, escapeMarkdown, type TypedCard } from './card-builder.js';
import { OBSERVATION_OVERRIDE_REASONS } from './card-codes.js';
import { describeRedFlag } from './red-flag-cards.js';

/** A result not yet final: an active ServiceRequest or a registered/partial/preliminary DiagnosticReport. */
export interface PendingResult {
  reference: string;
  description: string;
}

/** What the card is built from. */
export interface DischargeFindings {
  redFlags: readonly RedFlag[];
  /** NEWS2 (when it could be computed): each vital sign scoring 1 or more is abnormal. */
  news2: RiskResult | undefined;
  pending: readonly PendingResult[];
  /** Inputs NEWS2 lacked (no current value). */
  missingVitals: readonly string[];
}

/**
 * The NEWS2 criteria that scored points: the abnormal last vital signs.
 *
 * @example
 * ```ts
 * abnormalVitals(news2Result); // ['Respiration rate 24 /min (2 points)', …]
 * ```
 */
export function abnormalVitals(news2: RiskResult | undefined): string[] {
  return (news2?.criteria ?? [])
    .filter((c) => (c.points ?? 0) > 0)
    .map(
      (c) =>
        `${c.label} ${c.value === null ? '' : riskValueText(c.name, c.value, c.unit)} (${c.points} point${c.points === 1 ? '' : 's'})`,
    );
}

/**
 * The discharge-readiness card.
 *
 * @example
 * ```ts
 * dischargeCard({ redFlags, news2, pending, missingVitals: news2?.missing ?? [] });
 * ```
 */
export function dischargeCard(findings: DischargeFindings): TypedCard {
  const abnormal = abnormalVitals(findings.news2);
  const blockers = findings.redFlags.length + findings.pending.length;
  const indicator = findings.redFlags.some((f) => f.indicator === 'critical')
    ? 'critical'
    : blockers || abnormal.length
      ? 'warning'
      : 'info';
  const parts = [
    findings.redFlags.length
      ? `${findings.redFlags.length} unresolved red flag${findings.redFlags.length === 1 ? '' : 's'}`
      : undefined,
    abnormal.length ? `${abnormal.length} abnormal vital sign${abnormal.length === 1 ? '' : 's'}` : undefined,
    findings.pending.length
      ? `${findings.pending.length} pending result${findings.pending.length === 1 ? '' : 's'}`
      : undefined,
  ].filter(Boolean);
  const list = (items: readonly string[]) =>
    items.length ? items.map((i) => `- ${escapeMarkdown(i)}`).join('\n') : '- none';
  return buildCard({
    type: 'discharge-readiness',
    indicator,
    summary: parts.length
      ? `Before discharge: ${parts.join(', ')}`
      : 'Discharge check: no red flag, abnormal vital sign or pending result found',
    detail: [
      '**Unresolved red flags**',
      '',
      list(findings.redFlags.map((f) => `${describeRedFlag(f)} (${f.source})`)),
      '',
      '**Abnormal last vital signs (NEWS2 points)**',
      '',
      list(abnormal),
      '',
      '**Pending results**',
      '',
      list(findings.pending.map((p) => `${p.description} (${p.reference})`)),
      ...(findings.missingVitals.length
        ? [
            '',
            `No current value for: ${findings.missingVitals.map((name) => escapeMarkdown(riskInputLabel(name))).join(', ')}.`,
          ]
        : []),
    ].join('\n'),
    overrideReasons: OBSERVATION_OVERRIDE_REASONS,
  });
}
