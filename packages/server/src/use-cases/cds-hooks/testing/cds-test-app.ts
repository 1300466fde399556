/**
 * An app with CDS Hooks for tests: a fresh database, a tenant, a registered
 * test EHR, and helpers to call services with a freshly signed JWT. Test-only.
 *
 * @module
 */
import request from 'supertest';
import { createApp } from '../../../doors/http/app.js';
import { createServices, type Services } from '../../services.js';
import { ensureTenant } from '../../../platform/tenancy/tenants.js';
import { createTestDb, type TestDb } from '../../../testing/test-databases.js';
import type { CdsHooksOptions } from '../cds-hooks-services.js';
import { createTestEhr, type TestEhr, type TestEhrOptions } from './test-ehr.js';

/** The public base URL test apps answer as (the JWT audience's prefix). */
export const TEST_BASE_URL = 'https://meridian.test';

/** A CDS Hooks test app. */
export interface CdsTestApp extends TestDb {
  app: ReturnType<typeof createApp>;
  services: Services;
  tenantId: string;
  ehr: TestEhr;
  /** The audience of a service (or its feedback endpoint). */
  audience(serviceId: string, feedback?: boolean): string;
  /** POSTs a hook call with a fresh JWT from the test EHR (or the given token, or none with `null`). */
  call(serviceId: string, body: unknown, token?: string | null): Promise<request.Response>;
  feedback(serviceId: string, body: unknown, token?: string | null): Promise<request.Response>;
}

/** Builds a {@link CdsTestApp}. */
export async function createCdsTestApp(
  kind: 'pglite' | 'postgres',
  options: { cdsHooks?: CdsHooksOptions; ehr?: TestEhrOptions; testDb?: TestDb } = {},
): Promise<CdsTestApp> {
  const testDb = options.testDb ?? (await createTestDb(kind));
  const tenantId = 'clinic-a';
  await ensureTenant(testDb.db, { id: tenantId, name: 'Clinic A' });
  const ehr = await createTestEhr(testDb.db, tenantId, options.ehr);
  const services = createServices({ db: testDb.db, publicUrl: TEST_BASE_URL, cdsHooks: options.cdsHooks });
  const app = createApp({ services });
  const audience = (serviceId: string, feedback = false) =>
    `${TEST_BASE_URL}/cds-services/${serviceId}${feedback ? '/feedback' : ''}`;
  const post = async (path: string, aud: string, body: unknown, token?: string | null): Promise<request.Response> => {
    const req = request(app).post(path).set('Content-Type', 'application/json');
    const jwt = token === undefined ? await ehr.sign(aud) : token;
    return (jwt === null ? req : req.set('Authorization', `Bearer ${jwt}`)).send(JSON.stringify(body));
  };
  return {
    ...testDb,
    dispose: async () => {
      await ehr.close();
      await testDb.dispose();
    },
    app,
    services,
    tenantId,
    ehr,
    audience,
    call: (serviceId, body, token) => post(`/cds-services/${serviceId}`, audience(serviceId), body, token),
    feedback: (serviceId, body, token) =>
      post(`/cds-services/${serviceId}/feedback`, audience(serviceId, true), body, token),
  };
}
