/**
 * `@meridian/server`: the app factory and the pieces an operator or a test
 * wires together.
 *
 * @packageDocumentation
 */
export { createApp, type AppDeps } from './http/app.js';
export { answerClientErrors } from './http/client-errors.js';
export { loadConfig, type Config } from './config.js';
export { openDb } from './store/open-db.js';
export { migrate, LATEST_MIGRATION } from './store/migrate.js';
export type { Db, Queryable } from './store/db.js';
export { seedDemoPatients, seedDemoTenant, DEMO_TENANT } from './demo/seed-demo-tenant.js';
export { createApiKey, generateApiKey } from './tenancy/api-keys.js';
export { ensureTenant } from './tenancy/tenants.js';
export { startHl7Listener, type Hl7ListenerOptions } from './hl7/hl7-listener.js';
export { startMllpServer, type MllpServer, type MllpServerOptions, type MllpFrame, type MllpHandler } from './hl7/mllp/mllp-server.js';
export { encodeMllpFrame, MllpFrameDecoder } from './hl7/mllp/frame-decoder.js';
export { findHl7Sender, listHl7Senders, registerHl7Sender, revokeHl7Sender, type Hl7Sender } from './hl7/senders/hl7-senders.js';
export { riskRescoreHandler } from './jobs/risk-rescore-worker.js';
export { startJobWorkers } from './jobs/start-workers.js';
export { rescorePatient } from './alerts/rescore-patient.js';
