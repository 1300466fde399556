/** One chunk's vector, as an external store keeps it. */
export interface VectorItem {
  id: string;
  vector: number[];
  text: string;
  documentId: string;
}

/**
 * An external vector store (Chroma) holding chunk embeddings per tenant; the
 * chunks themselves stay in the database.
 */
export interface VectorStore {
  upsert(tenantId: string, items: VectorItem[]): Promise<void>;
  query(tenantId: string, vector: number[], limit: number): Promise<Array<{ id: string; similarity: number }>>;
}
