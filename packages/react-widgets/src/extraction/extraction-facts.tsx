import type { ExtractionResult } from '@meridian/sdk';

/** The seven oncology fields in words, in the order they are shown. */
export const ONCOLOGY_FIELD_LABELS = {
  cancer_type: 'Cancer type',
  stage: 'Stage',
  gene_mutation: 'Gene mutation',
  biomarker: 'Biomarker',
  treatment: 'Treatment',
  response: 'Response',
  metastasis_site: 'Metastasis site',
} as const;

/**
 * What extracted the note, in words: the rules engine (saying why: no model
 * configured, or the models failed) or the model.
 *
 * @example
 * ```ts
 * extractionEngineText(result.provenance); // 'Rules engine — no model configured'
 * ```
 */
export function extractionEngineText(provenance: ExtractionResult['provenance']): string {
  if (provenance.engine === 'llm')
    return `Model ${provenance.model ?? 'unnamed'}${provenance.promptVersion ? ` (prompt ${provenance.promptVersion})` : ''}`;
  return `Rules engine — ${provenance.notes.some((n) => /fail|unavailable|error/i.test(n)) ? 'the configured model failed' : 'no model configured'}`;
}

/**
 * The provenance line, what was not recognised (counts), and the oncology
 * fields when the profile is oncology. Internal to {@link ExtractionView}.
 *
 * @example
 * ```tsx
 * <ExtractionFacts result={result} />
 * ```
 */
export function ExtractionFacts({ result }: { result: ExtractionResult }) {
  const { provenance, counts, oncology } = result;
  const skipped =
    counts.skipped.negatedFamilyHistory +
    counts.skipped.familyNonCondition +
    counts.skipped.allergenOutsideAllergyContext;
  return (
    <>
      <p className="mw-provenance__headline">
        Extracted by: <strong>{extractionEngineText(provenance)}</strong>
        <span className="mw-muted"> ({Math.round(provenance.latencyMs)} ms)</span>
      </p>
      {provenance.grounding && (
        <p className="mw-muted">
          Grounding: {provenance.grounding.grounded} of {provenance.grounding.proposed} proposed found in the note,{' '}
          {provenance.grounding.dropped} dropped.
        </p>
      )}
      <ul className="mw-extraction-counts" aria-label="What was and was not recognised">
        <li>
          {counts.coded} coded, {counts.textOnly} text only (no code found)
        </li>
        <li>
          {counts.sentencesWithoutFindings} of {counts.sentences} sentences with nothing recognised
        </li>
        <li>
          {skipped} mention{skipped === 1 ? '' : 's'} not turned into a resource ({counts.skipped.negatedFamilyHistory}{' '}
          negated family history, {counts.skipped.familyNonCondition} family non-condition,{' '}
          {counts.skipped.allergenOutsideAllergyContext} allergen outside an allergy context)
        </li>
      </ul>
      {oncology && (
        <dl className="mw-oncology" aria-label="Oncology fields">
          {(Object.keys(ONCOLOGY_FIELD_LABELS) as (keyof typeof ONCOLOGY_FIELD_LABELS)[]).map((k) => (
            <div key={k}>
              <dt>{ONCOLOGY_FIELD_LABELS[k]}</dt>
              <dd>{oncology[k] ?? <span className="mw-muted">not found</span>}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}
