import { useId, useState } from 'react';
import { Heading, type HeadingLevel } from '../shared/heading.js';
import type {
  CdsCard as CdsCardData,
  CdsCoding,
  CdsFeedbackEntry as CdsFeedback,
  CdsLink,
  CdsSuggestion,
} from '@meridian/sdk';
import { INDICATOR_LABELS } from './indicator.js';
import { MarkdownDetail } from './markdown-detail.js';
import { OverrideForm } from './override-form.js';
import { safeHttpUrl } from './safe-url.js';

/** What a host does with a card's feedback, suggestions and SMART links. */
export interface CdsCardHandlers {
  /** Sends feedback (the host posts it to the service's feedback endpoint). A rejection is shown on the card. */
  onFeedback?: ((feedback: CdsFeedback, card: CdsCardData) => void | Promise<void>) | undefined;
  /** Applies an accepted suggestion's actions (the host owns the record). */
  onSuggestion?: ((suggestion: CdsSuggestion, card: CdsCardData) => void | Promise<void>) | undefined;
  /** Launches a SMART app link through the EHR; without it, SMART links are listed but not clickable. */
  onSmartLink?: ((link: CdsLink, card: CdsCardData) => void) | undefined;
}

/** Props of {@link CdsCardView}. */
export interface CdsCardViewProps extends CdsCardHandlers {
  card: CdsCardData;
  headingLevel: HeadingLevel;
}

type Outcome = { kind: 'accepted'; labels: string[] } | { kind: 'overridden'; reason: CdsCoding | undefined };
type Sending = { status: 'idle' } | { status: 'sending' } | { status: 'error'; message: string };

/**
 * One CDS Hooks card, rendered as the specification describes: its
 * indicator (as a word and a colour), summary, Markdown detail, suggestions
 * (honouring `selectionBehavior`), links, source, and an override with the
 * service's reasons; accepting or overriding calls `onFeedback` with a
 * CDS Hooks 2.0 feedback item.
 *
 * @example
 * ```tsx
 * <CdsCardView card={card} headingLevel={3} onFeedback={(f) => postFeedback(serviceId, f)} />
 * ```
 */
export function CdsCardView({ card, headingLevel, onFeedback, onSuggestion, onSmartLink }: CdsCardViewProps) {
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>();
  const [overriding, setOverriding] = useState(false);
  const [sending, setSending] = useState<Sending>({ status: 'idle' });
  const canFeedback = Boolean(onFeedback && card.uuid);
  const busy = sending.status === 'sending';
  const acceptedLabels = outcome?.kind === 'accepted' ? outcome.labels : [];
  const onlyOne = card.selectionBehavior !== 'any';

  async function run(step: () => Promise<void>, after: Outcome) {
    setSending({ status: 'sending' });
    try {
      await step();
      setSending({ status: 'idle' });
      setOutcome(after);
      setOverriding(false);
    } catch (error) {
      setSending({ status: 'error', message: (error as Error).message });
    }
  }

  const accept = (s: CdsSuggestion) =>
    run(
      async () => {
        await onSuggestion?.(s, card);
        if (onFeedback && card.uuid && s.uuid) {
          await onFeedback(
            {
              card: card.uuid,
              outcome: 'accepted',
              acceptedSuggestions: [{ id: s.uuid }],
              outcomeTimestamp: new Date().toISOString(),
            },
            card,
          );
        }
      },
      { kind: 'accepted', labels: [...acceptedLabels, s.label] },
    );

  const override = (reason: CdsCoding | undefined, comment: string) =>
    run(
      async () => {
        const overrideReason =
          reason || comment
            ? { ...(reason ? { reason } : {}), ...(comment ? { userComment: comment } : {}) }
            : undefined;
        await onFeedback!(
          {
            card: card.uuid!,
            outcome: 'overridden',
            ...(overrideReason ? { overrideReason } : {}),
            outcomeTimestamp: new Date().toISOString(),
          },
          card,
        );
      },
      { kind: 'overridden', reason },
    );

  const sourceUrl = safeHttpUrl(card.source.url);
  const actionable = Boolean(onSuggestion || canFeedback);
  return (
    <article className={`mw-card mw-card--${card.indicator}`} aria-labelledby={`${id}-summary`}>
      <p className="mw-card__indicator">{INDICATOR_LABELS[card.indicator]}</p>
      <Heading level={headingLevel} id={`${id}-summary`} className="mw-card__summary">
        {card.summary}
      </Heading>
      {card.detail && <MarkdownDetail source={card.detail} />}
      {card.suggestions && card.suggestions.length > 0 && (
        <div role="group" aria-label="Suggestions" className="mw-card__actions">
          {card.suggestions.map((s) =>
            actionable ? (
              <button
                key={s.uuid ?? s.label}
                type="button"
                className={`mw-button ${s.isRecommended ? '' : 'mw-button--secondary'}`}
                disabled={
                  busy ||
                  outcome?.kind === 'overridden' ||
                  acceptedLabels.includes(s.label) ||
                  (onlyOne && acceptedLabels.length > 0)
                }
                onClick={() => void accept(s)}
              >
                {s.label}
                {s.isRecommended ? ' (recommended)' : ''}
              </button>
            ) : (
              <span key={s.uuid ?? s.label}>
                Suggested: {s.label}
                {s.isRecommended ? ' (recommended)' : ''}
              </span>
            ),
          )}
        </div>
      )}
      {card.links && card.links.length > 0 && (
        <ul className="mw-card__links">
          {card.links.map((link) => {
            const href = safeHttpUrl(link.url);
            if (link.type === 'smart') {
              return (
                <li key={link.url}>
                  {onSmartLink ? (
                    <button type="button" className="mw-link-button" onClick={() => onSmartLink(link, card)}>
                      {link.label} (SMART app)
                    </button>
                  ) : (
                    <span>{link.label} (SMART app: launch it from the EHR)</span>
                  )}
                </li>
              );
            }
            return (
              <li key={link.url}>
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {link.label}
                    <span className="mw-visually-hidden"> (opens in a new tab)</span>
                  </a>
                ) : (
                  <span>{link.label}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {canFeedback && !outcome && (
        <div className="mw-card__actions">
          <button
            type="button"
            className="mw-button mw-button--secondary"
            aria-expanded={overriding}
            aria-controls={`${id}-override`}
            onClick={() => setOverriding(!overriding)}
            disabled={busy}
          >
            Override…
          </button>
        </div>
      )}
      {overriding && (
        <div id={`${id}-override`}>
          <OverrideForm
            reasons={card.overrideReasons ?? []}
            busy={busy}
            onSubmit={(r, c) => void override(r, c)}
            onCancel={() => setOverriding(false)}
          />
        </div>
      )}
      <div role="status" className="mw-card__done">
        {outcome?.kind === 'accepted' && `Accepted: ${outcome.labels.join(', ')}.`}
        {outcome?.kind === 'overridden' &&
          `Overridden${outcome.reason ? `: ${outcome.reason.display ?? outcome.reason.code}` : ''}. Feedback sent.`}
      </div>
      {sending.status === 'error' && (
        <p role="alert" className="mw-error">
          Could not send: {sending.message}
        </p>
      )}
      <p className="mw-card__source">
        Source: {sourceUrl ? <a href={sourceUrl}>{card.source.label}</a> : card.source.label}
      </p>
    </article>
  );
}
