import type { PatientContext } from '@meridian/fhir-adapter';
import type { CaseAnalyzeRequest, Differential } from '@meridian/sdk';
import type { CaseAnalysisDraft } from '../../engines/analysis/analysis-draft.js';
import type { RelevanceOptions } from '../../engines/analysis/cite-guidelines.js';
import { conditionTerms } from '../../engines/analysis/guideline-relevance.js';
import type { RetrievedChunk } from '../../engines/analysis/retrieved-chunk.js';
import { conditionSimilarity } from '../../platform/rag/condition-similarity.js';
import type { PostgresRetriever } from '../../platform/rag/postgres-retriever.js';
import type { Queryable } from '../../platform/store/db.js';

const MAX_CHUNKS = 12;

function caseQuery(request: CaseAnalyzeRequest, context: PatientContext, draft: CaseAnalysisDraft): string {
  const conditions = context.conditions.map((c) => c.text ?? c.codes[0]?.display ?? '').filter(Boolean);
  const signals = [
    ...draft.differentials.map((d) => d.condition),
    ...draft.redFlags.map((f) => f.finding.replace(/[\d.]+.*$/, '')),
  ];
  return [request.question ?? '', ...conditions, ...signals].join(' ').slice(0, 1000);
}

/**
 * The guideline chunks for one case: the best for the case as a whole (the
 * question, the recorded conditions, the rules' differentials and red
 * flags), and the best for each differential's condition, so that each can
 * be cited by a passage about it.
 *
 * @example
 * ```ts
 * const chunks = await retrieveCaseGuidelines(db, retriever, 'demo', request, context, rules);
 * ```
 */
export async function retrieveCaseGuidelines(
  q: Queryable,
  retriever: PostgresRetriever,
  tenantId: string,
  request: CaseAnalyzeRequest,
  context: PatientContext,
  rules: CaseAnalysisDraft,
): Promise<RetrievedChunk[]> {
  const byId = new Map<string, RetrievedChunk>();
  for (const c of await retriever.search(q, tenantId, caseQuery(request, context, rules), 5)) byId.set(c.chunkId, c);
  for (const d of rules.differentials) {
    for (const c of await retriever.search(q, tenantId, conditionTerms(d).text, 2))
      if (!byId.has(c.chunkId)) byId.set(c.chunkId, c);
  }
  return [...byId.values()].slice(0, MAX_CHUNKS);
}

/**
 * What the relevance check of a draft's citations may use: with an
 * embedder, the similarity of each differential's condition to each chunk
 * (one embeddings call); without, nothing (the lexical check stands alone).
 *
 * @example
 * ```ts
 * const relevance = await citationRelevance(retriever, draft, chunks);
 * ```
 */
export async function citationRelevance(
  retriever: PostgresRetriever,
  draft: CaseAnalysisDraft,
  chunks: readonly RetrievedChunk[],
): Promise<RelevanceOptions> {
  if (!retriever.embedder || !draft.differentials.length || !chunks.length) return {};
  const conditions = new Map(draft.differentials.map((d: Differential) => [d.condition, conditionTerms(d).text]));
  return { similarity: await conditionSimilarity(retriever.embedder, conditions, chunks) };
}
