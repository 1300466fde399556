import { useId, useMemo } from 'react';
import {
  SUMMARY_SECTIONS,
  type PatientSummary as PatientSummaryData,
  type SummarySection,
  type SummarySentence,
  type SummaryTrend,
} from '@meridian/sdk';
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

/** Whether a sentence restates a trend: every resource it cites is one of that trend's values. */
function restatesTrend(sentence: SummarySentence, trends: readonly SummaryTrend[]): boolean {
  return trends.some((t) => sentence.sources.every((s) => t.values.some((v) => v.source === s)));
}

/**
 * A patient's summary (`client.summaries.get`), each fact stated once: the
 * overview (the narrative, with the engine that wrote it), then the
 * Composition's sections (problems, medications, allergies, recent vital
 * signs and laboratory results as trends, encounters, risk scores, open red
 * flags), each statement with its cited resources as disclosures. A trend is
 * shown once, as a trend, not again as the sentence the Composition carries
 * for it. Marked preliminary and machine-generated, as the Composition's
 * status says.
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
          {summary.narrative.length > 0 && (
            <section className="mw-summary-narrative" aria-labelledby={`${id}-narrative`}>
              <Heading level={sub} id={`${id}-narrative`}>
                Overview
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
          )}
          {present.map((section, i) => {
            const kind = section === 'vital-signs' ? 'vital-sign' : section === 'laboratory' ? 'laboratory' : undefined;
            const trends = kind ? summary.trends.filter((t) => t.kind === kind) : [];
            const sentences = summary.sentences.filter((s) => s.section === section && !restatesTrend(s, trends));
            return (
              <section
                key={section}
                className={`mw-summary-section mw-summary-section--${section}`}
                aria-labelledby={`${id}-${section}`}
              >
                <Heading level={sub} id={`${id}-${section}`}>
                  {index.composition?.section?.[i]?.title ?? SUMMARY_SECTION_LABELS[section]}
                </Heading>
                <TrendList
                  trends={trends}
                  label={`${SUMMARY_SECTION_LABELS[section]}: trends`}
                  resources={index.resources}
                />
                {sentences.length > 0 && (
                  <ul className="mw-summary-sentences">
                    {sentences.map((s) => (
                      <SummarySentenceView key={s.text} sentence={s} resources={index.resources} />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
