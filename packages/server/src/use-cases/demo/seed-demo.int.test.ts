import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPatientContext } from '@meridian/fhir-adapter';
import { runCalculators } from '../../engines/risk/index.js';
import { patientCompartment } from '../../platform/fhir-store/resource-repository.js';
import { verifyAuditChain } from '../../platform/audit/verify-audit-chain.js';
import { resolveApiKey } from '../../platform/tenancy/api-keys.js';
import { createTestDb, type TestDb } from '../../testing/test-databases.js';
import { DEMO_TENANT, seedDemoPatients, seedDemoTenant } from './seed-demo-tenant.js';

describe('demo seed', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb('pglite');
  });
  afterAll(async () => t?.dispose());

  it('sets the fixed demo key, rotating out the previous one', async () => {
    const random = await seedDemoTenant(t.db);
    expect(await resolveApiKey(t.db, random)).toMatchObject({ tenantId: DEMO_TENANT.id, role: 'admin' });
    const fixed = await seedDemoTenant(t.db, 'mrd_fixed_demo_key_for_scripts');
    expect(fixed).toBe('mrd_fixed_demo_key_for_scripts');
    expect(await resolveApiKey(t.db, random)).toBeUndefined();
    expect(await resolveApiKey(t.db, fixed)).toBeDefined();
  });

  it('loads demo patients whose scores are complete and meaningful, twice without duplicates, audited', async () => {
    const now = new Date();
    expect(await seedDemoPatients(t.db, now)).toEqual(['Patient/demo-ada', 'Patient/demo-ben']);
    await seedDemoPatients(t.db, now);
    const ada = await patientCompartment(t.db, DEMO_TENANT.id, 'Patient/demo-ada');
    expect(ada.filter((r) => r.resourceType === 'Patient')).toHaveLength(1);
    const context = buildPatientContext(
      { resourceType: 'Bundle', type: 'collection', entry: ada.map((resource) => ({ resource })) },
      { referenceTime: now.toISOString() },
    );
    const [news2] = runCalculators(context, {
      calculators: ['news2'],
      answers: { consciousness: 'A', supplementalOxygen: false },
    });
    expect(news2).toMatchObject({ status: 'complete', total: 9 });
    expect(await verifyAuditChain(t.db, DEMO_TENANT.id)).toMatchObject({ valid: true, eventsChecked: 2 });
  });
});
