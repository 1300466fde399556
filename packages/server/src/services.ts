import { createAlertHub, type AlertHub } from './alerts/alert-hub.js';
import { createAuditor, type Auditor } from './audit/auditor.js';
import { createRiskCache, type RiskCache } from './risk-assessment/risk-cache.js';
import type { Db } from './store/db.js';
import { createLogger, type Logger } from './telemetry/logger.js';
import { createMetrics, type Metrics } from './telemetry/metrics.js';

/**
 * Everything a router, a listener or a worker needs, built once per process
 * and passed down whole, so a new capability adds a field here instead of a
 * parameter to every factory.
 */
export interface Services {
  db: Db;
  audit: Auditor;
  riskCache: RiskCache;
  logger: Logger;
  metrics: Metrics;
  http: HttpSettings;
  /** New-alert notifications for open alert streams. */
  alerts: AlertHub;
}

/** How the HTTP layer reads requests. */
export interface HttpSettings {
  /** Largest accepted request body (bytes or a string like `'10mb'`). */
  bodyLimit: string | number;
}

/** What {@link createServices} is built from: a database, and optionally the rest. */
export interface ServicesInput {
  db: Db;
  logger?: Logger | undefined;
  metrics?: Metrics | undefined;
  /** Risk assessment cache (default: 300 s TTL). */
  riskCache?: RiskCache | undefined;
  /** Largest accepted request body (default `'10mb'`). */
  bodyLimit?: string | number | undefined;
}

/**
 * Builds the services of one process.
 *
 * @example
 * ```ts
 * const services = createServices({ db: await openDb({}) });
 * const app = createApp({ services });
 * ```
 */
export function createServices(input: ServicesInput): Services {
  const metrics = input.metrics ?? createMetrics();
  return {
    db: input.db,
    logger: input.logger ?? createLogger('silent'),
    metrics,
    riskCache: input.riskCache ?? createRiskCache(),
    http: { bodyLimit: input.bodyLimit ?? '10mb' },
    alerts: createAlertHub(),
    audit: createAuditor(input.db, (r) => metrics.auditEventsWritten.inc({ action: r.action, outcome: r.outcome })),
  };
}
