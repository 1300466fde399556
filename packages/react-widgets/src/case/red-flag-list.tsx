import type { Escalation, RedFlag, UrgencyLevel } from '@meridian/sdk';
import { Citations } from './differential-list.js';

/** The words of each urgency level. */
export const URGENCY_LABELS = {
  routine: 'Routine',
  urgent: 'Urgent',
  emergency: 'Emergency',
} as const satisfies Record<UrgencyLevel, string>;

/**
 * Red flags, most urgent first, each with its urgency in words, why it
 * matters, and its citations.
 *
 * @example
 * ```tsx
 * <RedFlagList redFlags={analysis.redFlags} />
 * ```
 */
export function RedFlagList({ redFlags }: { redFlags: readonly RedFlag[] }) {
  if (redFlags.length === 0) return <p>No red flags found in the data.</p>;
  const order = { emergency: 0, urgent: 1, routine: 2 };
  return (
    <ul className="mw-plain-list mw-red-flags">
      {[...redFlags]
        .sort((a, b) => order[a.urgency] - order[b.urgency])
        .map((f) => (
          <li key={f.finding} className={`mw-red-flag mw-urgency--${f.urgency}`}>
            <p>
              <span className="mw-urgency">{URGENCY_LABELS[f.urgency]}</span> <strong>{f.finding}</strong>
            </p>
            <p>{f.why}</p>
            <Citations citations={f.citations} />
          </li>
        ))}
    </ul>
  );
}

/**
 * The escalation advice, with its level in words; `recordId` when the
 * server opened an escalation record for human review.
 *
 * @example
 * ```tsx
 * <EscalationAdvice escalation={analysis.escalation} recordId={analysis.escalationRecordId} />
 * ```
 */
export function EscalationAdvice({ escalation, recordId }: { escalation: Escalation; recordId?: string | undefined }) {
  return (
    <div className={`mw-escalation mw-urgency--${escalation.level}`}>
      <p>
        <span className="mw-urgency">Escalation: {URGENCY_LABELS[escalation.level]}</span> {escalation.advice}
      </p>
      {recordId && <p className="mw-muted">Escalation record {recordId} opened for review.</p>}
    </div>
  );
}
