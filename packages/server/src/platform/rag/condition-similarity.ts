import type { RetrievedChunk } from '../../engines/analysis/retrieved-chunk.js';
import type { Embedder } from './embedder.js';

const cosine = (a: readonly number[], b: readonly number[]) => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return dot / (Math.sqrt(na * nb) || 1);
};

/**
 * Cosine similarities between conditions (each described by a text) and
 * retrieved chunks, from one call to the embeddings endpoint; answers a
 * lookup by condition and chunk id (`undefined` for anything not embedded).
 *
 * @example
 * ```ts
 * const similarity = await conditionSimilarity(embedder, new Map([['Sepsis', 'sepsis, septic, infection…']]), chunks);
 * similarity('Sepsis', chunks[0].chunkId); // 0.42
 * ```
 */
export async function conditionSimilarity(
  embedder: Embedder,
  conditions: ReadonlyMap<string, string>,
  chunks: readonly RetrievedChunk[],
): Promise<(condition: string, chunkId: string) => number | undefined> {
  const names = [...conditions.keys()];
  if (!names.length || !chunks.length) return () => undefined;
  const vectors = await embedder.embed([
    ...names.map((n) => conditions.get(n)!),
    ...chunks.map((c) => `${c.heading}\n${c.text}`),
  ]);
  const byCondition = new Map(names.map((n, i) => [n, vectors[i]!]));
  const byChunk = new Map(chunks.map((c, i) => [c.chunkId, vectors[names.length + i]!]));
  return (condition, chunkId) => {
    const a = byCondition.get(condition);
    const b = byChunk.get(chunkId);
    return a && b ? cosine(a, b) : undefined;
  };
}
