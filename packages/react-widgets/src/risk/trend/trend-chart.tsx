import { useId } from 'react';
import { displayUnit } from '@meridian/sdk';
import { formatDateTime, formatNumber } from '../../shared/format.js';
import type { TrendSeries } from './load-trends.js';
import { news2ZoneOf } from './reference-zones.js';
import { linearScale, niceTicks, paddedDomain } from './scale.js';

const WIDTH = 480;
const HEIGHT = 180;
const MARGIN = { top: 10, right: 14, bottom: 26, left: 44 } as const;
const HALF_HOUR_MS = 30 * 60_000;

/** Props of {@link TrendChart}. */
export interface TrendChartProps {
  series: TrendSeries;
  locale?: string | undefined;
  timeZone?: string | undefined;
}

/**
 * One input's values over time as an SVG line chart, with the NEWS2 scoring
 * zones shaded behind it and other scores' cut-offs drawn as dashed lines.
 * For screen readers the chart is one image with a summary, and the values
 * are also given as a table (in a `<details>` element, reachable by keyboard).
 *
 * @example
 * ```tsx
 * <TrendChart series={series} locale="en-GB" />
 * ```
 */
export function TrendChart({ series, locale, timeZone }: TrendChartProps) {
  const id = useId();
  const unit = displayUnit(series.unit);
  const values = series.points.map((p) => p.value);
  const lines = (series.zones?.lines ?? []).filter((l) => series.calculators.includes(l.calculatorId));
  const zones = series.calculators.includes('news2') ? (series.zones?.news2 ?? []) : [];
  const [lo, hi] = paddedDomain(
    values,
    lines.map((l) => l.value),
  );
  const times = series.points.map((p) => Date.parse(p.time));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const [x0, x1] = t0 === t1 ? [t0 - HALF_HOUR_MS, t1 + HALF_HOUR_MS] : [t0, t1];
  const x = linearScale([x0, x1], [MARGIN.left, WIDTH - MARGIN.right]);
  const y = linearScale([lo, hi], [HEIGHT - MARGIN.bottom, MARGIN.top]);
  const latest = series.points[series.points.length - 1]!;
  const latestZone = zones.length > 0 ? news2ZoneOf(series.zones, latest.value) : undefined;
  const at = (iso: string) => formatDateTime(iso, locale, timeZone);
  const summary =
    `${series.label}: ${series.points.length} value${series.points.length === 1 ? '' : 's'} from ${at(series.points[0]!.time)} to ${at(latest.time)}; ` +
    `latest ${formatNumber(latest.value, locale)} ${unit}` +
    (latestZone ? `, ${latestZone.points} NEWS2 point${latestZone.points === 1 ? '' : 's'}` : '') +
    (lines.length ? `. Cut-offs drawn: ${lines.map((l) => l.label).join('; ')}` : '');

  return (
    <figure className="mw-trend" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="mw-trend__caption">
        <span className="mw-trend__label">{series.label}</span>{' '}
        <span className="mw-trend__latest">
          latest {formatNumber(latest.value, locale)} {unit}
          {latestZone ? ` · NEWS2 ${latestZone.points}` : ''}
        </span>
      </figcaption>
      <svg
        className="mw-trend__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
        preserveAspectRatio="xMidYMid meet"
      >
        {zones.map((z) => {
          const top = y(Math.min(z.to ?? hi, hi));
          const bottom = y(Math.max(z.from ?? lo, lo));
          if (bottom - top <= 0) return null;
          return (
            <rect
              key={z.label}
              className={`mw-zone mw-zone--p${z.points}`}
              x={MARGIN.left}
              width={WIDTH - MARGIN.left - MARGIN.right}
              y={top}
              height={bottom - top}
            >
              <title>{`NEWS2 ${z.points} point${z.points === 1 ? '' : 's'}: ${z.label} ${unit}`}</title>
            </rect>
          );
        })}
        {niceTicks(lo, hi, 4).map((t) => (
          <g key={t} className="mw-axis">
            <line x1={MARGIN.left - 4} x2={MARGIN.left} y1={y(t)} y2={y(t)} />
            <text x={MARGIN.left - 6} y={y(t)} textAnchor="end" dominantBaseline="middle">
              {formatNumber(t, locale)}
            </text>
          </g>
        ))}
        {lines.map((l) => (
          <g key={l.label} className="mw-threshold">
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(l.value)} y2={y(l.value)} />
            <text x={WIDTH - MARGIN.right - 2} y={y(l.value) - 3} textAnchor="end">
              {l.label}
            </text>
          </g>
        ))}
        <g className="mw-axis">
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={HEIGHT - MARGIN.bottom} y2={HEIGHT - MARGIN.bottom} />
          <text x={MARGIN.left} y={HEIGHT - 8} textAnchor="start">
            {at(new Date(x0).toISOString())}
          </text>
          <text x={WIDTH - MARGIN.right} y={HEIGHT - 8} textAnchor="end">
            {at(new Date(x1).toISOString())}
          </text>
        </g>
        <polyline
          className="mw-trend__line"
          points={series.points.map((p) => `${x(Date.parse(p.time))},${y(p.value)}`).join(' ')}
        />
        {series.points.map((p) => (
          <circle
            key={`${p.observation}-${p.time}`}
            className="mw-trend__point"
            cx={x(Date.parse(p.time))}
            cy={y(p.value)}
            r={4}
          >
            <title>{`${formatNumber(p.value, locale)} ${unit} at ${at(p.time)}`}</title>
          </circle>
        ))}
      </svg>
      <details className="mw-trend__table">
        <summary>{series.label}: values as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Value ({unit || 'no unit'})</th>
              {zones.length > 0 && <th scope="col">NEWS2 points</th>}
              <th scope="col">Observation</th>
            </tr>
          </thead>
          <tbody>
            {series.points.map((p) => (
              <tr key={`${p.observation}-${p.time}`}>
                <td>{at(p.time)}</td>
                <td>{formatNumber(p.value, locale)}</td>
                {zones.length > 0 && <td>{news2ZoneOf(series.zones, p.value)?.points ?? '—'}</td>}
                <td>
                  <code>{p.observation}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
