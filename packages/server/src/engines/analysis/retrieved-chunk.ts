/**
 * A guideline chunk retrieved for a request, as the case analysis uses it
 * (cited by `chunkId`).
 *
 * @example
 * ```ts
 * const chunk: RetrievedChunk = { chunkId: 'gch-1', title: 'Sepsis', heading: 'Signs', text: '…', sourceUrl: null, score: 0.03 };
 * ```
 */
export interface RetrievedChunk {
  chunkId: string;
  title: string;
  heading: string;
  text: string;
  sourceUrl: string | null;
  score: number;
}
