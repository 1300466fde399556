import express, { type Express } from 'express';
import helmet from 'helmet';
import { createServices, type Services, type ServicesInput } from '../../use-cases/services.js';
import { errorHandler, routeNotFound } from './error-handler.js';
import { apiKeyAuth } from './middleware/api-key-auth.js';
import { auditRefusals } from './middleware/audit-refusals.js';
import { observe } from './middleware/observe.js';
import { requestId } from './middleware/request-id.js';
import { adminRoutes } from './routes/admin.js';
import { alertRoutes } from './routes/alerts.js';
import { resolvePublicBase } from './public-url.js';
import { auditRoutes } from './routes/audit.js';
import { demoPortalRoutes, type DemoPortalOptions } from './routes/demo-portal.js';
import { cdsHooksRoutes } from './routes/cds-hooks.js';
import { cdsHooksSettingsRoutes } from './routes/cds-hooks-settings.js';
import { cdsHooksPreviewRoutes } from './routes/cds-hooks-preview.js';
import { fhirRoutes } from './routes/fhir.js';
import { terminologyRoutes } from './routes/terminology.js';
import { healthRoutes } from './routes/health.js';
import { hl7Routes } from './routes/hl7.js';
import { metricsRoutes } from './routes/metrics.js';
import { riskRoutes } from './routes/risk.js';
import { caseAdminRoutes } from './routes/case-admin.js';
import { escalationRoutes } from './routes/escalations.js';
import { caseRoutes } from './routes/cases.js';
import { noteRoutes } from './routes/notes.js';
import { guidelineRoutes } from './routes/guidelines.js';
import { phiRoutes } from './routes/phi.js';
import { trainingRoutes } from './routes/training.js';
import { jobRoutes } from './routes/jobs.js';
import { safetyRoutes } from './routes/safety.js';
import { summaryRoutes } from './routes/summaries.js';
import { documentActionRoutes } from './routes/document-actions.js';
import { documentRoutes } from './routes/documents.js';

/** What the app is built from: the process's services (or what builds them), and HTTP settings. */
export type AppDeps = ({ services: Services } | ServicesInput) & {
  version?: string;
  /** Express `trust proxy` setting, for client addresses behind a load balancer. */
  trustProxy?: boolean | string | number;
  /** The demo portal to serve at `/` (see `demoPortalRoutes`); none when absent. */
  portal?: DemoPortalOptions | undefined;
};

/**
 * Builds the Meridian Express app without listening, so tests mount it with
 * supertest and `main.ts` serves it (behind `answerClientErrors`, which
 * answers what Node's HTTP parser refuses before Express runs). Each router
 * authenticates its own routes (API key, EHR JWT, or none for health and
 * metrics); every authenticated refusal is recorded in the audit trail.
 *
 * @example
 * ```ts
 * const app = createApp({ db: await openDb({}) });
 * app.listen(8080);
 * ```
 */
export function createApp(deps: AppDeps): Express {
  const services = 'services' in deps ? deps.services : createServices(deps);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy ?? false);
  app.set('query parser', 'simple');
  app.use(requestId());
  app.use(observe(services.metrics, services.logger));
  app.use(helmet());
  app.use(healthRoutes(services.db, deps.version ?? '0.0.0'));
  app.use(metricsRoutes(services.metrics));
  app.use(resolvePublicBase(services.http.publicUrl));
  if (deps.portal) app.use(demoPortalRoutes(deps.portal));
  app.use(cdsHooksRoutes(services));
  app.use(cdsHooksSettingsRoutes(services));
  app.use(cdsHooksPreviewRoutes(services));
  app.use(auditRoutes(services));
  // Before the generic /fhir/:type/:id routes, which would otherwise shadow /fhir/ValueSet/….
  app.use(terminologyRoutes(services));
  app.use(fhirRoutes(services));
  app.use(riskRoutes(services));
  app.use(adminRoutes(services));
  app.use(safetyRoutes(services));
  app.use(caseRoutes(services));
  app.use(noteRoutes(services));
  app.use(jobRoutes(services));
  app.use(guidelineRoutes(services));
  app.use(phiRoutes(services));
  app.use(trainingRoutes(services));
  app.use(caseAdminRoutes(services));
  app.use(escalationRoutes(services));
  app.use(hl7Routes(services));
  app.use(alertRoutes(services));
  app.use(summaryRoutes(services));
  app.use(documentRoutes(services));
  app.use(documentActionRoutes(services));
  // An unknown route is still a decision about an authenticated caller: identify them, so it is audited.
  app.use(apiKeyAuth(services, { optional: true }), routeNotFound());
  app.use(auditRefusals(services));
  app.use(errorHandler(services.logger));
  return app;
}
