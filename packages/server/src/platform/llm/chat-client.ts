import OpenAI from 'openai';
import type { ChatMessage } from './prompts/build-case-prompt.js';

/** One chat completion request with a JSON-schema response format. */
export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  schemaName: string;
  jsonSchema: Record<string, unknown>;
  /** Stream tokens (reported through `onDelta` as counts, never text to callers). */
  stream?: boolean | undefined;
  onDelta?: ((chars: number) => void) | undefined;
  signal?: AbortSignal | undefined;
}

/** What came back: the raw text and the token usage the endpoint reported. */
export interface ChatResult {
  text: string;
  inputTokens: number;
  outputTokens: number;
}

/**
 * An OpenAI-compatible chat endpoint (vLLM, Ollama, llama.cpp server, TGI)
 * through the `openai` package, with a per-call timeout and bounded retries
 * (408/429/5xx and connection errors, with backoff).
 *
 * @example
 * ```ts
 * const chat = createChatClient({ baseUrl: 'http://vllm:8000/v1', timeoutMs: 20_000, maxRetries: 1 });
 * const { text } = await chat.complete({ model: 'llama-3.1-8b', messages, schemaName: 'case_analysis', jsonSchema });
 * ```
 */
export function createChatClient(options: {
  baseUrl: string;
  apiKey?: string | undefined;
  timeoutMs?: number | undefined;
  maxRetries?: number | undefined;
}) {
  const client = new OpenAI({
    baseURL: options.baseUrl,
    apiKey: options.apiKey ?? 'not-needed',
    timeout: options.timeoutMs ?? 20_000,
    maxRetries: options.maxRetries ?? 1,
  });
  return {
    async complete(request: ChatRequest): Promise<ChatResult> {
      const body = {
        model: request.model,
        messages: request.messages,
        temperature: 0,
        response_format: {
          type: 'json_schema' as const,
          json_schema: { name: request.schemaName, schema: request.jsonSchema },
        },
      };
      if (!request.stream) {
        const completion = await client.chat.completions.create(body, { signal: request.signal });
        return {
          text: completion.choices[0]?.message?.content ?? '',
          inputTokens: completion.usage?.prompt_tokens ?? 0,
          outputTokens: completion.usage?.completion_tokens ?? 0,
        };
      }
      const stream = await client.chat.completions.create(
        { ...body, stream: true, stream_options: { include_usage: true } },
        { signal: request.signal },
      );
      let text = '';
      let inputTokens = 0;
      let outputTokens = 0;
      for await (const chunk of stream) {
        const delta = chunk.choices[0]?.delta?.content ?? '';
        if (delta) {
          text += delta;
          request.onDelta?.(delta.length);
        }
        if (chunk.usage) {
          inputTokens = chunk.usage.prompt_tokens;
          outputTokens = chunk.usage.completion_tokens;
        }
      }
      return { text, inputTokens, outputTokens };
    },
  };
}

/** A chat client. */
export type ChatClient = ReturnType<typeof createChatClient>;

/** Why a call failed, in words safe for provenance and metrics (no PHI, no bodies). */
export type CallFailure =
  'timeout' | 'connection' | 'http-5xx' | 'http-4xx' | 'rate-limited' | 'invalid-output' | 'circuit-open';

/**
 * Classifies an error thrown by the `openai` client.
 *
 * @example
 * ```ts
 * classifyCallError(new OpenAI.APIConnectionTimeoutError()); // 'timeout'
 * ```
 */
export function classifyCallError(error: unknown): CallFailure {
  if (error instanceof OpenAI.APIConnectionTimeoutError) return 'timeout';
  if (error instanceof OpenAI.APIConnectionError) return 'connection';
  if (error instanceof OpenAI.RateLimitError) return 'rate-limited';
  if (error instanceof OpenAI.APIError) return (error.status ?? 500) >= 500 ? 'http-5xx' : 'http-4xx';
  if (error instanceof Error && error.name === 'AbortError') return 'timeout';
  return 'connection';
}
