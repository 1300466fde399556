import type { CaseAnalysis } from '@meridian/sdk';
import type { EscalationReason } from './escalation-records.js';

/** What triage decides: the query's level and whether (and why) a human must review it. */
export interface TriageDecision {
  triage: CaseAnalysis['triage'];
  review: EscalationReason | null;
  reasons: string[];
}

/**
 * Triages an analysis: `urgent` when the escalation is urgent or an
 * emergency; `complex` with several differentials, claims removed by the
 * guardrails, or a model cascade that fell through to the rules; otherwise
 * `routine`. Urgent findings and low-confidence model answers (claims
 * dropped for citations, every model failing, or only low-likelihood
 * differentials) go to human review.
 *
 * @example
 * ```ts
 * triageAnalysis(analysis).review; // 'emergency'
 * ```
 */
export function triageAnalysis(analysis: Omit<CaseAnalysis, 'triage' | 'escalationRecordId'>): TriageDecision {
  const p = analysis.provenance;
  const reasons: string[] = [];
  const dropped = p.removals.uncited + p.removals.fabricatedCitations;
  const modelsFailed = p.engine === 'rules' && p.fallbacks.length > 0;
  const allLow =
    p.engine === 'llm' &&
    analysis.differentials.length > 0 &&
    analysis.differentials.every((d) => d.likelihood.band === 'low');
  if (dropped > 0) reasons.push(`${dropped} claim(s) dropped for missing or wrong citations`);
  if (modelsFailed) reasons.push('every configured model failed; the rules engine answered');
  if (allLow) reasons.push('only low-likelihood differentials');
  const lowConfidence = reasons.length > 0;
  const level = analysis.escalation.level;
  if (level !== 'routine') return { triage: 'urgent', review: level, reasons: [`escalation ${level}`, ...reasons] };
  const complex = analysis.differentials.length >= 2 || p.removals.dosing > 0 || lowConfidence;
  return { triage: complex ? 'complex' : 'routine', review: lowConfidence ? 'low-confidence' : null, reasons };
}
