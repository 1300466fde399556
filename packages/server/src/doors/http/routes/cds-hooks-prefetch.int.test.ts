import { PATIENT_BUNDLES, readFixture } from '@meridian/fixtures';
import { cdsServiceResponseSchema } from '@meridian/sdk';
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientRiskService } from '../../../use-cases/cds-hooks/services/patient-risk.js';
import { createCdsTestApp, type CdsTestApp } from '../../../use-cases/cds-hooks/testing/cds-test-app.js';
import { prefetchFromBundle } from '../../../use-cases/cds-hooks/testing/prefetch-from-bundle.js';
import { startTestFhirServer, type TestFhirServer } from '../../../testing/medplum-fhir-server.js';
import { createTestEhr } from '../../../use-cases/cds-hooks/testing/test-ehr.js';
import { updateEhrClient } from '../../../platform/tenancy/ehr-clients.js';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { DEADLINE_SLACK_MS, GENEROUS_BUDGET_MS } from '../../../testing/timing.js';
import { DEFAULT_CDS_BUDGET_MS } from '../../../use-cases/cds-hooks/cds-hooks-services.js';

const PATIENT = 'us-core-client-tests-patient';
const code = (res: request.Response) => res.body?.issue?.[0]?.details?.coding?.[0]?.code;
const INFERNO = {
  encounter_start: 'meridian-encounter-start',
  encounter_discharge: 'meridian-discharge-summary',
  order_select: 'meridian-order-select-safety',
  order_sign: 'meridian-order-sign-safety',
} as const;

describe.each(DB_KINDS)('prefetch: sent, fetched or 412, on $kind', ({ kind, skip }) => {
  // `kit` fetches with a budget no scheduling stall exhausts (the tests about what is fetched);
  // `tight` keeps the default budget, on the same database (the tests about the budget).
  let kit: CdsTestApp;
  let tight: CdsTestApp;
  let fhir: TestFhirServer;
  beforeAll(async () => {
    if (skip) return;
    fhir = await startTestFhirServer();
    const ehr = { fhirServers: [fhir.baseUrl, 'https://example/r4'] };
    kit = await createCdsTestApp(kind, { ehr, cdsHooks: { defaultBudgetMs: GENEROUS_BUDGET_MS } });
    tight = await createCdsTestApp(kind, { ehr, testDb: { db: kit.db, dispose: async () => undefined } });
    await fhir.load(readFixture(PATIENT_BUNDLES[1]));
    // Warm the FHIR server's search path, so the first timed call measures Meridian, not the peer's cold start.
    await fetch(`${fhir.baseUrl}/Observation?patient=${PATIENT}&category=vital-signs`, {
      headers: { authorization: `Bearer ${fhir.token}` },
    });
    fhir.requests.length = 0;
  });
  afterAll(async () => {
    await fhir?.close();
    await tight?.dispose();
    await kit?.dispose();
  });
  const withServer = (body: Record<string, unknown>, context: Record<string, unknown>) => ({
    ...body,
    fhirServer: fhir.baseUrl,
    fhirAuthorization: {
      access_token: fhir.token,
      token_type: 'Bearer',
      expires_in: 300,
      scope: 'user/*.read',
      subject: 'meridian',
    },
    context: { ...(body.context as object), ...context },
  });

  it.skipIf(skip)(
    'passes the Inferno request bodies (no prefetch) through each service: fetched from a real FHIR server (requirement 61)',
    async () => {
      for (const [file, service] of Object.entries(INFERNO)) {
        const body = readFixture<Record<string, unknown>>(`inferno-crd-test-kit/${file}_hook_request.json`);
        fhir.requests.length = 0;
        const res = await kit.call(service, withServer(body, { patientId: PATIENT }));
        expect(res.status, `${file}: ${res.text.slice(0, 300)}`).toBe(200);
        cdsServiceResponseSchema.parse(res.body);
        expect(
          fhir.requests.some((r) => r.startsWith(`GET /Patient/${PATIENT}`)),
          file,
        ).toBe(true);
      }
    },
  );

  it.skipIf(skip)(
    'answers the Inferno bodies as they are (fhirServer https://example/r4, unreachable) with 412 inside the budget (requirement 54)',
    async () => {
      for (const [file, service] of Object.entries(INFERNO)) {
        const started = Date.now();
        const res = await tight.call(service, readFixture(`inferno-crd-test-kit/${file}_hook_request.json`));
        expect([file, res.status, code(res)]).toEqual([file, 412, 'fhir-data-unavailable']);
        expect(Date.now() - started).toBeLessThan(DEFAULT_CDS_BUDGET_MS + DEADLINE_SLACK_MS);
      }
    },
  );

  it.skipIf(skip)('fetches only the keys the client did not send, and treats null as "no data"', async () => {
    const context = { userId: 'Practitioner/1', patientId: PATIENT };
    const prefetch = prefetchFromBundle(readFixture(PATIENT_BUNDLES[1]), patientRiskService.prefetch, context);
    delete prefetch.labs;
    prefetch.allergies = null;
    fhir.requests.length = 0;
    const res = await kit.call(
      'meridian-patient-risk',
      withServer({ hook: 'patient-view', hookInstance: crypto.randomUUID(), prefetch }, context),
    );
    expect(res.status, res.text).toBe(200);
    expect(fhir.requests.map((r) => r.split('?')[0])).toEqual(['GET /Observation']);
    expect(fhir.requests[0]).toContain('category=laboratory');
  });

  it.skipIf(skip)('answers 412 inside the budget when the FHIR server refuses the token (401) or hangs', async () => {
    const body = withServer(readFixture('inferno-crd-test-kit/encounter_start_hook_request.json'), {
      patientId: PATIENT,
    });
    fhir.setMode('unauthorized');
    const refused = await tight.call('meridian-encounter-start', body);
    expect([refused.status, code(refused)]).toEqual([412, 'fhir-data-unavailable']);
    expect(refused.body.issue[0].details.text).toContain('HTTP 401');
    fhir.setMode('hang');
    const started = Date.now();
    const hung = await tight.call('meridian-encounter-start', body);
    expect([hung.status, code(hung)]).toEqual([412, 'fhir-data-unavailable']);
    expect(hung.body.issue[0].details.text).toContain('time budget');
    expect(Date.now() - started).toBeLessThan(DEFAULT_CDS_BUDGET_MS + DEADLINE_SLACK_MS);
    fhir.setMode('normal');
  });

  it.skipIf(skip)('answers 412 when a needed key is missing and no fhirAuthorization is given', async () => {
    const res = await kit.call('meridian-patient-risk', {
      hook: 'patient-view',
      hookInstance: crypto.randomUUID(),
      context: { userId: 'Practitioner/1', patientId: PATIENT },
    });
    expect([res.status, code(res)]).toEqual([412, 'fhir-data-unavailable']);
    expect(res.body.issue[0].expression).toContain('prefetch.patient');
  });

  it.skipIf(skip)(
    'never sends the access token to a fhirServer the EHR client did not register (SSRF), and fetches once an operator adds it',
    async () => {
      const other = await createTestEhr(kit.db, kit.tenantId);
      try {
        const context = { userId: 'Practitioner/1', patientId: PATIENT };
        const body = withServer({ hook: 'patient-view', hookInstance: crypto.randomUUID() }, context);
        const sign = () => other.sign(kit.audience('meridian-patient-risk'));
        fhir.requests.length = 0;
        const refused = await kit.call('meridian-patient-risk', body, await sign());
        expect([refused.status, code(refused)]).toEqual([412, 'fhir-data-unavailable']);
        expect(refused.body.issue[0].expression).toEqual(['fhirServer']);
        expect(refused.body.issue[0].details.text).toContain('not one this EHR client registered');
        expect(fhir.requests).toEqual([]);
        const metadata = await kit.call(
          'meridian-patient-risk',
          { ...body, fhirServer: 'http://169.254.169.254/latest' },
          await sign(),
        );
        expect([metadata.status, code(metadata)]).toEqual([412, 'fhir-data-unavailable']);

        await updateEhrClient(kit.db, kit.tenantId, other.client.id, { fhirServers: [`${fhir.baseUrl}/`] });
        kit.services.cdsHooks.forgetClient(other.issuer);
        const fetched = await kit.call(
          'meridian-patient-risk',
          { ...body, hookInstance: crypto.randomUUID() },
          await sign(),
        );
        expect(fetched.status, fetched.text).toBe(200);
        expect(fhir.requests.some((r) => r.startsWith(`GET /Patient/${PATIENT}`))).toBe(true);
      } finally {
        await other.close();
      }
    },
  );
});
