import { Fragment, useMemo, type KeyboardEvent } from 'react';
import { ASSERTION_LABELS, mentionLabel, type Mention } from './describe-mention.js';
import { segmentNote } from './segments.js';

/** The short text shown inside a highlight for each assertion (the label is never colour alone). */
const ASSERTION_TAGS = { negated: 'NO', uncertain: '?', historical: 'HX', family: 'FH' } as const;

/** The CSS class of a resource type's highlight (`mw-mark--condition`, …). */
const typeClass = (type: string) => `mw-mark--${type.toLowerCase()}`;

/**
 * The note with every extracted span highlighted: one `<mark>` per run of
 * text (overlapping spans split into adjacent runs, the innermost mention
 * chosen), coloured and patterned by resource type and assertion, with the
 * assertion also written in the mark. Each mark is focusable; Enter, Space or
 * a click selects its mention. Internal to {@link ExtractionView}.
 *
 * @example
 * ```tsx
 * <HighlightedNote text={note} mentions={mentions} selected={0} onSelect={setSelected} />
 * ```
 */
export function HighlightedNote({
  text,
  mentions,
  selected,
  onSelect,
}: {
  text: string;
  mentions: readonly Mention[];
  selected: number | undefined;
  onSelect: (index: number) => void;
}) {
  const segments = useMemo(
    () =>
      segmentNote(
        text,
        mentions.flatMap((m, i) => (m.span ? [{ start: m.span.start, end: m.span.end, mention: i }] : [])),
      ),
    [text, mentions],
  );
  const onKey = (event: KeyboardEvent, index: number) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(index);
    }
  };
  return (
    <p className="mw-note">
      {segments.map((segment) => {
        if (segment.mentions.length === 0) return <span key={segment.start}>{segment.text}</span>;
        const inner = mentions[segment.mentions[0]!]!;
        const all = segment.mentions.map((i) => mentionLabel(mentions[i]!)).join('; ');
        const isSelected = segment.mentions[0] === selected;
        // The visible text (note text, then the tags) starts the accessible name, as WCAG 2.5.3 asks.
        const visible = [segment.text.trim(), ...inner.assertions.map((a) => ASSERTION_TAGS[a])].join(' ');
        return (
          <mark
            key={segment.start}
            tabIndex={0}
            role="button"
            aria-pressed={isSelected}
            aria-label={`${visible}: ${all}`}
            title={all}
            data-start={segment.start}
            data-end={segment.end}
            className={[
              'mw-mark',
              typeClass(inner.resourceType),
              ...inner.assertions.map((a) => `mw-mark--${a}`),
              segment.mentions.length > 1 ? 'mw-mark--nested' : '',
              isSelected ? 'mw-mark--selected' : '',
            ]
              .filter(Boolean)
              .join(' ')}
            onClick={() => onSelect(segment.mentions[0]!)}
            onKeyDown={(e) => onKey(e, segment.mentions[0]!)}
          >
            {segment.text}
            {inner.assertions.map((a) => (
              <Fragment key={a}>
                {' '}
                <span className="mw-mark__tag" title={ASSERTION_LABELS[a]}>
                  {ASSERTION_TAGS[a]}
                </span>
              </Fragment>
            ))}
          </mark>
        );
      })}
    </p>
  );
}
