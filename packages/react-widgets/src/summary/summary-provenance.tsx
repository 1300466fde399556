import type { SummaryProvenance } from '@meridian/sdk';
import { engineText, ProvenanceList } from '../shared/provenance-list.js';

/**
 * What wrote a summary's narrative, in words: the rules engine (saying why)
 * or the model.
 *
 * @example
 * ```ts
 * summaryEngineText(summary.provenance); // 'Rules engine — no model configured'
 * ```
 */
export function summaryEngineText(provenance: SummaryProvenance): string {
  return engineText(provenance);
}

/**
 * A summary's provenance: engine, why, prompt version, time, what the checks
 * removed and the models passed over.
 *
 * @example
 * ```tsx
 * <SummaryProvenanceNote provenance={summary.provenance} />
 * ```
 */
export function SummaryProvenanceNote({ provenance }: { provenance: SummaryProvenance }) {
  const { removals } = provenance;
  const removed = removals.dosing + removals.uncited + removals.ungrounded;
  return (
    <ProvenanceList provenance={provenance}>
      <dt>Time</dt>
      <dd>{Math.round(provenance.latencyMs)} ms</dd>
      <dt>Removed by the checks</dt>
      <dd>
        {removed === 0
          ? 'nothing'
          : `${removals.dosing} dosing, ${removals.uncited} uncited, ${removals.ungrounded} citing what is not in the record`}
      </dd>
    </ProvenanceList>
  );
}
