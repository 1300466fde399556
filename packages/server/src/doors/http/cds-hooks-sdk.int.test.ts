import type { AddressInfo } from 'node:net';
import { Meridian, PreconditionFailedError } from '@meridian/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientRiskService } from '../../use-cases/cds-hooks/services/patient-risk.js';
import { prefetchFromBundle } from '../../use-cases/cds-hooks/testing/prefetch-from-bundle.js';
import { createTestEhr, type TestEhr } from '../../use-cases/cds-hooks/testing/test-ehr.js';
import { demoPatientsBundle } from '../../use-cases/demo/demo-patients.js';
import { createServices } from '../../use-cases/services.js';
import { createApiKey, generateApiKey } from '../../platform/tenancy/api-keys.js';
import { ensureTenant } from '../../platform/tenancy/tenants.js';
import { createTestDb, type TestDb } from '../../testing/test-databases.js';
import { createApp } from './app.js';

describe('the SDK against a listening server: cdsHooks.discover, call, feedback', () => {
  let testDb: TestDb;
  let ehr: TestEhr;
  let server: ReturnType<ReturnType<typeof createApp>['listen']>;
  let client: Meridian;
  let baseUrl: string;
  beforeAll(async () => {
    testDb = await createTestDb('pglite');
    await ensureTenant(testDb.db, { id: 'clinic-a', name: 'Clinic A' });
    ehr = await createTestEhr(testDb.db, 'clinic-a');
    // No public base URL: the JWT audience is checked against the origin the client called (Host header).
    const app = createApp({ services: createServices({ db: testDb.db }) });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    client = new Meridian({ baseUrl });
  });
  afterAll(async () => {
    server?.close();
    await ehr?.close();
    await testDb?.dispose();
  });

  it('discovers, calls patient-view with a JWT signed for the URL called, and sends feedback', async () => {
    const { services } = await client.cdsHooks.discover();
    expect(services.map((s) => s.id)).toContain('meridian-patient-risk');
    const context = { userId: 'Practitioner/dr-1', patientId: 'demo-ada' };
    const prefetch = prefetchFromBundle(demoPatientsBundle(new Date()), patientRiskService.prefetch, context);
    const jwt = (aud: string) => ehr.sign(aud);
    const { cards } = await client.cdsHooks.call(
      'meridian-patient-risk',
      { hook: 'patient-view', hookInstance: crypto.randomUUID(), context, prefetch },
      { jwt },
    );
    expect(cards.length).toBeGreaterThan(0);
    const result = await client.cdsHooks.feedback(
      'meridian-patient-risk',
      {
        feedback: [
          {
            card: cards[0]!.uuid!,
            outcome: 'overridden',
            overrideReason: { userComment: 'Known' },
            outcomeTimestamp: new Date().toISOString(),
          },
        ],
      },
      { jwt },
    );
    expect(result).toEqual({ received: 1 });
  });

  it('throws PreconditionFailedError on a 412', async () => {
    const context = { userId: 'Practitioner/dr-1', patientId: 'demo-ada' };
    const error = await client.cdsHooks
      .call(
        'meridian-patient-risk',
        { hook: 'patient-view', hookInstance: crypto.randomUUID(), context },
        { jwt: (aud) => ehr.sign(aud) },
      )
      .catch((e) => e);
    expect(error).toBeInstanceOf(PreconditionFailedError);
    expect(error.code).toBe('fhir-data-unavailable');
  });

  it('reads and changes the hook budget, and counts feedback per card type, with an API key', async () => {
    const keyed = async (role: 'admin' | 'clinician') => {
      const key = generateApiKey();
      await createApiKey(testDb.db, { tenantId: 'clinic-a', name: role, role, key });
      return new Meridian({ baseUrl, apiKey: key });
    };
    const admin = await keyed('admin');
    expect(await admin.cdsHooks.settings()).toMatchObject({ budgetMs: 500 });
    expect(await admin.cdsHooks.updateSettings({ budgetMs: 300 })).toMatchObject({ budgetMs: 300 });
    expect(await admin.cdsHooks.settings()).toMatchObject({ budgetMs: 300 });
    await expect(admin.cdsHooks.updateSettings({ budgetMs: 1 })).rejects.toThrow();
    const clinician = await keyed('clinician');
    await expect(clinician.cdsHooks.updateSettings({ budgetMs: 400 })).rejects.toMatchObject({ status: 403 });
    const { cardTypes } = await clinician.cdsHooks.feedbackSummary();
    expect(cardTypes.reduce((n, c) => n + c.overridden, 0)).toBeGreaterThanOrEqual(1);
  });
});
