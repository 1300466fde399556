/**
 * The real Meridian app for widget tests: a fresh database (Postgres when
 * one answers on 127.0.0.1:5432, else PGlite) with the demo tenant and the
 * demo patients `npm start` loads, served on an ephemeral loopback port, and
 * an SDK client holding a key of the asked role. Nothing is mocked: the
 * widgets under test call the server through the SDK over real HTTP.
 */
import { Meridian } from '@meridian/sdk';
import { createApp } from '../../../server/src/doors/http/app.js';
import { caseAnalysisHandler } from '../../../server/src/doors/workers/case-analysis-worker.js';
import { seedDemoGuidelines } from '../../../server/src/platform/rag/seed-demo-guidelines.js';
import { createServices, type Services } from '../../../server/src/use-cases/services.js';
import { seedDemoPatients, seedDemoTenant, DEMO_TENANT } from '../../../server/src/use-cases/demo/seed-demo-tenant.js';
import { listen } from '../../../server/src/testing/listen.js';
import { createTestDb, postgresUnavailableReason } from '../../../server/src/testing/test-databases.js';
import { createApiKey, generateApiKey } from '../../../server/src/platform/tenancy/api-keys.js';
import type { Role } from '../../../server/src/platform/tenancy/actor.js';
import type { Db } from '../../../server/src/platform/store/db.js';

/** A running demo server and how to reach it. */
export interface DemoServer {
  baseUrl: string;
  db: Db;
  tenantId: string;
  /** The server's services (to act as its other parts do: the HL7 reactor's re-scoring). */
  services: Services;
  /** The demo tenant's admin key. */
  adminKey: string;
  /** An SDK client with the demo admin key, or a fresh key of `role`. */
  client(role?: Role): Promise<Meridian>;
  close(): Promise<void>;
}

/**
 * Starts the demo server.
 *
 * @example
 * ```ts
 * const server = await startDemoServer();
 * const client = await server.client('clinician');
 * // With the embedded demo mode's unsigned CDS Hooks calls accepted:
 * const demo = await startDemoServer({ unsignedCds: true });
 * ```
 */
export async function startDemoServer(options: { unsignedCds?: boolean } = {}): Promise<DemoServer> {
  const kind = (await postgresUnavailableReason()) ? 'pglite' : 'postgres';
  const testDb = await createTestDb(kind);
  const adminKey = await seedDemoTenant(testDb.db);
  await seedDemoPatients(testDb.db);
  const services = createServices({
    db: testDb.db,
    ...(options.unsignedCds ? { cdsHooks: { unsignedDemoTenant: DEMO_TENANT.id } } : {}),
  });
  await seedDemoGuidelines(testDb.db, DEMO_TENANT.id, services.caseAnalysis.retriever);
  // The case-analysis worker runs in this process, as `npm start` runs it.
  await services.jobs.work(caseAnalysisHandler(services), 1);
  const http = await listen(createApp({ services }) as never);
  return {
    baseUrl: http.baseUrl,
    db: testDb.db,
    tenantId: DEMO_TENANT.id,
    adminKey,
    services,
    async client(role) {
      let apiKey = adminKey;
      if (role && role !== 'admin') {
        apiKey = generateApiKey();
        await createApiKey(testDb.db, { tenantId: DEMO_TENANT.id, name: `${role} test key`, role, key: apiKey });
      }
      return new Meridian({ baseUrl: http.baseUrl, apiKey, maxRetries: 0 });
    },
    async close() {
      await http.close();
      await services.jobs.stop();
      await testDb.dispose();
    },
  };
}
