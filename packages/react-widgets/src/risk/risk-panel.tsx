import { useId } from 'react';
import type { CalculatorId, RiskAssessRequest } from '@meridian/sdk';
import { useMeridian } from '../provider/meridian-provider.js';
import { Heading, subLevel, type HeadingLevel } from '../shared/heading.js';
import { LoadStatus } from '../shared/load-status.js';
import { useAsync } from '../shared/use-async.js';
import { RiskTrends } from './risk-trends.js';
import { ScoreCard } from './score-card.js';

/** Props of {@link RiskPanel}. */
export interface RiskPanelProps {
  /** The stored patient, `Patient/{id}`. */
  patient: string;
  /** The calculators to run (default: all that apply). */
  calculators?: CalculatorId[] | undefined;
  /** Clinician answers for inputs a record cannot hold, keyed by input name. */
  answers?: RiskAssessRequest['answers'];
  /** Instant to assess at (default: now). */
  referenceTime?: string | undefined;
  /** Show trend charts of the values behind the scores (default `true`). */
  trends?: boolean | undefined;
  /** Chart only values on or after this FHIR date or date-time. */
  trendsSince?: string | undefined;
  /** Level of the panel's heading (default 2); the scores' headings are one below. */
  headingLevel?: HeadingLevel | undefined;
  /** The panel's heading (default `Risk scores`). */
  title?: string | undefined;
  /** Called with `Observation/…` when a person opens the evidence behind a criterion. */
  onSelectResource?: ((reference: string) => void) | undefined;
  /** Show each score's points per criterion open (default `true`). */
  criteriaOpen?: boolean | undefined;
  className?: string | undefined;
}

/**
 * A patient's validated risk scores (`client.risk.assess`): each score with
 * its band, the missing inputs that keep it preliminary, points per
 * criterion with the observation behind each, and trend charts of the vital
 * signs and labs behind the scores with their thresholds drawn.
 *
 * @example
 * ```tsx
 * <MeridianProvider client={client}>
 *   <RiskPanel patient="Patient/demo-ada" calculators={['news2', 'qsofa', 'curb-65']} answers={{ consciousness: 'A' }} />
 * </MeridianProvider>
 * ```
 */
export function RiskPanel(props: RiskPanelProps) {
  const {
    patient,
    calculators,
    answers,
    referenceTime,
    trends = true,
    trendsSince,
    headingLevel = 2,
    title = 'Risk scores',
    onSelectResource,
    criteriaOpen,
    className,
  } = props;
  const { client, locale, timeZone } = useMeridian();
  const id = useId();
  const [state, reload] = useAsync(
    () => client.risk.assess({ patient, calculators, answers, referenceTime }),
    [client, patient, JSON.stringify(calculators), JSON.stringify(answers), referenceTime],
  );
  const inner = subLevel(headingLevel) as HeadingLevel;
  return (
    <section
      className={`meridian-widget mw-risk-panel ${className ?? ''}`.trim()}
      aria-labelledby={`${id}-title`}
      aria-busy={state.status === 'loading'}
    >
      <Heading level={headingLevel} id={`${id}-title`}>
        {title}
      </Heading>
      <LoadStatus state={state} what="risk scores" onRetry={reload} />
      {state.status === 'ready' && (
        <>
          <p className="mw-muted mw-engine">
            Computed by validated calculators ({state.value.engine}), never by a language model
            {state.value.cached ? '; answered from the cache' : ''}. Decision support only: it does not replace clinical
            judgement.
          </p>
          {state.value.issues.length > 0 && (
            <details className="mw-issues">
              <summary>{state.value.issues.length} record entries excluded or doubtful</summary>
              <ul>
                {state.value.issues.map((issue) => (
                  <li key={`${issue.code}-${issue.source}`}>
                    <code>{issue.source}</code>: {issue.message}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div className="mw-scores">
            {state.value.results.map((result) => (
              <ScoreCard
                key={result.calculatorId}
                result={result}
                headingLevel={inner}
                locale={locale}
                timeZone={timeZone}
                onSelectResource={onSelectResource}
                criteriaOpen={criteriaOpen}
              />
            ))}
          </div>
          {trends && (
            <RiskTrends
              patient={state.value.patient}
              results={state.value.results}
              headingLevel={inner}
              since={trendsSince}
            />
          )}
        </>
      )}
    </section>
  );
}
