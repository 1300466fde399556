/** One model of a cascade: a model id, or a LoRA adapter served over a base model. */
export interface LlmModelRef {
  /** The id sent as `model` (for an adapter, the adapter's name as vLLM serves it). */
  model: string;
  /** The base model, when `model` is a LoRA adapter over it. */
  baseModel?: string | undefined;
}

/** An OpenAI-compatible endpoint and the ordered cascade of models to try on it. */
export interface LlmEndpointConfig {
  /** e.g. `http://vllm:8000/v1`. */
  baseUrl: string;
  apiKey?: string | undefined;
  /** Tried in order; after the last, the rules engine answers. */
  models: LlmModelRef[];
  /** Per-call timeout (default 20 000 ms). */
  timeoutMs?: number | undefined;
  /** Retries of one call on 408/429/5xx and connection errors, with backoff (default 1). */
  maxRetries?: number | undefined;
}

/**
 * Parses `LLM_MODELS`: comma-separated model ids in cascade order; `adapter:base`
 * names a LoRA adapter served over a base model.
 *
 * @example
 * ```ts
 * parseModelCascade('sepsis-lora:llama-3.1-8b, llama-3.1-8b');
 * // [{ model: 'sepsis-lora', baseModel: 'llama-3.1-8b' }, { model: 'llama-3.1-8b' }]
 * ```
 */
export function parseModelCascade(text: string): LlmModelRef[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const [model, baseModel] = entry.split(':').map((s) => s.trim());
      return baseModel ? { model: model!, baseModel } : { model: model! };
    });
}

/**
 * The endpoint of the environment (`LLM_BASE_URL`, `LLM_API_KEY`,
 * `LLM_MODELS`), or `null` when no base URL is set (the rules engine answers).
 *
 * @example
 * ```ts
 * const endpoint = llmConfigFromEnv({ LLM_BASE_URL: 'http://vllm:8000/v1', LLM_MODELS: 'llama-3.1-8b' });
 * ```
 */
export function llmConfigFromEnv(env: {
  LLM_BASE_URL?: string | undefined;
  LLM_API_KEY?: string | undefined;
  LLM_MODELS?: string | undefined;
  LLM_TIMEOUT_MS?: number | undefined;
}): LlmEndpointConfig | null {
  if (!env.LLM_BASE_URL) return null;
  const models = parseModelCascade(env.LLM_MODELS ?? '');
  if (models.length === 0) throw new Error('LLM_BASE_URL is set but LLM_MODELS names no model');
  return { baseUrl: env.LLM_BASE_URL, apiKey: env.LLM_API_KEY, models, timeoutMs: env.LLM_TIMEOUT_MS };
}

/**
 * The origin of an endpoint (scheme, host, port), as provenance and telemetry
 * show it: never a path with a token, never a key.
 *
 * @example
 * ```ts
 * endpointOrigin('http://user:pw@vllm:8000/v1'); // 'http://vllm:8000'
 * ```
 */
export function endpointOrigin(baseUrl: string): string {
  try {
    return new URL(baseUrl).origin;
  } catch {
    return 'invalid-url';
  }
}
