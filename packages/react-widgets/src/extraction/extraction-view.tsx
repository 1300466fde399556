import { useId, useMemo, useState, type FormEvent } from 'react';
import type { ExtractionResult } from '@meridian/sdk';
import { useMeridian } from '../provider/meridian-provider.js';
import { Heading, subLevel, type HeadingLevel } from '../shared/heading.js';
import { LoadStatus } from '../shared/load-status.js';
import { useAsync } from '../shared/use-async.js';
import { mentionsOf } from './describe-mention.js';
import { ExtractionFacts } from './extraction-facts.js';
import { HighlightedNote } from './highlighted-note.js';
import { MentionDetail } from './mention-detail.js';
import { MentionGroups } from './mention-groups.js';

/** Props of {@link ExtractionView}. */
export interface ExtractionViewProps {
  /** The note to extract. Without it the widget shows an editable textarea (seeded with `initialText`) and an Extract button. */
  text?: string | undefined;
  /** The textarea's first content when `text` is not given. */
  initialText?: string | undefined;
  /** `general` (default) or `oncology` (adds the seven oncology fields). */
  profile?: 'general' | 'oncology' | undefined;
  /** The patient the note is about, `Patient/{id}` (the subject of every resource). */
  patient?: string | undefined;
  /** Level of the widget's heading (default 2). */
  headingLevel?: HeadingLevel | undefined;
  /** The widget's heading (default `Note extraction`). */
  title?: string | undefined;
  className?: string | undefined;
}

/**
 * A clinical note extracted to FHIR (`client.notes.extract`): the note with
 * each source span highlighted by resource type and assertion (negated,
 * uncertain, historical and family written out, never colour alone;
 * overlapping spans split into runs), each highlight keyboard-focusable and
 * selecting the resource it became (type, code, status, JSON); every
 * resource grouped by type; the oncology fields for the oncology profile;
 * and what extracted it, with counts of what was not recognised.
 *
 * @example
 * ```tsx
 * <MeridianProvider client={client}>
 *   <ExtractionView initialText="Denies chest pain. Mother had breast cancer. BP 148/92 mmHg." />
 * </MeridianProvider>
 * ```
 */
export function ExtractionView({
  text,
  initialText = '',
  profile = 'general',
  patient,
  headingLevel = 2,
  title = 'Note extraction',
  className,
}: ExtractionViewProps) {
  const { client } = useMeridian();
  const id = useId();
  const [draft, setDraft] = useState(initialText);
  const [submitted, setSubmitted] = useState(text === undefined ? initialText : text);
  const note = text ?? submitted;
  const [state, reload] = useAsync(
    (): Promise<ExtractionResult | null> =>
      note.trim()
        ? client.notes.extract({ text: note, profile, ...(patient ? { patient } : {}) })
        : Promise.resolve(null),
    [client, note, profile, patient],
  );
  const [selected, setSelected] = useState<{ forNote: string; index: number }>();
  const result = state.status === 'ready' ? state.value : null;
  const mentions = useMemo(() => (result ? mentionsOf(result) : []), [result]);
  const current = selected?.forNote === note ? selected.index : undefined;
  const select = (index: number) => setSelected({ forNote: note, index });
  const sub = subLevel(headingLevel) as HeadingLevel;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft === submitted) reload();
    setSubmitted(draft);
  };
  return (
    <section
      className={`meridian-widget mw-extraction ${className ?? ''}`.trim()}
      aria-labelledby={`${id}-title`}
      aria-busy={state.status === 'loading'}
    >
      <Heading level={headingLevel} id={`${id}-title`}>
        {title}
      </Heading>
      {text === undefined && (
        <form onSubmit={submit} className="mw-extraction__form">
          <label htmlFor={`${id}-note`}>Clinical note</label>
          <textarea
            id={`${id}-note`}
            rows={6}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            maxLength={500_000}
          />
          <button type="submit" className="mw-button" disabled={!draft.trim()}>
            Extract
          </button>
        </form>
      )}
      {note.trim() ? (
        <LoadStatus state={state} what="the extraction" onRetry={reload} />
      ) : (
        <p className="mw-muted">Write or paste a note, then Extract.</p>
      )}
      {result && (
        <>
          <ExtractionFacts result={result} />
          <Heading level={sub}>The note, with what was recognised</Heading>
          <HighlightedNote text={note} mentions={mentions} selected={current} onSelect={select} />
          <p className="mw-legend">Tags in a highlight: NO negated, ? uncertain, HX historical, FH family history.</p>
          <MentionDetail id={`${id}-detail`} mention={current === undefined ? undefined : mentions[current]} />
          <Heading level={sub}>Resources by type</Heading>
          <MentionGroups
            mentions={mentions}
            selected={current}
            onSelect={select}
            headingLevel={subLevel(sub) as HeadingLevel}
          />
        </>
      )}
    </section>
  );
}
