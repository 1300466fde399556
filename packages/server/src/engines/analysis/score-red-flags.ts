/**
 * Red flags that the scores themselves raise, so that a score card at an
 * escalating band never sits above "no red flags": NEWS2 at its urgent or
 * emergency thresholds, qSOFA 2 or more (naming possible sepsis), CURB-65 or
 * CRB-65 at high severity, Wells PE likely.
 *
 * @module
 */
import type { RedFlag } from '@meridian/sdk';
import type { ScoreStanding } from './score-standing.js';

const FINDING: Readonly<Record<string, (s: ScoreStanding) => string>> = {
  'rcp-news2': (s) =>
    s.certainBand.id === 'low-medium'
      ? `NEWS2 ${s.total}, with 3 in a single parameter`
      : `NEWS2 ${s.total} (${s.certainBand.id === 'high' ? 'high' : 'medium'} clinical risk)`,
  'sepsis-3': (s) => `qSOFA ${s.total}: possible sepsis`,
  'curb-65': (s) => `CURB-65 ${s.total}: high-severity pneumonia`,
  'crb-65': (s) => `CRB-65 ${s.total}: high-severity pneumonia`,
  'two-tier': (s) => `Wells PE ${s.total}: pulmonary embolism likely`,
};

/**
 * One red flag per acute score whose certain band escalates, citing the
 * resources the score was computed from (the patient when every input was
 * a clinician's answer). A NEWS2 "3 in a single parameter" is left to the
 * value's own flag when `valueFlagged` says there is one.
 *
 * @example
 * ```ts
 * scoreRedFlags(scoreStandings(risk, context), 'Patient/p', false)[0].finding; // 'NEWS2 at least 9 (high clinical risk)'
 * ```
 */
export function scoreRedFlags(standings: readonly ScoreStanding[], patient: string, valueFlagged: boolean): RedFlag[] {
  const flags: RedFlag[] = [];
  for (const s of standings) {
    if (s.level === 'routine' || s.total === null) continue;
    if (s.certainBand.id === 'low-medium' && valueFlagged) continue;
    const finding = FINDING[s.response.scheme]?.(s) ?? `${s.response.name} ${s.total}`;
    const sources = s.sources.length ? s.sources : [patient];
    flags.push({
      finding,
      why: s.response.response,
      urgency: s.level,
      citations: sources.map((reference) => ({ kind: 'patient-fact' as const, reference })),
    });
  }
  return flags;
}
