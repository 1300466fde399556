import { createAlertHub, type AlertHub } from './alerts/alert-hub.js';
import type { RemoteTerminology } from '@meridian/fhir-adapter';
import { createAuditor, type Auditor } from './audit/auditor.js';
import { createCdsHooks, type CdsHooks, type CdsHooksOptions } from './cds-hooks/cds-hooks-services.js';
import { createCaseAnalysisServices, type CaseAnalysisOptions, type CaseAnalysisServices } from './case-analysis/case-analysis-services.js';
import { createSenderCache, type SenderCache } from './hl7/senders/sender-cache.js';
import { createJobQueue, type JobQueue, type JobQueueOptions } from './jobs/job-queue.js';
import { llmMetricsFor } from './llm/llm-metrics.js';
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
  /** CDS Hooks: services, EHR key sets, hook events, budgets. */
  cdsHooks: CdsHooks;
  /** Case analysis: model gateway, default endpoint, encryption key, guideline retrieval. */
  caseAnalysis: CaseAnalysisServices;
  /** The job queue (pg-boss on the same database); started on first use. */
  jobs: JobQueue;
  /** Registered HL7 v2 senders, cached 30 s; the admin use case drops a revoked one at once. */
  hl7Senders: SenderCache;
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
  /** CDS Hooks options (budget, public base URL, demo mode, JWKS fetching). */
  cdsHooks?: CdsHooksOptions | undefined;
  /** Case analysis (default: no model, rules engine; random encryption key). */
  caseAnalysis?: CaseAnalysisOptions | undefined;
  /** Job queue retry settings (default: 2 retries, 2 s backoff base). */
  jobs?: Omit<JobQueueOptions, 'key' | 'logger'> | undefined;
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
  const logger = input.logger ?? createLogger('silent');
  const caseAnalysis = createCaseAnalysisServices(input.caseAnalysis, llmMetricsFor(metrics.registry));
  return {
    db: input.db,
    logger,
    metrics,
    riskCache: input.riskCache ?? createRiskCache(),
    http: { bodyLimit: input.bodyLimit ?? '10mb', publicUrl: input.publicUrl },
    terminology: input.terminology,
    cdsHooks: createCdsHooks(input.db, input.cdsHooks, (error) => logger.error({ err: String(error) }, 'hook event listener failed')),
    caseAnalysis,
    jobs: createJobQueue(input.db, { ...input.jobs, key: caseAnalysis.encryptionKey, logger }),
    alerts: createAlertHub(),
    hl7Senders: createSenderCache(input.db, { ttlMs: 30_000 }),
    audit: createAuditor(input.db, (r) => metrics.auditEventsWritten.inc({ action: r.action, outcome: r.outcome })),
  };
}
