/**
 * Feedback and reviewed cases as chat fine-tuning examples. Pure: every
 * free text (clinician comments, case summaries, reasons) goes through the
 * PHI scrubber in tag mode before it enters an example, so an export holds
 * `[NAME]`, `[DATE]`… where the source held identifiers.
 *
 * @module
 */
import type { TrainingExample } from '@meridian/sdk';
import { scrubText } from '../../engines/phi/index.js';

/** One stored feedback entry on a CDS card. */
export interface FeedbackRow {
  serviceId: string;
  cardType: string;
  outcome: 'accepted' | 'overridden';
  overrideSystem: string | null;
  overrideCode: string | null;
  userComment: string | null;
}

/** One escalation record's decrypted payload and level. */
export interface EscalationRow {
  level: string;
  caseSummary: string;
  reasons: readonly string[];
}

const scrub = (text: string) => scrubText(text, { mode: 'tag' }).text;

const FEEDBACK_SYSTEM =
  'You are a clinical decision support service. Given a card Meridian showed, predict whether the clinician accepts it, and the reason when they override it.';
const TRIAGE_SYSTEM =
  'You are a clinical decision support service. Given a case summary, say how urgently a clinician must review it and why, as JSON.';

/**
 * A chat example from one feedback entry.
 *
 * @example
 * ```ts
 * feedbackExample({ serviceId: 'meridian-order-sign-safety', cardType: 'allergy-conflict', outcome: 'overridden', overrideSystem: null, overrideCode: 'benefit-outweighs-risk', userComment: 'Discussed with Mr. Holloway' });
 * ```
 */
export function feedbackExample(row: FeedbackRow): TrainingExample {
  const reason = [
    row.overrideCode && `reason ${row.overrideSystem ? `${row.overrideSystem}|` : ''}${row.overrideCode}`,
    row.userComment && `comment: ${scrub(row.userComment)}`,
  ]
    .filter(Boolean)
    .join('; ');
  return {
    messages: [
      { role: 'system', content: FEEDBACK_SYSTEM },
      { role: 'user', content: `Service: ${row.serviceId}. Card type: ${row.cardType}.` },
      { role: 'assistant', content: reason ? `${row.outcome} (${reason})` : row.outcome },
    ],
  };
}

/**
 * A chat example from one reviewed escalation: summary in, level and reasons out.
 *
 * @example
 * ```ts
 * escalationExample({ level: 'urgent', caseSummary: 'NEWS2 7 in a 70-year-old', reasons: ['NEWS2 ≥ 7'] });
 * ```
 */
export function escalationExample(row: EscalationRow): TrainingExample {
  return {
    messages: [
      { role: 'system', content: TRIAGE_SYSTEM },
      { role: 'user', content: scrub(row.caseSummary) },
      { role: 'assistant', content: JSON.stringify({ escalationLevel: row.level, reasons: row.reasons.map(scrub) }) },
    ],
  };
}
