import { Counter, Histogram, type Registry } from 'prom-client';

/** Prometheus metrics of model calls. Labels are model ids and outcomes, never PHI. */
export interface LlmMetrics {
  calls: Counter<'model' | 'outcome'>;
  duration: Histogram<'model'>;
  tokens: Counter<'model' | 'direction'>;
  fallbacks: Counter<'model' | 'reason'>;
}

const cache = new WeakMap<Registry, LlmMetrics>();

/**
 * The model-call metrics, registered once per registry.
 *
 * @example
 * ```ts
 * const llmMetrics = llmMetricsFor(services.metrics.registry);
 * llmMetrics.calls.inc({ model: 'llama-3.1-8b', outcome: 'ok' });
 * ```
 */
export function llmMetricsFor(registry: Registry): LlmMetrics {
  const known = cache.get(registry);
  if (known) return known;
  const metrics: LlmMetrics = {
    calls: new Counter({
      name: 'meridian_llm_calls_total',
      help: 'Model calls, by model and outcome.',
      labelNames: ['model', 'outcome'] as const,
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'meridian_llm_call_duration_seconds',
      help: 'Model call latency, by model.',
      labelNames: ['model'] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    tokens: new Counter({
      name: 'meridian_llm_tokens_total',
      help: 'Tokens, by model and direction (input/output).',
      labelNames: ['model', 'direction'] as const,
      registers: [registry],
    }),
    fallbacks: new Counter({
      name: 'meridian_llm_fallbacks_total',
      help: 'Models passed over in a cascade, by model and reason.',
      labelNames: ['model', 'reason'] as const,
      registers: [registry],
    }),
  };
  cache.set(registry, metrics);
  return metrics;
}
