/**
 * `@meridian/server`: the app factory and the pieces an operator or a test
 * wires together.
 *
 * @packageDocumentation
 */
export { createApp, type AppDeps } from './doors/http/app.js';
export { answerClientErrors } from './doors/http/client-errors.js';
export { loadConfig, type Config } from './boot/config.js';
export { openDb } from './platform/store/open-db.js';
export { migrate, LATEST_MIGRATION } from './platform/store/migrate.js';
export type { Db, Queryable } from './platform/store/db.js';
export { seedDemoPatients, seedDemoTenant, DEMO_TENANT } from './use-cases/demo/seed-demo-tenant.js';
export { createApiKey, generateApiKey } from './platform/tenancy/api-keys.js';
export { ensureTenant } from './platform/tenancy/tenants.js';
export { startHl7Listener, type Hl7ListenerOptions } from './doors/mllp/hl7-listener.js';
export {
  startMllpServer,
  type MllpServer,
  type MllpServerOptions,
  type MllpFrame,
  type MllpHandler,
} from './doors/mllp/mllp-server.js';
export { encodeMllpFrame, MllpFrameDecoder } from './doors/mllp/frame-decoder.js';
export {
  findHl7Sender,
  listHl7Senders,
  registerHl7Sender,
  revokeHl7Sender,
  type Hl7Sender,
} from './use-cases/hl7-ingest/senders/hl7-senders.js';
export { riskRescoreHandler } from './doors/workers/risk-rescore-worker.js';
export { startJobWorkers } from './doors/workers/start-workers.js';
export { rescorePatient } from './use-cases/alerts/rescore-patient.js';
