import type { ReactNode } from 'react';

/** What every provenance Meridian returns says about its engine (case analyses, summaries). */
export interface EngineFacts {
  engine: 'llm' | 'rules';
  model?: string | null | undefined;
  adapter?: string | null | undefined;
  endpoint?: string | null | undefined;
  fallbacks: ReadonlyArray<{ model: string; reason: string }>;
  note?: string | null | undefined;
  promptVersion: string;
}

/**
 * What answered, in words: the rules engine, saying why (no model
 * configured, or every configured model passed over), or the model.
 *
 * @example
 * ```ts
 * engineText(analysis.provenance); // 'Rules engine — no model configured'
 * ```
 */
export function engineText(provenance: EngineFacts): string {
  if (provenance.engine === 'rules')
    return `Rules engine — ${provenance.fallbacks.length ? 'every configured model failed' : 'no model configured'}`;
  return `Model ${provenance.model ?? 'unnamed'}${provenance.adapter ? ` (adapter ${provenance.adapter})` : ''}${provenance.endpoint ? ` at ${provenance.endpoint}` : ''}`;
}

/**
 * The rows every provenance shows (engine, why, prompt version, models
 * passed over), with the caller's own rows (`children`: `<dt>`/`<dd>` pairs)
 * before the models passed over.
 *
 * @example
 * ```tsx
 * <ProvenanceList provenance={p}><dt>Time</dt><dd>12 ms</dd></ProvenanceList>
 * ```
 */
export function ProvenanceList({ provenance, children }: { provenance: EngineFacts; children?: ReactNode }) {
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
      {children}
      {provenance.fallbacks.length > 0 && (
        <>
          <dt>Passed over</dt>
          <dd>{provenance.fallbacks.map((f) => `${f.model} (${f.reason})`).join('; ')}</dd>
        </>
      )}
    </dl>
  );
}
