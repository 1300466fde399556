import { ChromaClient, type Collection } from 'chromadb';
import type { VectorItem, VectorStore } from './vector-store.js';

/**
 * Chunk embeddings in an existing Chroma server, through the `chromadb`
 * client: one collection per tenant (`meridian-{tenant}`, cosine space),
 * embeddings supplied by Meridian's embedder (no embedding function in
 * Chroma). The chunks themselves stay in the database.
 *
 * @example
 * ```ts
 * const store = createChromaVectorStore({ url: 'http://chroma:8000' });
 * await store.upsert('demo', [{ id: 'gch-1', vector, text, documentId }]);
 * ```
 */
export function createChromaVectorStore(options: { url: string }): VectorStore {
  const url = new URL(options.url);
  const client = new ChromaClient({
    host: url.hostname,
    port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
    ssl: url.protocol === 'https:',
  });
  const collections = new Map<string, Promise<Collection>>();
  const collection = (tenantId: string) => {
    let c = collections.get(tenantId);
    if (!c) {
      c = client.getOrCreateCollection({
        name: `meridian-${tenantId}`,
        embeddingFunction: null,
        metadata: { 'hnsw:space': 'cosine' },
      });
      collections.set(tenantId, c);
      c.catch(() => collections.delete(tenantId));
    }
    return c;
  };
  return {
    async upsert(tenantId: string, items: VectorItem[]) {
      if (items.length === 0) return;
      const c = await collection(tenantId);
      await c.upsert({
        ids: items.map((i) => i.id),
        embeddings: items.map((i) => i.vector),
        documents: items.map((i) => i.text),
        metadatas: items.map((i) => ({ documentId: i.documentId })),
      });
    },
    async query(tenantId: string, vector: number[], limit: number) {
      const c = await collection(tenantId);
      const result = await c.query({ queryEmbeddings: [vector], nResults: limit, include: ['distances'] });
      const ids = result.ids[0] ?? [];
      const distances = result.distances?.[0] ?? [];
      return ids.map((id, i) => ({ id, similarity: 1 - Number(distances[i] ?? 1) }));
    },
  };
}
