import { createHash } from 'node:crypto';
import { SpanStatusCode } from '@opentelemetry/api';
import { LRUCache } from 'lru-cache';
import type { z } from 'zod';
import { caseAnalysisDraftSchema, type CaseAnalysisDraft } from '../../engines/analysis/analysis-draft.js';
import { tracer } from '../telemetry/tracer.js';
import { classifyCallError, createChatClient, type CallFailure, type ChatClient } from './chat-client.js';
import { CircuitBreaker, type BreakerOptions } from './circuit-breaker.js';
import { endpointOrigin, type LlmEndpointConfig, type LlmModelRef } from './llm-config.js';
import type { LlmMetrics } from './llm-metrics.js';
import { CASE_DRAFT_JSON_SCHEMA, type ChatMessage } from './prompts/build-case-prompt.js';
import { generateStructured, InvalidModelOutputError } from './structured-output.js';

/** What a structured request asks for: the zod schema of the answer, its name, and the JSON schema sent as `response_format`. */
export interface StructuredSpec<S extends z.ZodType> {
  schema: S;
  schemaName: string;
  jsonSchema: Record<string, unknown>;
}

/** The outcome of {@link LlmGateway.generate}: like {@link CascadeOutcome}, with the validated value (`null` when every model failed). */
export type GenerateOutcome<T> = Omit<CascadeOutcome, 'draft'> & { value: T | null };

const CASE_SPEC: StructuredSpec<typeof caseAnalysisDraftSchema> = {
  schema: caseAnalysisDraftSchema,
  schemaName: 'case_analysis',
  jsonSchema: CASE_DRAFT_JSON_SCHEMA,
};

/** The outcome of a cascade: the draft and the model that wrote it, or `null` when every model failed. */
export interface CascadeOutcome {
  draft: CaseAnalysisDraft | null;
  model?: LlmModelRef | undefined;
  endpoint: string;
  fallbacks: Array<{ model: string; reason: CallFailure }>;
  cached: boolean;
  latencyMs: number;
}

/** Options of a gateway. */
export interface LlmGatewayOptions {
  metrics?: LlmMetrics | undefined;
  breaker?: BreakerOptions | undefined;
  /** Results cached by model and prompt hash (default 500 entries, 10 minutes). */
  cacheEntries?: number | undefined;
  cacheTtlMs?: number | undefined;
}

/** Options of one draft request. */
export interface DraftOptions {
  stream?: boolean | undefined;
  /** Characters received so far (streaming), for progress events. */
  onDelta?: ((chars: number) => void) | undefined;
}

/**
 * Meridian's model gateway: tries each model of an endpoint's cascade in
 * order through the OpenAI-compatible client, with structured output, one
 * repair, a circuit breaker per endpoint and a result cache keyed by model
 * and prompt hash. Every call is a span (`llm.chat`) and a metric, with
 * model ids, token counts, latency and outcome, never prompt or answer text.
 *
 * @example
 * ```ts
 * const gateway = createLlmGateway({ metrics: llmMetricsFor(registry) });
 * const outcome = await gateway.draftCaseAnalysis(endpoint, messages);
 * if (!outcome.draft) useRulesEngine();
 * ```
 */
export function createLlmGateway(options: LlmGatewayOptions = {}) {
  const breakers = new Map<string, CircuitBreaker>();
  const clients = new Map<string, ChatClient>();
  const cache = new LRUCache<string, object>({ max: options.cacheEntries ?? 500, ttl: options.cacheTtlMs ?? 600_000 });
  const metrics = options.metrics;

  const breakerFor = (endpoint: LlmEndpointConfig) => {
    let breaker = breakers.get(endpoint.baseUrl);
    if (!breaker) breakers.set(endpoint.baseUrl, (breaker = new CircuitBreaker(options.breaker)));
    return breaker;
  };
  const clientFor = (endpoint: LlmEndpointConfig) => {
    const key = JSON.stringify([
      endpoint.baseUrl,
      endpoint.apiKey ?? '',
      endpoint.timeoutMs ?? 0,
      endpoint.maxRetries ?? -1,
    ]);
    let client = clients.get(key);
    if (!client) clients.set(key, (client = createChatClient(endpoint)));
    return client;
  };

  async function tryModel<S extends z.ZodType>(
    endpoint: LlmEndpointConfig,
    ref: LlmModelRef,
    messages: ChatMessage[],
    spec: StructuredSpec<S>,
    draftOptions: DraftOptions,
  ): Promise<z.infer<S>> {
    const origin = endpointOrigin(endpoint.baseUrl);
    return generateStructured(
      clientFor(endpoint),
      {
        model: ref.model,
        messages,
        schema: spec.schema,
        schemaName: spec.schemaName,
        jsonSchema: spec.jsonSchema,
        stream: draftOptions.stream,
        onDelta: draftOptions.onDelta,
      },
      (attempt, call) =>
        tracer.startActiveSpan('llm.chat', async (span) => {
          span.setAttributes({
            'gen_ai.operation.name': 'chat',
            'gen_ai.request.model': ref.model,
            'server.address': origin,
            'meridian.llm.attempt': attempt,
            'meridian.llm.stream': Boolean(draftOptions.stream),
          });
          const started = performance.now();
          try {
            const result = await call();
            span.setAttributes({
              'gen_ai.usage.input_tokens': result.inputTokens,
              'gen_ai.usage.output_tokens': result.outputTokens,
              'meridian.llm.outcome': 'ok',
            });
            metrics?.tokens.inc({ model: ref.model, direction: 'input' }, result.inputTokens);
            metrics?.tokens.inc({ model: ref.model, direction: 'output' }, result.outputTokens);
            metrics?.calls.inc({ model: ref.model, outcome: 'ok' });
            return result;
          } catch (error) {
            const outcome = classifyCallError(error);
            span.setAttribute('meridian.llm.outcome', outcome);
            span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
            metrics?.calls.inc({ model: ref.model, outcome });
            throw error;
          } finally {
            metrics?.duration.observe({ model: ref.model }, (performance.now() - started) / 1000);
            span.end();
          }
        }),
    ).then((r) => r.value);
  }

  /** Runs the cascade of `endpoint` on `messages` for a value of `spec`; `value: null` when every model failed or was skipped. */
  async function generate<S extends z.ZodType>(
    endpoint: LlmEndpointConfig,
    messages: ChatMessage[],
    spec: StructuredSpec<S>,
    draftOptions: DraftOptions = {},
  ): Promise<GenerateOutcome<z.infer<S>>> {
    const started = performance.now();
    const origin = endpointOrigin(endpoint.baseUrl);
    const fallbacks: CascadeOutcome['fallbacks'] = [];
    const promptHash = createHash('sha256').update(JSON.stringify(messages)).digest('hex');
    for (const ref of endpoint.models) {
      const cacheKey = `${endpoint.baseUrl}|${ref.model}|${spec.schemaName}|${promptHash}`;
      const hit = cache.get(cacheKey) as z.infer<S> | undefined;
      if (hit)
        return {
          value: hit,
          model: ref,
          endpoint: origin,
          fallbacks,
          cached: true,
          latencyMs: performance.now() - started,
        };
      const breaker = breakerFor(endpoint);
      if (!breaker.tryAcquire()) {
        fallbacks.push({ model: ref.model, reason: 'circuit-open' });
        metrics?.fallbacks.inc({ model: ref.model, reason: 'circuit-open' });
        continue;
      }
      try {
        const value = await tryModel(endpoint, ref, messages, spec, draftOptions);
        breaker.success();
        cache.set(cacheKey, value as object);
        return {
          value,
          model: ref,
          endpoint: origin,
          fallbacks,
          cached: false,
          latencyMs: performance.now() - started,
        };
      } catch (error) {
        const reason: CallFailure =
          error instanceof InvalidModelOutputError ? 'invalid-output' : classifyCallError(error);
        if (reason === 'invalid-output' || reason === 'http-4xx') breaker.release();
        else breaker.failure();
        fallbacks.push({ model: ref.model, reason });
        metrics?.fallbacks.inc({ model: ref.model, reason });
      }
    }
    return { value: null, endpoint: origin, fallbacks, cached: false, latencyMs: performance.now() - started };
  }

  return {
    /** Runs the cascade for any structured answer (`spec`), with the same breakers, cache, spans and metrics. */
    generate,
    /** Runs the cascade of `endpoint` on `messages`; `draft: null` when every model failed or was skipped. */
    async draftCaseAnalysis(
      endpoint: LlmEndpointConfig,
      messages: ChatMessage[],
      draftOptions: DraftOptions = {},
    ): Promise<CascadeOutcome> {
      const { value, ...rest } = await generate(endpoint, messages, CASE_SPEC, draftOptions);
      return { ...rest, draft: value };
    },
    /** The breaker state of an endpoint (for tests and health). */
    breakerState: (baseUrl: string) => breakers.get(baseUrl)?.state ?? 'closed',
  };
}

/** A model gateway. */
export type LlmGateway = ReturnType<typeof createLlmGateway>;
