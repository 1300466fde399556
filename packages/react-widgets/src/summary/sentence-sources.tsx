import { useId, useState } from 'react';
import type { SummarySentence } from '@meridian/sdk';
import { CitationSource } from '../case/citation-source.js';
import { describeResource } from '../case/describe-resource.js';

/** A summary's cited resources by `Type/id`, as its document Bundle carries them. */
export type ResourceIndex = ReadonlyMap<string, Record<string, unknown>>;

/**
 * One cited reference as a disclosure button that shows the resource from the
 * summary's Bundle, or, for one the Bundle lacks, reads it (`client.fhir.read`).
 * Internal to {@link PatientSummary}.
 *
 * @example
 * ```tsx
 * <SourceButton reference="Observation/demo-ada-rr" resources={index} />
 * ```
 */
export function SourceButton({ reference, resources }: { reference: string; resources: ResourceIndex }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const resource = resources.get(reference);
  if (!resource) return <CitationSource citation={{ kind: 'patient-fact', reference }} />;
  return (
    <span className="mw-citation">
      <button
        type="button"
        className="mw-link-button"
        aria-expanded={open}
        aria-controls={`${id}-source`}
        onClick={() => setOpen(!open)}
      >
        {reference}
      </button>
      {open && (
        <div id={`${id}-source`} role="region" aria-label={`Source: ${reference}`} className="mw-citation__source">
          <ul className="mw-plain-list">
            {describeResource(resource).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <details>
            <summary>FHIR JSON</summary>
            <pre className="mw-citation__json">{JSON.stringify(resource, null, 2)}</pre>
          </details>
        </div>
      )}
    </span>
  );
}

/**
 * A summary sentence with the resources it cites, each a disclosure showing
 * the resource (resolved in the summary's document Bundle, no extra
 * request; read through the SDK when the Bundle lacks it). Internal to
 * {@link PatientSummary}.
 *
 * @example
 * ```tsx
 * <SummarySentenceView sentence={summary.sentences[0]} resources={index} />
 * ```
 */
export function SummarySentenceView({ sentence, resources }: { sentence: SummarySentence; resources: ResourceIndex }) {
  return (
    <li className="mw-summary-sentence">
      {sentence.text} <SourceList references={sentence.sources} resources={resources} />
    </li>
  );
}

/**
 * The sources of one statement, each a {@link SourceButton}, after a label
 * screen readers read. Internal to {@link PatientSummary}.
 *
 * @example
 * ```tsx
 * <SourceList references={['Observation/a', 'Observation/b']} resources={index} />
 * ```
 */
export function SourceList({ references, resources }: { references: readonly string[]; resources: ResourceIndex }) {
  return (
    <span className="mw-summary-sources">
      <span className="mw-visually-hidden">Sources: </span>
      {references.map((reference, i) => (
        <span key={reference}>
          {i > 0 && ' '}
          <SourceButton reference={reference} resources={resources} />
        </span>
      ))}
    </span>
  );
}
