import type { RemoteTerminology } from '@meridian/fhir-adapter';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Db } from '../store/db.js';
import { createLogger, type Logger } from '../telemetry/logger.js';
import { createMetrics, type Metrics } from '../telemetry/metrics.js';
import { errorHandler, routeNotFound } from './error-handler.js';
import { auditRefusals } from './middleware/audit-refusals.js';
import { authenticate } from './middleware/authenticate.js';
import { observe } from './middleware/observe.js';
import { requestId } from './middleware/request-id.js';
import { JSON_MEDIA_TYPES, requireJsonBody } from './middleware/require-json.js';
import { auditRoutes } from './routes/audit.js';
import { fhirRoutes } from './routes/fhir.js';
import { riskRoutes } from './routes/risk.js';
import { terminologyRoutes } from './routes/terminology.js';
import { createRiskCache, type RiskCache } from '../risk-assessment/risk-cache.js';
import { healthRoutes } from './routes/health.js';
import { metricsRoutes } from './routes/metrics.js';

/** What the app is built from. */
export interface AppDeps {
  db: Db;
  /** Largest accepted request body (bytes or a string like `'10mb'`; default `'10mb'`). */
  bodyLimit?: string | number;
  version?: string;
  logger?: Logger;
  metrics?: Metrics;
  /** Risk assessment cache (default: 300 s TTL). */
  riskCache?: RiskCache;
  /** A FHIR terminology server asked about codes the loaded value sets do not hold (`TERMINOLOGY_URL`). */
  terminology?: RemoteTerminology;
  /** Express `trust proxy` setting, for client addresses behind a load balancer. */
  trustProxy?: boolean | string | number;
}

/**
 * Builds the Meridian Express app without listening, so tests mount it with
 * supertest and `main.ts` serves it.
 *
 * @example
 * ```ts
 * const app = createApp({ db: await openDb({}) });
 * app.listen(8080);
 * ```
 */
export function createApp(deps: AppDeps): Express {
  const logger = deps.logger ?? createLogger('silent');
  const metrics = deps.metrics ?? createMetrics();
  const version = deps.version ?? '0.0.0';
  const onAudit = (r: { action: string; outcome: string }) => metrics.auditEventsWritten.inc({ action: r.action, outcome: r.outcome });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy ?? false);
  app.set('query parser', 'simple');
  app.use(requestId());
  app.use(observe(metrics, logger));
  app.use(helmet());
  app.use(healthRoutes(deps.db, version));
  app.use(metricsRoutes(metrics));
  // Authenticate before reading a body, so strangers cannot make us parse megabytes.
  app.use(authenticate(deps.db));
  app.use(requireJsonBody());
  app.use(express.json({ limit: deps.bodyLimit ?? '10mb', type: JSON_MEDIA_TYPES, strict: true }));
  app.use(auditRoutes(deps.db, onAudit));
  // Before the generic /fhir/:type/:id routes, which would otherwise shadow /fhir/ValueSet/….
  app.use(terminologyRoutes(deps.db, onAudit));
  app.use(fhirRoutes(deps.db, onAudit));
  app.use(riskRoutes(deps.db, deps.riskCache ?? createRiskCache(), onAudit, deps.terminology));
  app.use(routeNotFound());
  app.use(auditRefusals(deps.db, onAudit));
  app.use(errorHandler(logger));
  return app;
}
