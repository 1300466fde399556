import type { Differential } from '@meridian/sdk';
import type { CaseAnalysisDraft } from './analysis-draft.js';
import {
  conditionTerms,
  DEFAULT_RELEVANCE,
  lexicalRelevance,
  passesRelevance,
  type RelevanceThresholds,
} from './guideline-relevance.js';
import type { RetrievedChunk } from './retrieved-chunk.js';

/** What judging relevance may use besides the passages' words. */
export interface RelevanceOptions {
  /** Cosine similarity of a condition and a chunk, when embeddings are configured (else `undefined`). */
  similarity?: ((condition: string, chunkId: string) => number | undefined) | undefined;
  thresholds?: RelevanceThresholds | undefined;
}

/** The chunks that support a differential, best first. */
function supporting(d: Differential, chunks: readonly RetrievedChunk[], options: RelevanceOptions) {
  const terms = conditionTerms(d);
  return chunks
    .map((chunk, rank) => ({ chunk, rank, lexical: lexicalRelevance(terms, chunk) }))
    .filter((c) =>
      passesRelevance(
        c.lexical,
        options.similarity?.(d.condition, c.chunk.chunkId),
        options.thresholds ?? DEFAULT_RELEVANCE,
      ),
    )
    .sort((a, b) => b.lexical.score - a.lexical.score || a.rank - b.rank)
    .map((c) => c.chunk);
}

/**
 * Adds to each rules-engine differential a citation of the retrieved
 * guideline passage that best supports its condition: one that names the
 * condition and uses its clinical vocabulary (and, with embeddings, lies
 * close to it), the most specific first. A differential with no such passage
 * cites its patient facts only: nothing rather than something unrelated. Pure.
 *
 * @example
 * ```ts
 * citeGuidelines(draft, chunks).differentials[0].citations; // [..., { kind: 'guideline', chunkId: 'gch-…' }]
 * ```
 */
export function citeGuidelines(
  draft: CaseAnalysisDraft,
  chunks: readonly RetrievedChunk[],
  options: RelevanceOptions = {},
): CaseAnalysisDraft {
  const differentials = draft.differentials.map((d) => {
    const [best] = supporting(d, chunks, options);
    return best ? { ...d, citations: [...d.citations, { kind: 'guideline' as const, chunkId: best.chunkId }] } : d;
  });
  return { ...draft, differentials };
}

/**
 * Removes from each differential (a model's) the guideline citations whose
 * passage does not pass the relevance threshold for its condition, and
 * counts them. Citations of chunks not retrieved are left for the citation
 * check to reject. Pure.
 *
 * @example
 * ```ts
 * const { draft, removed } = dropIrrelevantGuidelineCitations(modelDraft, chunks);
 * ```
 */
export function dropIrrelevantGuidelineCitations(
  draft: CaseAnalysisDraft,
  chunks: readonly RetrievedChunk[],
  options: RelevanceOptions = {},
): { draft: CaseAnalysisDraft; removed: number } {
  let removed = 0;
  const retrieved = new Set(chunks.map((c) => c.chunkId));
  const differentials = draft.differentials.map((d) => {
    if (!d.citations.some((c) => c.kind === 'guideline' && retrieved.has(c.chunkId))) return d;
    const relevant = new Set(supporting(d, chunks, options).map((c) => c.chunkId));
    const citations = d.citations.filter(
      (c) => c.kind !== 'guideline' || !retrieved.has(c.chunkId) || relevant.has(c.chunkId),
    );
    removed += d.citations.length - citations.length;
    return { ...d, citations };
  });
  return { draft: { ...draft, differentials }, removed };
}
