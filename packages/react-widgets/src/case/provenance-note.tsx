import type { AnalysisProvenance } from '@meridian/sdk';
import { engineText, ProvenanceList } from '../shared/provenance-list.js';

export { engineText };

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
    <ProvenanceList provenance={provenance}>
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
    </ProvenanceList>
  );
}
