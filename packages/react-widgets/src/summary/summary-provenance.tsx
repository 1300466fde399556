import type { SummaryProvenance } from '@meridian/sdk';

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
  if (provenance.engine === 'rules') return `Rules engine — ${provenance.fallbacks.length ? 'every configured model failed' : 'no model configured'}`;
  return `Model ${provenance.model ?? 'unnamed'}${provenance.endpoint ? ` at ${provenance.endpoint}` : ''}`;
}

/**
 * A summary's provenance: engine, why, prompt version, chunks, time, what
 * the checks removed and the models passed over.
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
    <dl className="mw-provenance">
      <dt>Engine</dt>
      <dd className={`mw-provenance__engine mw-provenance__engine--${provenance.engine}`}>{summaryEngineText(provenance)}</dd>
      {provenance.note && (
        <>
          <dt>Why</dt>
          <dd>{provenance.note}</dd>
        </>
      )}
      <dt>Prompt version</dt>
      <dd>{provenance.promptVersion}</dd>
      <dt>Time</dt>
      <dd>{Math.round(provenance.latencyMs)} ms</dd>
      <dt>Removed by the checks</dt>
      <dd>{removed === 0 ? 'nothing' : `${removals.dosing} dosing, ${removals.uncited} uncited, ${removals.ungrounded} citing what is not in the record`}</dd>
      {provenance.fallbacks.length > 0 && (
        <>
          <dt>Passed over</dt>
          <dd>{provenance.fallbacks.map((f) => `${f.model} (${f.reason})`).join('; ')}</dd>
        </>
      )}
    </dl>
  );
}
