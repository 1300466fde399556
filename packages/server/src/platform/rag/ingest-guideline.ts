import { randomUUID } from 'node:crypto';
import type { GuidelineIngestRequest, GuidelineIngestResponse } from '@meridian/sdk';
import { badRequest } from '../errors/outcome-error.js';
import type { Queryable } from '../store/db.js';
import { chunkDocument } from './chunk-document.js';
import type { Embedder } from './embedder.js';
import { extractPdfText } from './extract-pdf-text.js';
import type { VectorStore } from './vector-store.js';

/**
 * Ingests one guideline for a tenant in the caller's transaction: extracts
 * the text (PDF through unpdf), chunks it by heading with overlap, embeds the
 * chunks when an embedder is configured, and stores document and chunks.
 *
 * @example
 * ```ts
 * await db.transaction((tx) => ingestGuideline(tx, 'demo', { title: 'Sepsis', format: 'markdown', content: md }));
 * ```
 */
export async function ingestGuideline(
  tx: Queryable,
  tenantId: string,
  request: GuidelineIngestRequest,
  options: { embedder?: Embedder | undefined; vectorStore?: VectorStore | undefined; demo?: boolean } = {},
): Promise<GuidelineIngestResponse> {
  const text = request.format === 'pdf' ? await extractPdfText(request.content) : request.content;
  const chunks = chunkDocument(request.format === 'text' ? text.replace(/^#/gm, '\\#') : text, request.title);
  if (chunks.length === 0) throw badRequest('the document has no text to index', ['body.content']);
  const embeddings = options.embedder ? await options.embedder.embed(chunks.map((c) => `${c.heading}\n${c.text}`)) : [];
  const documentId = `gdoc-${randomUUID()}`;
  await tx.query(
    'INSERT INTO guideline_document (id, tenant_id, title, source_url, format, demo) VALUES ($1, $2, $3, $4, $5, $6)',
    [documentId, tenantId, request.title, request.sourceUrl ?? null, request.format, options.demo ?? false],
  );
  const ids = chunks.map(() => `gch-${randomUUID()}`);
  for (const [i, chunk] of chunks.entries()) {
    await tx.query(
      'INSERT INTO guideline_chunk (id, tenant_id, document_id, ordinal, heading, text, embedding) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [
        ids[i],
        tenantId,
        documentId,
        i,
        chunk.heading,
        chunk.text,
        options.vectorStore ? null : (embeddings[i] ?? null),
      ],
    );
  }
  if (options.vectorStore && embeddings.length) {
    await options.vectorStore.upsert(
      tenantId,
      chunks.map((c, i) => ({ id: ids[i]!, vector: embeddings[i]!, text: c.text, documentId })),
    );
  }
  return { documentId, chunks: chunks.length };
}
