import { useId } from 'react';
import type { CaseAnalysis as CaseAnalysisData } from '@meridian/sdk';
import { useMeridian } from '../provider/meridian-provider.js';
import { Heading, subLevel, type HeadingLevel } from '../shared/heading.js';
import { AnalysisProgress } from './analysis-progress.js';
import { DifferentialList } from './differential-list.js';
import { engineText, ProvenanceNote } from './provenance-note.js';
import { EscalationAdvice, RedFlagList } from './red-flag-list.js';
import { useCaseAnalysis, type CaseAnalysisSource } from './use-case-analysis.js';

/** Props of {@link CaseAnalysis}: one of `analysis`, `jobId` or `patient`. */
export interface CaseAnalysisProps {
  /** Analyse this patient, `Patient/{id}` (a new job through `client.cases.submit`). */
  patient?: string | undefined;
  /** The clinician's question for a new analysis. */
  question?: string | undefined;
  /** Follow this existing job instead. */
  jobId?: string | undefined;
  /** Show this result as it is. */
  analysis?: CaseAnalysisData | undefined;
  /** Level of the widget's heading (default 2). */
  headingLevel?: HeadingLevel | undefined;
  /** The widget's heading (default `Case analysis`). */
  title?: string | undefined;
  className?: string | undefined;
}

/** Shown before any result and whatever happens: the analysis supports, never replaces, clinical judgement. */
export const STANDING_DISCLAIMER =
  'Decision support only: it does not diagnose or prescribe, and does not replace clinical judgement.';

function sourceOf(props: CaseAnalysisProps): [CaseAnalysisSource, string] {
  if (props.analysis)
    return [{ analysis: props.analysis }, `analysis|${props.analysis.patient}|${props.analysis.referenceTime}`];
  if (props.jobId) return [{ jobId: props.jobId }, `job|${props.jobId}`];
  if (props.patient)
    return [
      { request: { patient: props.patient, ...(props.question ? { question: props.question } : {}) } },
      `patient|${props.patient}|${props.question ?? ''}`,
    ];
  throw new Error('<CaseAnalysis> needs a patient, a jobId or an analysis');
}

/**
 * A case analysis: started for a `patient` (or followed by `jobId`, or
 * given as `analysis`), with a progress view while its job runs (server-sent
 * events), then the escalation advice, red flags by urgency, differentials
 * with likelihood bands and probability ranges, findings for and against,
 * and citations that open their source (the FHIR resource or the guideline
 * chunk). The disclaimers are always shown, and so is what answered: the
 * rules engine says so when no model is configured.
 *
 * @example
 * ```tsx
 * <MeridianProvider client={client}>
 *   <CaseAnalysis patient="Patient/demo-ada" question="Could this be sepsis?" />
 * </MeridianProvider>
 * ```
 */
export function CaseAnalysis(props: CaseAnalysisProps) {
  const { headingLevel = 2, title = 'Case analysis', className } = props;
  const { client } = useMeridian();
  const id = useId();
  const [source, key] = sourceOf(props);
  const [state, restart] = useCaseAnalysis(client, source, key);
  const sub = subLevel(headingLevel) as HeadingLevel;
  const analysis = state.status === 'ready' ? state.analysis : undefined;
  return (
    <section
      className={`meridian-widget mw-case ${className ?? ''}`.trim()}
      aria-labelledby={`${id}-title`}
      aria-busy={state.status === 'starting' || state.status === 'running'}
    >
      <Heading level={headingLevel} id={`${id}-title`}>
        {title}
      </Heading>
      <div className="mw-disclaimers" role="note" aria-label="Disclaimers">
        <p>{STANDING_DISCLAIMER}</p>
        {analysis?.disclaimers
          .filter((d) => d !== STANDING_DISCLAIMER)
          .map((d) => (
            <p key={d}>{d}</p>
          ))}
      </div>
      {state.status === 'idle' && (
        <p role="status" className="mw-status">
          Preparing the analysis…
        </p>
      )}
      {(state.status === 'starting' || state.status === 'running') && <AnalysisProgress state={state} />}
      {state.status === 'error' && (
        <div className="mw-error" role="alert">
          <p>Could not analyse the case: {state.message}</p>
          {'request' in source && (
            <button type="button" className="mw-button" onClick={restart}>
              Try again
            </button>
          )}
        </div>
      )}
      {analysis && (
        <>
          <p className="mw-provenance__headline">
            Answered by: <strong>{engineText(analysis.provenance)}</strong>
          </p>
          <p>{analysis.caseSummary}</p>
          <EscalationAdvice escalation={analysis.escalation} recordId={analysis.escalationRecordId} />
          <Heading level={sub}>Red flags</Heading>
          <RedFlagList redFlags={analysis.redFlags} />
          <Heading level={sub}>Differentials</Heading>
          <DifferentialList differentials={analysis.differentials} headingLevel={subLevel(sub) as HeadingLevel} />
          <details className="mw-provenance-details">
            <summary>How this was produced</summary>
            <ProvenanceNote provenance={analysis.provenance} />
          </details>
          {'request' in source && (
            <button type="button" className="mw-button mw-button--secondary" onClick={restart}>
              Analyse again
            </button>
          )}
        </>
      )}
    </section>
  );
}
