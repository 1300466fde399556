import type { RetrievedChunk } from './retrieved-chunk.js';
import type { CaseAnalysisDraft } from './analysis-draft.js';

/**
 * Adds to each rules-engine differential a citation of the best retrieved
 * guideline chunk about its condition (the condition's name in the chunk's
 * title or heading), so a clinician can read the guidance beside the values.
 * Pure; a differential with no such chunk keeps its patient facts only.
 *
 * @example
 * ```ts
 * citeGuidelines(draft, chunks).differentials[0].citations; // [..., { kind: 'guideline', chunkId: 'gch-…' }]
 * ```
 */
export function citeGuidelines(draft: CaseAnalysisDraft, chunks: readonly RetrievedChunk[]): CaseAnalysisDraft {
  const differentials = draft.differentials.map((d) => {
    const name = d.condition.toLowerCase();
    const chunk = chunks.find((c) => `${c.title} ${c.heading}`.toLowerCase().includes(name));
    return chunk ? { ...d, citations: [...d.citations, { kind: 'guideline' as const, chunkId: chunk.chunkId }] } : d;
  });
  return { ...draft, differentials };
}
