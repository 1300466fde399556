import { useId, useMemo } from 'react';
import { SUMMARY_SECTIONS, type PatientSummary as PatientSummaryData, type SummarySection } from '@meridian/sdk';
import { useMeridian } from '../provider/meridian-provider.js';
import { formatDateTime } from '../shared/format.js';
import { Heading, subLevel, type HeadingLevel } from '../shared/heading.js';
import { LoadStatus } from '../shared/load-status.js';
import { useAsync } from '../shared/use-async.js';
import { SummarySentenceView, type ResourceIndex } from './sentence-sources.js';
import { summaryEngineText, SummaryProvenanceNote } from './summary-provenance.js';
import { TrendList } from './trend-list.js';

/** Props of {@link PatientSummary}. */
export interface PatientSummaryProps {
  /** The patient to summarise, `Patient/{id}`. */
  patient: string;
  /** Recent values per trend (2–20, default 5). */
  trendPoints?: number | undefined;
  /** Level of the widget's heading (default 2). */
  headingLevel?: HeadingLevel | undefined;
  /** The widget's heading (default `Patient summary`). */
  title?: string | undefined;
  className?: string | undefined;
}

/** Section titles used when the Composition gives none. */
export const SUMMARY_SECTION_LABELS: Readonly<Record<SummarySection, string>> = {
  problems: 'Problems',
  medications: 'Medications',
  allergies: 'Allergies',
  'vital-signs': 'Recent vital signs',
  laboratory: 'Recent laboratory results',
  encounters: 'Encounters',
  'risk-scores': 'Risk scores',
  'red-flags': 'Open red flags',
};

type Composition = { status?: string; section?: Array<{ title?: string }> };

function indexOf(summary: PatientSummaryData): { resources: ResourceIndex; composition: Composition | undefined } {
  const resources = new Map<string, Record<string, unknown>>();
  for (const entry of summary.document.entry ?? []) {
    const r = entry.resource as Record<string, unknown> | undefined;
    if (r?.id) resources.set(`${String(r.resourceType)}/${String(r.id)}`, r);
  }
  const composition = summary.document.entry?.[0]?.resource as Composition | undefined;
  return { resources, composition };
}

/**
 * A patient's summary (`client.summaries.get`): the Composition's sections
 * (problems, medications, allergies, recent vital signs and laboratory
 * results with their trends, encounters, risk scores, open red flags), each
 * sentence with its cited resources as disclosures, then the narrative with
 * the engine that wrote it. Marked preliminary and machine-generated, as
 * the Composition's status says.
 *
 * @example
 * ```tsx
 * <MeridianProvider client={client}>
 *   <PatientSummary patient="Patient/demo-ada" />
 * </MeridianProvider>
 * ```
 */
export function PatientSummary({
  patient,
  trendPoints,
  headingLevel = 2,
  title = 'Patient summary',
  className,
}: PatientSummaryProps) {
  const { client, locale, timeZone } = useMeridian();
  const id = useId();
  const [state, reload] = useAsync(
    () => client.summaries.get(patient, trendPoints ? { trendPoints } : {}),
    [client, patient, trendPoints],
  );
  const summary = state.status === 'ready' ? state.value : undefined;
  const index = useMemo(() => (summary ? indexOf(summary) : undefined), [summary]);
  const sub = subLevel(headingLevel) as HeadingLevel;
  const present = summary ? SUMMARY_SECTIONS.filter((s) => summary.sentences.some((x) => x.section === s)) : [];
  return (
    <section
      className={`meridian-widget mw-summary ${className ?? ''}`.trim()}
      aria-labelledby={`${id}-title`}
      aria-busy={state.status === 'loading'}
    >
      <Heading level={headingLevel} id={`${id}-title`}>
        {title}
      </Heading>
      <LoadStatus state={state} what="the summary" onRetry={reload} />
      {summary && index && (
        <>
          <p className="mw-summary__status" role="note">
            <strong>Status: {index.composition?.status ?? 'preliminary'} — machine-generated</strong>, not reviewed by a
            clinician. As of{' '}
            <time dateTime={summary.referenceTime}>{formatDateTime(summary.referenceTime, locale, timeZone)}</time>.
          </p>
          {present.length === 0 && <p>Nothing in this patient’s record to summarise.</p>}
          {present.map((section, i) => (
            <section
              key={section}
              className={`mw-summary-section mw-summary-section--${section}`}
              aria-labelledby={`${id}-${section}`}
            >
              <Heading level={sub} id={`${id}-${section}`}>
                {index.composition?.section?.[i]?.title ?? SUMMARY_SECTION_LABELS[section]}
              </Heading>
              {(section === 'vital-signs' || section === 'laboratory') && (
                <TrendList
                  trends={summary.trends.filter(
                    (t) => t.kind === (section === 'vital-signs' ? 'vital-sign' : 'laboratory'),
                  )}
                  label={`${SUMMARY_SECTION_LABELS[section]}: trends`}
                />
              )}
              <ul className="mw-summary-sentences">
                {summary.sentences
                  .filter((s) => s.section === section)
                  .map((s) => (
                    <SummarySentenceView key={s.text} sentence={s} resources={index.resources} />
                  ))}
              </ul>
            </section>
          ))}
          <section className="mw-summary-narrative" aria-labelledby={`${id}-narrative`}>
            <Heading level={sub} id={`${id}-narrative`}>
              Narrative
            </Heading>
            <p className="mw-provenance__headline">
              Written by: <strong>{summaryEngineText(summary.provenance)}</strong>
            </p>
            <ul className="mw-summary-sentences">
              {summary.narrative.map((s) => (
                <SummarySentenceView key={s.text} sentence={s} resources={index.resources} />
              ))}
            </ul>
            <details className="mw-provenance-details">
              <summary>How this was produced</summary>
              <SummaryProvenanceNote provenance={summary.provenance} />
            </details>
          </section>
        </>
      )}
    </section>
  );
}
