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
