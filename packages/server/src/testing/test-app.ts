import type { RemoteTerminology } from '@meridian/fhir-adapter';
import { createApp } from '../http/app.js';
import { createApiKey, generateApiKey } from '../tenancy/api-keys.js';
import type { Role } from '../tenancy/actor.js';
import { ensureTenant } from '../tenancy/tenants.js';
import { createTestDb, type TestDb } from './test-databases.js';

/** An app over a fresh database, with one tenant and a key per role. */
export interface TestApp extends TestDb {
  app: ReturnType<typeof createApp>;
  tenantId: string;
  keys: Record<Role, string>;
  keyIds: Record<Role, string>;
}

/** Builds a {@link TestApp} for a database kind. */
export async function createTestApp(kind: 'pglite' | 'postgres', tenantId = 'clinic-a', options: { bodyLimit?: string; terminology?: RemoteTerminology } = {}): Promise<TestApp> {
  const testDb = await createTestDb(kind);
  await ensureTenant(testDb.db, { id: tenantId, name: `Tenant ${tenantId}` });
  const keys = {} as Record<Role, string>;
  const keyIds = {} as Record<Role, string>;
  for (const role of ['admin', 'clinician', 'integration', 'auditor'] as const) {
    keys[role] = generateApiKey();
    keyIds[role] = await createApiKey(testDb.db, { tenantId, name: `${role} key`, role, key: keys[role] });
  }
  const app = createApp({ db: testDb.db, ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}), ...(options.terminology ? { terminology: options.terminology } : {}) });
  return { ...testDb, app, tenantId, keys, keyIds };
}
