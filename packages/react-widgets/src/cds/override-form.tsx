import { useId, useState, type FormEvent } from 'react';
import type { CdsCoding } from '@meridian/sdk';

/** Props of {@link OverrideForm}. */
export interface OverrideFormProps {
  reasons: readonly CdsCoding[];
  busy: boolean;
  onSubmit(reason: CdsCoding | undefined, comment: string): void;
  onCancel(): void;
}

const reasonKey = (r: CdsCoding) => `${r.system ?? ''}|${r.code}`;

/**
 * The form a clinician overrides a card with: one of the service's override
 * reasons (radio buttons, or none), and an optional comment.
 *
 * @example
 * ```tsx
 * <OverrideForm reasons={card.overrideReasons ?? []} busy={false} onSubmit={send} onCancel={close} />
 * ```
 */
export function OverrideForm({ reasons, busy, onSubmit, onCancel }: OverrideFormProps) {
  const id = useId();
  const [selected, setSelected] = useState('');
  const [comment, setComment] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(
      reasons.find((r) => reasonKey(r) === selected),
      comment.trim(),
    );
  }
  return (
    <form className="mw-override" onSubmit={submit}>
      {reasons.length > 0 && (
        <fieldset>
          <legend>Reason for overriding</legend>
          {reasons.map((r) => (
            <label key={reasonKey(r)} className="mw-override__reason">
              <input
                type="radio"
                name={`${id}-reason`}
                value={reasonKey(r)}
                checked={selected === reasonKey(r)}
                onChange={() => setSelected(reasonKey(r))}
              />{' '}
              {r.display ?? r.code}
            </label>
          ))}
          <label className="mw-override__reason">
            <input
              type="radio"
              name={`${id}-reason`}
              value=""
              checked={selected === ''}
              onChange={() => setSelected('')}
            />{' '}
            No reason given
          </label>
        </fieldset>
      )}
      <p>
        <label htmlFor={`${id}-comment`}>Comment (optional)</label>
        <br />
        <textarea
          id={`${id}-comment`}
          rows={2}
          maxLength={1000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </p>
      <div className="mw-card__actions">
        <button type="submit" className="mw-button" disabled={busy}>
          {busy ? 'Sending…' : 'Send override'}
        </button>
        <button type="button" className="mw-button mw-button--secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
