import type { SummaryTrend } from '@meridian/sdk';
import { useMeridian } from '../provider/meridian-provider.js';
import { displayUnit, formatDateTime, formatNumber } from '../shared/format.js';
import { TREND_DIRECTION_TEXT, trendText } from './describe-trend.js';

/**
 * Recent values of vital signs or laboratory measures: per measure an arrow
 * and the direction in words, the latest value with its unit, and the values
 * behind it (stale ones marked). Internal to {@link PatientSummary}.
 *
 * @example
 * ```tsx
 * <TrendList trends={summary.trends.filter((t) => t.kind === 'vital-sign')} label="Vital sign trends" />
 * ```
 */
export function TrendList({ trends, label }: { trends: readonly SummaryTrend[]; label: string }) {
  const { locale, timeZone } = useMeridian();
  if (trends.length === 0) return null;
  return (
    <ul className="mw-summary-trends" aria-label={label}>
      {trends.map((t) => (
        <li key={t.concept} className={`mw-summary-trend mw-summary-trend--${t.direction}`}>
          <span className="mw-summary-trend__arrow" aria-hidden="true">
            {TREND_DIRECTION_TEXT[t.direction].arrow}
          </span>{' '}
          {trendText(t, locale)}
          <span className="mw-muted">
            {' '}
            —{' '}
            {t.values.map((v, i) => (
              <span key={v.source + v.effective}>
                {i > 0 ? ', ' : ''}
                {formatNumber(v.value, locale)} {displayUnit(t.unit)}{' '}
                <time dateTime={v.effective}>({formatDateTime(v.effective, locale, timeZone)})</time>
                {v.stale ? ' (stale)' : ''}
              </span>
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}
