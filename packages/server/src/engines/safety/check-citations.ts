import type { AnalysisCitation } from '@meridian/sdk';
import type { CaseAnalysisDraft } from '../analysis/analysis-draft.js';

/** What a claim may cite: the patient facts and guideline chunks of this request. */
export interface CitableSources {
  /** `Observation/…`, `Condition/…`, … read for this request. */
  patientFacts: ReadonlySet<string>;
  /** Ids of the guideline chunks retrieved for this request. */
  chunkIds: ReadonlySet<string>;
}

/** Claims dropped by {@link checkCitations}. */
export interface CitationRemovals {
  uncited: number;
  fabricatedCitations: number;
}

const exists = (c: AnalysisCitation, sources: CitableSources) =>
  c.kind === 'patient-fact' ? sources.patientFacts.has(c.reference) : sources.chunkIds.has(c.chunkId);

/**
 * Keeps only the differentials and red flags whose every citation exists in
 * the request's patient data or retrieved chunks: a claim with no citation
 * is dropped as uncited, one citing anything else as fabricated.
 *
 * @example
 * ```ts
 * const { draft, removals } = checkCitations(modelDraft, { patientFacts: new Set(['Observation/rr']), chunkIds: new Set() });
 * ```
 */
export function checkCitations(
  draft: CaseAnalysisDraft,
  sources: CitableSources,
): { draft: CaseAnalysisDraft; removals: CitationRemovals } {
  const removals: CitationRemovals = { uncited: 0, fabricatedCitations: 0 };
  const keep = <T extends { citations: AnalysisCitation[] }>(claim: T): boolean => {
    if (claim.citations.length === 0) return (removals.uncited++, false);
    if (!claim.citations.every((c) => exists(c, sources))) return (removals.fabricatedCitations++, false);
    return true;
  };
  return {
    draft: { ...draft, differentials: draft.differentials.filter(keep), redFlags: draft.redFlags.filter(keep) },
    removals,
  };
}
