/**
 * A tenant's guideline library, without HTTP: ingesting a guideline,
 * searching it, and reading one chunk (what a case analysis cites). Ingests
 * and chunk reads are audited.
 *
 * @module
 */
import type {
  GuidelineChunk,
  GuidelineIngestRequest,
  GuidelineIngestResponse,
  GuidelineSearchResponse,
} from '@meridian/sdk';
import { notFound } from '../../platform/errors/outcome-error.js';
import { chunkRows } from '../../platform/rag/chunk-rows.js';
import { ingestGuideline } from '../../platform/rag/ingest-guideline.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import type { Services } from '../services.js';

/** Identifier system of guideline chunks, in AuditEvent.entity. */
export const GUIDELINE_CHUNK_IDENTIFIER_SYSTEM = 'https://meridian.dev/fhir/sid/guideline-chunk' as const;

/** Identifier system of guideline documents, in AuditEvent.entity. */
export const GUIDELINE_DOCUMENT_IDENTIFIER_SYSTEM = 'https://meridian.dev/fhir/sid/guideline-document' as const;

/**
 * Ingests a Markdown, text or PDF guideline into the tenant's library (chunked, indexed, embedded when an
 * embedder is configured), audited as `guideline-ingest` naming the document.
 *
 * @example
 * ```ts
 * const { documentId, chunks } = await ingestGuidelineAudited(services, actor, { title: 'Sepsis', format: 'markdown', content });
 * ```
 */
export async function ingestGuidelineAudited(
  services: Services,
  actor: Actor,
  request: GuidelineIngestRequest,
): Promise<GuidelineIngestResponse> {
  const { embedder, vectorStore } = services.caseAnalysis.retriever;
  return services.audit.record(
    actor,
    (tx) => ingestGuideline(tx, actor.tenantId, request, { embedder, vectorStore }),
    (r) => ({
      action: 'C',
      interaction: 'operation',
      operation: 'guideline-ingest',
      ...(r ? { objects: [{ system: GUIDELINE_DOCUMENT_IDENTIFIER_SYSTEM, value: r.documentId }] } : {}),
    }),
  );
}

/**
 * The tenant's chunks ranked for a query (default 5), with the retrieval method used.
 *
 * @example
 * ```ts
 * const { results, method } = await searchGuidelines(services, actor, 'low blood pressure with infection');
 * ```
 */
export async function searchGuidelines(
  services: Services,
  actor: Actor,
  query: string,
  limit = 5,
): Promise<GuidelineSearchResponse> {
  const { retriever } = services.caseAnalysis;
  const results = await retriever.searchHits(services.db, actor.tenantId, query, limit);
  return { results, method: retriever.method };
}

/**
 * One chunk of the tenant's library (404 otherwise), audited as `guideline-chunk-read`.
 *
 * @example
 * ```ts
 * const chunk = await readGuidelineChunk(services, actor, 'gch-0f3a9c');
 * ```
 */
export async function readGuidelineChunk(services: Services, actor: Actor, id: string): Promise<GuidelineChunk> {
  return services.audit.record(
    actor,
    async (tx) => {
      const [hit] = await chunkRows(tx, actor.tenantId, [{ id, score: 0 }]);
      if (!hit) throw notFound(`guideline chunk ${id} is not known`);
      const { score: _score, ...stored } = hit;
      return stored;
    },
    () => ({
      action: 'R',
      interaction: 'operation',
      operation: 'guideline-chunk-read',
      objects: [{ system: GUIDELINE_CHUNK_IDENTIFIER_SYSTEM, value: id }],
    }),
  );
}
