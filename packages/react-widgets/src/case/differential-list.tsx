import type { AnalysisCitation, Differential, LikelihoodBand } from '@meridian/sdk';
import { Heading, type HeadingLevel } from '../shared/heading.js';
import { CitationSource } from './citation-source.js';

/** The words of each likelihood band. */
export const LIKELIHOOD_LABELS = {
  low: 'Low likelihood',
  moderate: 'Moderate likelihood',
  high: 'High likelihood',
} as const satisfies Record<LikelihoodBand, string>;

const percent = (p: number) => `${Math.round(p * 100)}%`;

/** A probability range as people read it: `20–45%`. */
export function rangeText(range: { min: number; max: number }): string {
  return `${percent(range.min)}–${percent(range.max)}`;
}

/** The citations of a claim, each a disclosure that opens its source. */
export function Citations({ citations }: { citations: readonly AnalysisCitation[] }) {
  if (citations.length === 0) return null;
  return (
    // A div, not a p: an opened source holds block content (a blockquote, a list).
    <div className="mw-citations">
      Sources:{' '}
      {citations.map((c, i) => (
        <span key={i}>
          {i > 0 && ', '}
          <CitationSource citation={c} />
        </span>
      ))}
    </div>
  );
}

function Findings({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="mw-findings">
      <p className="mw-findings__title">{title}</p>
      <ul>
        {items.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The differentials, each with its likelihood band (in words and as a bar
 * over the probability range), findings for and against, and citations.
 *
 * @example
 * ```tsx
 * <DifferentialList differentials={analysis.differentials} headingLevel={4} />
 * ```
 */
export function DifferentialList({
  differentials,
  headingLevel,
}: {
  differentials: readonly Differential[];
  headingLevel: HeadingLevel;
}) {
  if (differentials.length === 0) return <p>No differentials: the data did not point to a condition.</p>;
  return (
    <ol className="mw-differentials">
      {differentials.map((d) => (
        <li key={d.condition} className={`mw-differential mw-differential--${d.likelihood.band}`}>
          <Heading level={headingLevel}>{d.condition}</Heading>
          <p className="mw-likelihood">
            <span className="mw-likelihood__band">{LIKELIHOOD_LABELS[d.likelihood.band]}</span> (probability{' '}
            {rangeText(d.likelihood.probabilityRange)})
            <span className="mw-likelihood__bar" aria-hidden="true">
              <span
                style={{
                  left: percent(d.likelihood.probabilityRange.min),
                  width: percent(d.likelihood.probabilityRange.max - d.likelihood.probabilityRange.min),
                }}
              />
            </span>
          </p>
          <Findings title="For" items={d.findingsFor} />
          <Findings title="Against" items={d.findingsAgainst} />
          <Citations citations={d.citations} />
        </li>
      ))}
    </ol>
  );
}
