import { Heading, type HeadingLevel } from '../shared/heading.js';
import { mentionLabel, type Mention } from './describe-mention.js';

/**
 * Every extracted resource, grouped by type, each a button that selects it
 * (and so its span in the note). Internal to {@link ExtractionView}.
 *
 * @example
 * ```tsx
 * <MentionGroups mentions={mentions} selected={selected} onSelect={setSelected} headingLevel={3} />
 * ```
 */
export function MentionGroups({
  mentions,
  selected,
  onSelect,
  headingLevel,
}: {
  mentions: readonly Mention[];
  selected: number | undefined;
  onSelect: (index: number) => void;
  headingLevel: HeadingLevel;
}) {
  const types = [...new Set(mentions.map((m) => m.resourceType))].sort();
  if (types.length === 0) return <p>Nothing was extracted from this note.</p>;
  return (
    <div className="mw-mention-groups">
      {types.map((type) => {
        const group = mentions.map((m, i) => [m, i] as const).filter(([m]) => m.resourceType === type);
        return (
          <section key={type} aria-label={`${type} (${group.length})`}>
            <Heading level={headingLevel}>
              {type} ({group.length})
            </Heading>
            <ul className="mw-plain-list">
              {group.map(([m, i]) => (
                <li key={m.index}>
                  <button
                    type="button"
                    className="mw-link-button"
                    aria-pressed={i === selected}
                    onClick={() => onSelect(i)}
                  >
                    {mentionLabel(m)}
                  </button>
                  {m.status && <span className="mw-muted"> — {m.status}</span>}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
