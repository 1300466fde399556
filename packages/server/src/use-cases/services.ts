import { createAlertHub, type AlertHub } from './alerts/alert-hub.js';
import type { RemoteTerminology } from '@meridian/fhir-adapter';
import { createAuditor, type Auditor } from '../platform/audit/auditor.js';
import { createCdsHooks, type CdsHooks, type CdsHooksOptions } from './cds-hooks/cds-hooks-services.js';
import { createJobPrecomputedAnalyses } from './case-analysis/job-precomputed-analyses.js';
import {
  createCaseAnalysisServices,
  type CaseAnalysisOptions,
  type CaseAnalysisServices,
} from './case-analysis/case-analysis-services.js';
import { SYNC_PDF_BYTES } from './documents/document-kinds.js';
import type { TranscriptionConfig } from './documents/transcription-config.js';
import { createSenderCache, type SenderCache } from './hl7-ingest/senders/sender-cache.js';
import { createJobQueue, type JobQueue, type JobQueueOptions } from '../platform/jobs/job-queue.js';
import { llmMetricsFor } from '../platform/llm/llm-metrics.js';
import { createRiskCache, type RiskCache } from './risk-assessment/risk-cache.js';
import type { Db } from '../platform/store/db.js';
import { createLogger, type Logger } from '../platform/telemetry/logger.js';
import { createMetrics, registerCacheGauges, type Metrics } from '../platform/telemetry/metrics.js';

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
  /** Note extraction: notes longer than `queueThresholdChars` go through the job queue. */
  extraction: { queueThresholdChars: number };
  /** Document uploads: their body limit and the audio transcription endpoint. */
  documents: DocumentSettings;
  /** Registered HL7 v2 senders, cached 30 s; the admin use case drops a revoked one at once. */
  hl7Senders: SenderCache;
}

/** How `POST /documents` reads uploads. */
export interface DocumentSettings {
  /** Largest upload (bytes or `'20mb'`), `MERIDIAN_DOCUMENT_BODY_LIMIT`; separate from the JSON body limit. */
  bodyLimit: string | number;
  /** The Whisper endpoint (`TRANSCRIPTION_BASE_URL`); `null`: audio is refused (415). */
  transcription: TranscriptionConfig | null;
  /** PDFs above this many bytes are read in the job queue (default 1 MiB). */
  syncPdfBytes: number;
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
  /** Document uploads (default: 20 MB, no transcription endpoint). */
  documents?: Partial<DocumentSettings> | undefined;
  /** How old a precomputed case analysis may be and still be shown in a hook (default 24 h). */
  analysisFreshnessMs?: number | undefined;
  /** Job queue retry settings (default: 2 retries, 2 s backoff base). */
  jobs?: Omit<JobQueueOptions, 'key' | 'logger'> | undefined;
  /** Note extraction (default: notes over 20,000 characters are queued). */
  extraction?: { queueThresholdChars?: number | undefined } | undefined;
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
  const riskCache = input.riskCache ?? createRiskCache();
  registerCacheGauges(metrics.registry, 'risk_cache', () => ({
    bytes: riskCache.calculatedSize ?? 0,
    entries: riskCache.size,
  }));
  return {
    db: input.db,
    logger,
    metrics,
    riskCache,
    http: { bodyLimit: input.bodyLimit ?? '10mb', publicUrl: input.publicUrl },
    terminology: input.terminology,
    cdsHooks: createCdsHooks(
      input.db,
      {
        ...input.cdsHooks,
        analyses:
          input.cdsHooks?.analyses ??
          createJobPrecomputedAnalyses(input.db, caseAnalysis.encryptionKey, {
            publicUrl: input.publicUrl,
            freshnessMs: input.analysisFreshnessMs,
          }),
      },
      (error) => logger.error({ err: String(error) }, 'hook event listener failed'),
    ),
    caseAnalysis,
    jobs: createJobQueue(input.db, { ...input.jobs, key: caseAnalysis.encryptionKey, logger }),
    extraction: { queueThresholdChars: input.extraction?.queueThresholdChars ?? 20_000 },
    alerts: createAlertHub(),
    documents: {
      bodyLimit: input.documents?.bodyLimit ?? '20mb',
      transcription: input.documents?.transcription ?? null,
      syncPdfBytes: input.documents?.syncPdfBytes ?? SYNC_PDF_BYTES,
    },
    hl7Senders: createSenderCache(input.db, { ttlMs: 30_000 }),
    audit: createAuditor(input.db, (r) => metrics.auditEventsWritten.inc({ action: r.action, outcome: r.outcome })),
  };
}
