import { formatQuantity, type SummaryTrend } from '@meridian/sdk';
import { useMeridian } from '../provider/meridian-provider.js';
import { formatDateTime } from '../shared/format.js';
import { TREND_DIRECTION_TEXT, trendText } from './describe-trend.js';
import { SourceList, type ResourceIndex } from './sentence-sources.js';

/**
 * Recent values of vital signs or laboratory measures, each stated once: per
 * measure an arrow and the direction in words, the latest value with its
 * unit and time, the earlier values behind the trend (those no longer
 * current marked), and the Observations it was read from. Internal to
 * {@link PatientSummary}.
 *
 * @example
 * ```tsx
 * <TrendList trends={summary.trends.filter((t) => t.kind === 'vital-sign')} label="Vital sign trends" resources={index} />
 * ```
 */
export function TrendList({
  trends,
  label,
  resources,
}: {
  trends: readonly SummaryTrend[];
  label: string;
  resources: ResourceIndex;
}) {
  const { locale, timeZone } = useMeridian();
  if (trends.length === 0) return null;
  const at = (v: SummaryTrend['values'][number]) => (
    <>
      <time dateTime={v.effective}>{formatDateTime(v.effective, locale, timeZone)}</time>
      {v.stale ? ' (not current)' : ''}
    </>
  );
  return (
    <ul className="mw-summary-trends" aria-label={label}>
      {trends.map((t) => {
        const latest = t.values.at(-1)!;
        const earlier = t.values.slice(0, -1);
        return (
          <li key={t.concept} className={`mw-summary-trend mw-summary-trend--${t.direction}`}>
            <span className="mw-summary-trend__arrow" aria-hidden="true">
              {TREND_DIRECTION_TEXT[t.direction].arrow}
            </span>{' '}
            {trendText(t, locale)}{' '}
            <span className="mw-muted">
              — {at(latest)}
              {earlier.length > 0 && '; earlier: '}
              {earlier.map((v, i) => (
                <span key={v.source + v.effective}>
                  {i > 0 ? ', ' : ''}
                  {formatQuantity(v.value, t.unit, locale, 1)} ({at(v)})
                </span>
              ))}
            </span>{' '}
            <SourceList references={[...new Set(t.values.map((v) => v.source))]} resources={resources} />
          </li>
        );
      })}
    </ul>
  );
}
