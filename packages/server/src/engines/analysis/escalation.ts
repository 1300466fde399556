import type { Escalation, RedFlag, UrgencyLevel } from '@meridian/sdk';
import type { RiskResult } from '../risk/index.js';

const RANK: Record<UrgencyLevel, number> = { routine: 0, urgent: 1, emergency: 2 };
/** The more urgent of two levels. */
export const moreUrgent = (a: UrgencyLevel, b: UrgencyLevel): UrgencyLevel => (RANK[a] >= RANK[b] ? a : b);

const ADVICE: Record<UrgencyLevel, string> = {
  emergency:
    'Emergency assessment by a clinical team with critical-care competencies is advised now, with continuous monitoring of vital signs.',
  urgent:
    'Urgent review by a clinician competent in the assessment of acutely ill patients is advised, with observations at least hourly.',
  routine:
    'No trigger for urgent escalation in the data supplied; continue routine observations and review as clinically indicated.',
};

/**
 * The escalation level by NEWS2 (Royal College of Physicians 2017: 7 or more
 * emergency; 5–6, or 3 in a single parameter, urgent) and qSOFA (2 or more:
 * urgent, sepsis to be considered), raised to the most urgent red flag. The
 * advice is about who should review and how soon, never a treatment.
 *
 * @example
 * ```ts
 * escalationFrom(riskResults, redFlags); // { level: 'emergency', advice: '...' }
 * ```
 */
export function escalationFrom(
  risk: readonly RiskResult[],
  redFlags: readonly RedFlag[],
): Escalation & { reasons: string[] } {
  let level: UrgencyLevel = 'routine';
  const reasons: string[] = [];
  const news2 = risk.find((r) => r.calculatorId === 'news2');
  const raise = (to: UrgencyLevel, reason: string) => {
    level = moreUrgent(level, to);
    reasons.push(reason);
  };
  if (news2 && news2.total !== null) {
    const singleRed = news2.criteria.some((c) => c.points === 3);
    if (news2.total >= 7) raise('emergency', `NEWS2 ${news2.total} (7 or more)`);
    else if (news2.total >= 5) raise('urgent', `NEWS2 ${news2.total} (5–6)`);
    else if (singleRed) raise('urgent', 'NEWS2 single parameter scoring 3');
  }
  const qsofa = risk.find((r) => r.calculatorId === 'qsofa');
  if (qsofa && qsofa.total !== null && qsofa.total >= 2) raise('urgent', `qSOFA ${qsofa.total} (2 or more)`);
  for (const flag of redFlags) if (RANK[flag.urgency] > RANK[level]) raise(flag.urgency, `red flag: ${flag.finding}`);
  const because = reasons.length ? ` Triggered by: ${reasons.join('; ')}.` : '';
  return { level, advice: `${ADVICE[level]}${because}`, reasons };
}
