import { useId } from 'react';
import { Heading, subLevel, type HeadingLevel } from '../shared/heading.js';
import type { CdsCard } from '@meridian/sdk';
import { INDICATOR_ORDER } from './indicator.js';
import { CdsCardView, type CdsCardHandlers } from './cds-card.js';

/** Props of {@link CdsCards}. */
export interface CdsCardsProps extends CdsCardHandlers {
  /** The cards of a CDS Hooks response (`response.cards`). */
  cards: readonly CdsCard[];
  /** Most urgent first (critical, warning, info), keeping the service's order within each (default `true`). */
  sortByIndicator?: boolean | undefined;
  /** Level of the widget's heading (default 2); each card's summary is one below. */
  headingLevel?: HeadingLevel | undefined;
  /** The widget's heading (default `Decision support`). */
  title?: string | undefined;
  className?: string | undefined;
}

/**
 * CDS Hooks cards as the specification describes them: indicator colours
 * (with the indicator also in words), Markdown detail (HTML escaped),
 * suggestions, links and override reasons; accepting a suggestion or
 * overriding a card calls `onFeedback` with a CDS Hooks 2.0 feedback item
 * for the host to post. Needs no {@link MeridianProvider}: the cards come
 * as props.
 *
 * @example
 * ```tsx
 * <CdsCards
 *   cards={response.cards}
 *   onFeedback={(feedback) =>
 *     fetch(`${base}/cds-services/${serviceId}/feedback`, { method: 'POST', body: JSON.stringify({ feedback: [feedback] }) })
 *   }
 * />
 * ```
 */
export function CdsCards({
  cards,
  sortByIndicator = true,
  headingLevel = 2,
  title = 'Decision support',
  className,
  ...handlers
}: CdsCardsProps) {
  const id = useId();
  const shown = sortByIndicator
    ? [...cards].sort((a, b) => INDICATOR_ORDER[a.indicator] - INDICATOR_ORDER[b.indicator])
    : cards;
  return (
    <section className={`meridian-widget mw-cds-cards ${className ?? ''}`.trim()} aria-labelledby={`${id}-title`}>
      <Heading level={headingLevel} id={`${id}-title`}>
        {title}
      </Heading>
      {shown.length === 0 ? (
        <p>No cards: the services had nothing to say.</p>
      ) : (
        <ul className="mw-cards">
          {shown.map((card, i) => (
            <li key={card.uuid ?? `${i}-${card.summary}`}>
              <CdsCardView card={card} headingLevel={subLevel(headingLevel) as HeadingLevel} {...handlers} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
