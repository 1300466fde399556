import { createAlertHub, type AlertHub } from './alerts/alert-hub.js';
import type { RemoteTerminology } from '@meridian/fhir-adapter';
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
  /** A FHIR terminology server asked about codes the loaded value sets do not hold (`TERMINOLOGY_URL`). */
  terminology?: RemoteTerminology | undefined;
}

/** How the HTTP layer reads requests. */
export interface HttpSettings {
  /** Largest accepted request body (bytes or a string like `'10mb'`). */
  bodyLimit: string | number;
  /**
   * Base of the absolute links the server writes (`MERIDIAN_PUBLIC_URL`, e.g.
   * `https://meridian.example.org`); unset, a valid `Host` header is used.
   */
  publicUrl?: string | undefined;
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
  /** See {@link HttpSettings.publicUrl}. */
  publicUrl?: string | undefined;
  /** See {@link Services.terminology}. */
  terminology?: RemoteTerminology | undefined;
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
    http: { bodyLimit: input.bodyLimit ?? '10mb', publicUrl: input.publicUrl },
    terminology: input.terminology,
    alerts: createAlertHub(),
    audit: createAuditor(input.db, (r) => metrics.auditEventsWritten.inc({ action: r.action, outcome: r.outcome })),
  };
}
