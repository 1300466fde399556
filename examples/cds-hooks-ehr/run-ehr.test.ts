import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../packages/server/src/doors/http/app.js';
import { createServices } from '../../packages/server/src/use-cases/services.js';
import { createApiKey, generateApiKey } from '../../packages/server/src/platform/tenancy/api-keys.js';
import { ensureTenant } from '../../packages/server/src/platform/tenancy/tenants.js';
import { createTestDb, type TestDb } from '../../packages/server/src/testing/test-databases.js';
import { runEhrExample } from './run-ehr.js';

describe('examples/cds-hooks-ehr against a listening Meridian', () => {
  let testDb: TestDb;
  let server: ReturnType<ReturnType<typeof createApp>['listen']>;
  let baseUrl: string;
  const apiKey = generateApiKey();
  beforeAll(async () => {
    testDb = await createTestDb('pglite');
    await ensureTenant(testDb.db, { id: 'demo', name: 'Demo' });
    await createApiKey(testDb.db, { tenantId: 'demo', name: 'admin', role: 'admin', key: apiKey });
    server = createApp({ services: createServices({ db: testDb.db }) }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.close();
    await testDb?.dispose();
  });

  it('registers, serves its JWKS, calls patient-view and order-sign with WebCrypto-signed JWTs, and sends feedback', async () => {
    const lines: string[] = [];
    const result = await runEhrExample({ baseUrl, apiKey, tenantId: 'demo', log: (l) => lines.push(l) });
    // The Synthea patient takes naproxen: a drafted ibuprofen is a possible duplicate NSAID.
    expect(result.orderSign.map((c) => c.source.topic?.code)).toContain('duplicate-order');
    expect(result.feedback).toEqual({ received: 1 });
    expect(lines.some((l) => l.startsWith('order-sign:'))).toBe(true);
  });
});
