import OpenAI from 'openai';

/** Turns texts into vectors through an OpenAI-compatible `/v1/embeddings`. */
export interface Embedder {
  embed(texts: string[]): Promise<number[][]>;
}

/**
 * An embedder over an OpenAI-compatible endpoint (vLLM, Ollama, TEI…), in
 * batches of 64.
 *
 * @example
 * ```ts
 * const embedder = createEmbedder({ baseUrl: 'http://tei:8080/v1', model: 'bge-small-en' });
 * const [v] = await embedder.embed(['sepsis in adults']);
 * ```
 */
export function createEmbedder(options: {
  baseUrl: string;
  model: string;
  apiKey?: string | undefined;
  timeoutMs?: number;
}): Embedder {
  const client = new OpenAI({
    baseURL: options.baseUrl,
    apiKey: options.apiKey ?? 'not-needed',
    timeout: options.timeoutMs ?? 20_000,
    maxRetries: 1,
  });
  return {
    async embed(texts) {
      const out: number[][] = [];
      for (let i = 0; i < texts.length; i += 64) {
        const batch = texts.slice(i, i + 64);
        const response = await client.embeddings.create({
          model: options.model,
          input: batch,
          encoding_format: 'float',
        });
        out.push(...response.data.sort((a, b) => a.index - b.index).map((d) => d.embedding));
      }
      return out;
    },
  };
}
