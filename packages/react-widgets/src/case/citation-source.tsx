import { useId, useState } from 'react';
import type { AnalysisCitation, GuidelineChunk } from '@meridian/sdk';
import { useMeridian } from '../provider/meridian-provider.js';
import { LoadStatus } from '../shared/load-status.js';
import { useAsync } from '../shared/use-async.js';
import { describeResource } from './describe-resource.js';

/**
 * The words a citation's button shows: the FHIR reference, or "Guideline
 * passage" (the chunk's id, an internal key, is the button's title).
 *
 * @example
 * ```ts
 * citationLabel({ kind: 'guideline', chunkId: 'gch-1' }); // 'Guideline passage'
 * ```
 */
export function citationLabel(citation: AnalysisCitation): string {
  return citation.kind === 'patient-fact' ? citation.reference : 'Guideline passage';
}

const citationKey = (citation: AnalysisCitation) =>
  citation.kind === 'patient-fact' ? citation.reference : citation.chunkId;

type Source = { kind: 'resource'; lines: string[]; json: string } | { kind: 'guideline'; chunk: GuidelineChunk };

function SourceBody({ citation }: { citation: AnalysisCitation }) {
  const { client } = useMeridian();
  const [state, reload] = useAsync(async (): Promise<Source> => {
    if (citation.kind === 'guideline')
      return { kind: 'guideline', chunk: await client.guidelines.chunk(citation.chunkId) };
    const [type, id] = citation.reference.split('/') as [string, string];
    const resource = await client.fhir.read(type, id);
    return { kind: 'resource', lines: describeResource(resource), json: JSON.stringify(resource, null, 2) };
  }, [client, citationKey(citation)]);
  if (state.status !== 'ready') return <LoadStatus state={state} what="the source" onRetry={reload} />;
  const source = state.value;
  if (source.kind === 'guideline') {
    const { chunk } = source;
    return (
      <blockquote className="mw-citation__chunk">
        <p>
          <strong>{chunk.title}</strong> › {chunk.heading}
          {chunk.demo ? ' (demo guideline)' : ''}
        </p>
        <p>{chunk.text}</p>
        {chunk.sourceUrl && /^https?:\/\//.test(chunk.sourceUrl) && (
          <p>
            <a href={chunk.sourceUrl} target="_blank" rel="noopener noreferrer">
              Source document<span className="mw-visually-hidden"> (opens in a new tab)</span>
            </a>
          </p>
        )}
      </blockquote>
    );
  }
  return (
    <div>
      <ul className="mw-plain-list">
        {source.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <details>
        <summary>FHIR JSON</summary>
        <pre className="mw-citation__json">{source.json}</pre>
      </details>
    </div>
  );
}

/**
 * A citation as a disclosure button: opening it fetches and shows its source,
 * the patient's FHIR resource (`client.fhir.read`) or the guideline chunk
 * (`client.guidelines.chunk`). Each open is an audited read on the server.
 *
 * @example
 * ```tsx
 * <CitationSource citation={{ kind: 'patient-fact', reference: 'Observation/demo-ada-rr' }} />
 * ```
 */
export function CitationSource({ citation }: { citation: AnalysisCitation }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <span className="mw-citation">
      <button
        type="button"
        className="mw-link-button"
        aria-expanded={open}
        aria-controls={`${id}-source`}
        title={citation.kind === 'guideline' ? citation.chunkId : undefined}
        onClick={() => setOpen(!open)}
      >
        {citationLabel(citation)}
      </button>
      {open && (
        <div
          id={`${id}-source`}
          role="region"
          aria-label={`Source: ${citationLabel(citation)}`}
          className="mw-citation__source"
        >
          <SourceBody citation={citation} />
        </div>
      )}
    </span>
  );
}
