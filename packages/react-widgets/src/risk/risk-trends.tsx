import type { RiskResult } from '@meridian/sdk';
import { useMeridian } from '../provider/meridian-provider.js';
import { Heading, type HeadingLevel } from '../shared/heading.js';
import { LoadStatus } from '../shared/load-status.js';
import { useAsync } from '../shared/use-async.js';
import { loadTrends } from './trend/load-trends.js';
import { TrendChart } from './trend/trend-chart.js';

/** Props of {@link RiskTrends}. */
export interface RiskTrendsProps {
  patient: string;
  results: readonly RiskResult[];
  headingLevel: HeadingLevel;
  since?: string | undefined;
}

/**
 * Trend charts of the vital signs and labs the given results used, fetched
 * through the SDK, with the published thresholds drawn. Part of
 * {@link RiskPanel}; usable on its own with results already at hand.
 *
 * @example
 * ```tsx
 * <RiskTrends patient="Patient/123" results={response.results} headingLevel={3} />
 * ```
 */
export function RiskTrends({ patient, results, headingLevel, since }: RiskTrendsProps) {
  const { client, locale, timeZone } = useMeridian();
  const key = results
    .map(
      (r) =>
        `${r.calculatorId}:${r.inputs.map((i) => (i.provenance?.kind === 'record' ? i.provenance.source : '')).join(',')}`,
    )
    .join(';');
  const [state, reload] = useAsync(
    () => loadTrends(client, patient, results, { since }),
    [client, patient, key, since],
  );
  return (
    <section className="mw-trends" aria-label="Trends">
      <Heading level={headingLevel}>Trends of the values behind the scores</Heading>
      <LoadStatus state={state} what="trends" onRetry={reload} />
      {state.status === 'ready' &&
        (state.value.length === 0 ? (
          <p>No recorded vital signs or laboratory values behind these scores.</p>
        ) : (
          <>
            <p className="mw-legend" aria-hidden="true">
              NEWS2 points: <span className="mw-swatch mw-zone--p0" /> 0 <span className="mw-swatch mw-zone--p1" /> 1{' '}
              <span className="mw-swatch mw-zone--p2" /> 2 <span className="mw-swatch mw-zone--p3" /> 3 · dashed: other
              scores&apos; cut-offs
            </p>
            <div className="mw-trends__grid">
              {state.value.map((series) => (
                <TrendChart key={series.input} series={series} locale={locale} timeZone={timeZone} />
              ))}
            </div>
          </>
        ))}
    </section>
  );
}
