import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The Prometheus metrics of one app instance. Labels never carry PHI. */
export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route'>;
  auditEventsWritten: Counter<'action' | 'outcome'>;
  /** CDS Hooks cards returned, by service, card type and indicator. */
  cdsCards: Counter<'service' | 'card_type' | 'indicator'>;
  /** CDS Hooks steps cut by the time budget, by service and step. */
  cdsBudgetCuts: Counter<'service' | 'step'>;
  /** CDS Hooks feedback entries, by card type and outcome. */
  cdsFeedback: Counter<'card_type' | 'outcome'>;
  hl7Messages: Counter<'outcome'>;
  hl7AckSeconds: Histogram<string>;
  mllpEvents: Counter<'event'>;
}

/**
 * Creates a fresh registry with Meridian's metrics and Node's default ones.
 *
 * @example
 * ```ts
 * const metrics = createMetrics();
 * await metrics.registry.metrics(); // Prometheus text
 * ```
 */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'meridian_' });
  return {
    registry,
    httpRequests: new Counter({
      name: 'meridian_http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status.',
      labelNames: ['method', 'route', 'status'] as const,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'meridian_http_request_duration_seconds',
      help: 'HTTP request duration, by method and route pattern.',
      labelNames: ['method', 'route'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    auditEventsWritten: new Counter({
      name: 'meridian_audit_events_written_total',
      help: 'AuditEvents appended to the hash chain, by action and outcome.',
      labelNames: ['action', 'outcome'] as const,
      registers: [registry],
    }),
    cdsCards: new Counter({
      name: 'meridian_cds_cards_total',
      help: 'CDS Hooks cards returned, by service, card type and indicator.',
      labelNames: ['service', 'card_type', 'indicator'] as const,
      registers: [registry],
    }),
    cdsBudgetCuts: new Counter({
      name: 'meridian_cds_budget_cuts_total',
      help: 'CDS Hooks steps cut by the time budget (or failed), by service and step.',
      labelNames: ['service', 'step'] as const,
      registers: [registry],
    }),
    cdsFeedback: new Counter({
      name: 'meridian_cds_feedback_total',
      help: 'CDS Hooks feedback entries, by card type and outcome.',
      labelNames: ['card_type', 'outcome'] as const,
      registers: [registry],
    }),
    hl7Messages: new Counter({
      name: 'meridian_hl7_messages_total',
      help: 'HL7 v2 messages received over MLLP, by outcome (processed, failed, rejected, duplicate, ignored).',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    hl7AckSeconds: new Histogram({
      name: 'meridian_hl7_ack_seconds',
      help: 'Time from a complete MLLP frame to its acknowledgement (storage included).',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    mllpEvents: new Counter({
      name: 'meridian_mllp_events_total',
      help: 'MLLP connection events (connection, close, junk, oversized, timeout, refused-connection, errors).',
      labelNames: ['event'] as const,
      registers: [registry],
    }),
  };
}

/**
 * Shows a cache's memory as two gauges, `meridian_<name>_bytes` and
 * `meridian_<name>_entries`, read at each scrape (registered once per
 * registry; a second call for the same name changes nothing).
 *
 * @example
 * ```ts
 * registerCacheGauges(metrics.registry, 'risk_cache', () => ({ bytes: cache.calculatedSize, entries: cache.size }));
 * ```
 */
export function registerCacheGauges(
  registry: Registry,
  name: string,
  read: () => { bytes: number; entries: number },
): void {
  if (registry.getSingleMetric(`meridian_${name}_bytes`)) return;
  new Gauge({
    name: `meridian_${name}_bytes`,
    help: `Bytes held by the ${name.replace(/_/g, ' ')} (its entries' serialised size).`,
    registers: [registry],
    collect() {
      this.set(read().bytes);
    },
  });
  new Gauge({
    name: `meridian_${name}_entries`,
    help: `Entries held by the ${name.replace(/_/g, ' ')}.`,
    registers: [registry],
    collect() {
      this.set(read().entries);
    },
  });
}
