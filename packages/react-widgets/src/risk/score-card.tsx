import { useId } from 'react';
import { riskValueText, type RiskResult } from '@meridian/sdk';
import { formatDateTime, formatNumber } from '../shared/format.js';
import { Heading, type HeadingLevel } from '../shared/heading.js';
import {
  criterionEvidence,
  missingInputs,
  SCORE_STATUS_LABELS,
  scoreStatus,
  totalText,
  warningText,
  type Evidence,
} from './describe-result.js';

/** Props of {@link ScoreCard}. */
export interface ScoreCardProps {
  result: RiskResult;
  headingLevel: HeadingLevel;
  locale?: string | undefined;
  timeZone?: string | undefined;
  /** Called with `Observation/…` when a person opens the evidence behind a criterion. */
  onSelectResource?: ((reference: string) => void) | undefined;
  /** Show the points per criterion open (default `true`); closed, one click or Enter opens them. */
  criteriaOpen?: boolean | undefined;
}

function valueText(
  name: string,
  value: Evidence['value'],
  unit: string | undefined,
  locale: string | undefined,
): string {
  return value === null ? '—' : riskValueText(name, value, unit, locale);
}

function EvidenceItem({
  evidence,
  at,
  onSelectResource,
}: {
  evidence: Evidence;
  at: (iso: string) => string;
  onSelectResource?: ((reference: string) => void) | undefined;
}) {
  const { reference } = evidence;
  return (
    <li>
      {reference &&
        (onSelectResource ? (
          <button type="button" className="mw-link-button" onClick={() => onSelectResource(reference)}>
            {reference}
          </button>
        ) : (
          <code>{reference}</code>
        ))}
      {evidence.effective && <span> · {at(evidence.effective)}</span>}
      {evidence.note && (
        <span className="mw-muted">
          {reference ? ' · ' : ''}
          {evidence.note}
        </span>
      )}
    </li>
  );
}

/**
 * One calculator's result: total (or the range still possible), its band,
 * whether it is complete or preliminary and which missing inputs keep it so,
 * then points per criterion with the observation behind each, warnings and
 * the publications it follows.
 *
 * @example
 * ```tsx
 * <ScoreCard result={response.results[0]} headingLevel={3} />
 * ```
 */
export function ScoreCard({
  result,
  headingLevel,
  locale,
  timeZone,
  onSelectResource,
  criteriaOpen = true,
}: ScoreCardProps) {
  const id = useId();
  const status = scoreStatus(result);
  const missing = missingInputs(result);
  const at = (iso: string) => formatDateTime(iso, locale, timeZone);
  return (
    <article className={`mw-score mw-score--${status}`} aria-labelledby={`${id}-title`}>
      <div className="mw-score__header">
        <Heading level={headingLevel} id={`${id}-title`} className="mw-score__title">
          {result.title}
        </Heading>
        <span className={`mw-badge mw-badge--${status}`}>{SCORE_STATUS_LABELS[status]}</span>
      </div>
      {status === 'not-applicable' ? (
        <ul className="mw-plain-list">
          {result.notApplicableReasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : (
        <>
          <p className="mw-score__total">
            {result.total === null ? 'Possible score ' : 'Score '}
            <strong>{totalText(result)}</strong>
            {result.variant && <span className="mw-muted"> ({result.variant})</span>}
          </p>
          {result.interpretations.map((i) => (
            <p key={i.scheme} className="mw-score__band">
              {i.band ? (
                <>
                  <span className="mw-band" data-band-order={i.band.order}>
                    {i.band.label}
                  </span>
                  {i.band.reportedRisk && <span className="mw-muted"> · {i.band.reportedRisk}</span>}
                </>
              ) : (
                <span>
                  Band between <em>{i.bandRange.lowest.label}</em> and <em>{i.bandRange.highest.label}</em>
                </span>
              )}
            </p>
          ))}
          {result.probability?.value != null && (
            <p>
              {result.probability.outcome} over {result.probability.horizon}:{' '}
              <strong>{formatNumber(result.probability.value * 100, locale)}%</strong>
            </p>
          )}
        </>
      )}
      {missing.length > 0 && (
        <div className="mw-missing">
          <p>
            {status === 'preliminary'
              ? 'Preliminary until these are known (whatever they turn out to be, the band stays the same):'
              : 'Missing inputs (the band depends on them):'}
          </p>
          <ul>
            {missing.map((m) => (
              <li key={m.name}>
                <strong>{m.label}</strong> <span className="mw-muted">({m.reason})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.criteria.length > 0 && (
        <details className="mw-criteria" open={criteriaOpen}>
          <summary>Points per criterion ({result.criteria.length})</summary>
          <table className="mw-table">
            <caption className="mw-visually-hidden">Points per criterion</caption>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Value</th>
                <th scope="col">Points</th>
                <th scope="col">From</th>
              </tr>
            </thead>
            <tbody>
              {result.criteria.map((c) => (
                <tr key={c.name}>
                  <th scope="row">{c.label}</th>
                  <td title={c.unit ? `UCUM: ${c.unit}` : undefined}>{valueText(c.name, c.value, c.unit, locale)}</td>
                  <td>{c.points ?? `${c.possiblePoints.min}–${c.possiblePoints.max}?`}</td>
                  <td>
                    <ul className="mw-plain-list">
                      {criterionEvidence(result, c).map((e) => (
                        <EvidenceItem key={e.input} evidence={e} at={at} onSelectResource={onSelectResource} />
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {result.warnings.length > 0 && (
        <ul className="mw-warnings" aria-label="Warnings">
          {result.warnings.map((w) => (
            <li key={`${w.code}-${w.input ?? ''}-${w.source ?? ''}`}>{warningText(w)}</li>
          ))}
        </ul>
      )}
      {result.citations.length > 0 && (
        <details className="mw-citations">
          <summary>Sources</summary>
          <ul>
            {result.citations.map((c) => (
              <li key={c.title}>
                {c.authors}. {c.url ? <a href={c.url}>{c.title}</a> : c.title}. {c.source}, {c.year}.
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
