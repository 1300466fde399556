import type { RemoteTerminology } from '@meridian/fhir-adapter';
import { createApp } from '../doors/http/app.js';
import { createServices, type Services, type ServicesInput } from '../use-cases/services.js';
import { createApiKey, generateApiKey } from '../platform/tenancy/api-keys.js';
import type { Role } from '../platform/tenancy/actor.js';
import { ensureTenant, PLATFORM_TENANT_ID } from '../platform/tenancy/tenants.js';
import { createTestDb, type TestDb } from './test-databases.js';

/** An app over a fresh database, with one tenant, a key per tenant role, and a platform operator key. */
export interface TestApp extends TestDb {
  app: ReturnType<typeof createApp>;
  services: Services;
  tenantId: string;
  keys: Record<Role, string>;
  keyIds: Record<Role, string>;
}

/** Builds a {@link TestApp} for a database kind. */
export async function createTestApp(
  kind: 'pglite' | 'postgres',
  tenantId = 'clinic-a',
  options: {
    bodyLimit?: string;
    publicUrl?: string;
    terminology?: RemoteTerminology;
    services?: Omit<ServicesInput, 'db' | 'bodyLimit'>;
  } = {},
): Promise<TestApp> {
  const testDb = await createTestDb(kind);
  await ensureTenant(testDb.db, { id: tenantId, name: `Tenant ${tenantId}` });
  const keys = {} as Record<Role, string>;
  const keyIds = {} as Record<Role, string>;
  for (const role of ['admin', 'clinician', 'integration', 'auditor', 'operator'] as const) {
    keys[role] = generateApiKey();
    const home = role === 'operator' ? PLATFORM_TENANT_ID : tenantId;
    keyIds[role] = (await createApiKey(testDb.db, { tenantId: home, name: `${role} key`, role, key: keys[role] })).id;
  }
  const services = createServices({
    ...options.services,
    db: testDb.db,
    bodyLimit: options.bodyLimit,
    publicUrl: options.publicUrl,
    terminology: options.terminology,
  });
  const app = createApp({ services });
  return { ...testDb, app, services, tenantId, keys, keyIds };
}
