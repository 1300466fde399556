import type { AnalysisProvenance } from '@meridian/sdk';

/**
 * What answered, in words: the rules engine, saying why (no model
 * configured, or every configured model passed over), or the model.
 *
 * @example
 * ```ts
 * engineText(analysis.provenance); // 'Rules engine — no model configured'
 * ```
 */
export function engineText(provenance: AnalysisProvenance): string {
  if (provenance.engine === 'rules') return `Rules engine — ${provenance.fallbacks.length ? 'every configured model failed' : 'no model configured'}`;
  return `Model ${provenance.model ?? 'unnamed'}${provenance.adapter ? ` (adapter ${provenance.adapter})` : ''}${provenance.endpoint ? ` at ${provenance.endpoint}` : ''}`;
}

/**
 * Where the analysis came from: the engine, the prompt version, the
 * guideline chunks retrieved, the time it took, what the guardrails removed,
 * and the models passed over.
 *
 * @example
 * ```tsx
 * <ProvenanceNote provenance={analysis.provenance} />
 * ```
 */
export function ProvenanceNote({ provenance }: { provenance: AnalysisProvenance }) {
  const { removals } = provenance;
  const removed = removals.dosing + removals.uncited + removals.fabricatedCitations;
  return (
    <dl className="mw-provenance">
      <dt>Engine</dt>
      <dd className={`mw-provenance__engine mw-provenance__engine--${provenance.engine}`}>{engineText(provenance)}</dd>
      {provenance.note && (
        <>
          <dt>Why</dt>
          <dd>{provenance.note}</dd>
        </>
      )}
      <dt>Prompt version</dt>
      <dd>{provenance.promptVersion}</dd>
      <dt>Guideline chunks retrieved</dt>
      <dd>{provenance.retrievedChunks.length}</dd>
      <dt>Time</dt>
      <dd>
        {Math.round(provenance.latencyMs)} ms{provenance.cached ? ' (cached)' : ''}
      </dd>
      <dt>Removed by the guardrails</dt>
      <dd>
        {removed === 0
          ? 'nothing'
          : `${removals.dosing} dosing, ${removals.uncited} uncited, ${removals.fabricatedCitations} with a citation to nothing`}
      </dd>
      {provenance.fallbacks.length > 0 && (
        <>
          <dt>Passed over</dt>
          <dd>{provenance.fallbacks.map((f) => `${f.model} (${f.reason})`).join('; ')}</dd>
        </>
      )}
    </dl>
  );
}
