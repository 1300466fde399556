import type { Escalation, RedFlag, UrgencyLevel } from '@meridian/sdk';
import type { ScoreStanding } from './score-standing.js';

const RANK: Record<UrgencyLevel, number> = { routine: 0, urgent: 1, emergency: 2 };
/** The more urgent of two levels. */
export const moreUrgent = (a: UrgencyLevel, b: UrgencyLevel): UrgencyLevel => (RANK[a] >= RANK[b] ? a : b);
/** True when `a` is less urgent than `b`. */
export const lessUrgent = (a: UrgencyLevel, b: UrgencyLevel): boolean => RANK[a] < RANK[b];

const ADVICE: Record<UrgencyLevel, string> = {
  emergency:
    'Emergency assessment by a clinical team with critical-care competencies is advised now, with continuous monitoring of vital signs.',
  urgent:
    'Urgent review by a clinician competent in the assessment of acutely ill patients is advised, with observations at least hourly.',
  routine:
    'No trigger for urgent escalation in the data supplied; continue routine observations and review as clinically indicated.',
};

/** The escalation the scores and the hard red flags demand, and why. */
export interface EscalationFloor extends Escalation {
  /** One line per trigger (`NEWS2 at least 9: emergency`). */
  reasons: string[];
  /** Criteria not recorded that could raise a score further (`NEWS2: Consciousness`). */
  notRecorded: string[];
}

function scoreReason(s: ScoreStanding): string {
  const missing = s.notRecorded.length
    ? `; ${s.notRecorded.join(', ').toLowerCase()} not recorded, could raise it further`
    : '';
  const higher = lessUrgent(s.level, s.highestLevel) ? ` (could reach ${s.highestLevel})` : '';
  return `${s.response.name} ${s.total ?? ''} → ${s.level}${higher}${missing}`.replace(/ {2,}/g, ' ');
}

/**
 * The escalation floor: the level that no answer may go below. Each acute
 * score escalates by its **certain** band (the lowest band any value of its
 * missing inputs allows), following its publication's clinical response
 * (see `SCORE_RESPONSES`); an incomplete score whose band is already certain
 * escalates as if complete, and says what is not recorded. Each red flag of
 * the record's values raises it to the flag's urgency (the hard physiological
 * limits are emergencies). The advice is about who should review and how
 * soon, never a treatment.
 *
 * @example
 * ```ts
 * escalationFloor(scoreStandings(risk, context), valueRedFlags(context)); // { level: 'emergency', advice: '...', reasons: [...] }
 * ```
 */
export function escalationFloor(standings: readonly ScoreStanding[], flags: readonly RedFlag[]): EscalationFloor {
  let level: UrgencyLevel = 'routine';
  const reasons: string[] = [];
  const notRecorded: string[] = [];
  for (const s of standings) {
    if (s.level !== 'routine') {
      level = moreUrgent(level, s.level);
      reasons.push(scoreReason(s));
    } else if (s.response.recordable && s.highestLevel !== 'routine' && s.notRecorded.length) {
      notRecorded.push(`${s.response.name}: ${s.notRecorded.join(', ')} (could reach ${s.highestLevel})`);
    }
  }
  for (const flag of flags) {
    if (flag.urgency === 'routine') continue;
    level = moreUrgent(level, flag.urgency);
    reasons.push(`red flag: ${flag.finding}`);
  }
  const because = reasons.length ? ` Triggered by: ${reasons.join('; ')}.` : '';
  const unknown = notRecorded.length ? ` Not recorded, and could raise it: ${notRecorded.join('; ')}.` : '';
  const advice = `${ADVICE[level]}${because}${unknown}`;
  return { level, advice: advice.length > 2000 ? `${advice.slice(0, 1996)}…` : advice, reasons, notRecorded };
}
