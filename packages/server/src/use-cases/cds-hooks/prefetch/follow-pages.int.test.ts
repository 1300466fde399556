import { PATIENT_BUNDLES, readFixture } from '@meridian/fixtures';
import type { CdsRequestEnvelope } from '@meridian/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFhirServer, type TestFhirServer } from '../../../testing/medplum-fhir-server.js';
import { VITAL_SIGNS_TEMPLATE } from '../services/prefetch-templates.js';
import { gatherPrefetch } from './gather-prefetch.js';
import { DEADLINE_SLACK_MS } from '../../../testing/timing.js';

const PATIENT = 'us-core-client-tests-patient';
type Bundle = {
  resourceType: 'Bundle';
  type: string;
  entry?: Array<{ resource: { id: string } }>;
  link?: Array<{ relation: string; url: string }>;
};

describe('paginated prefetch (requirement 48: a CDS Client MAY paginate prefetch results)', () => {
  let fhir: TestFhirServer;
  let all: Bundle;
  const query = `Observation?patient=${PATIENT}&category=vital-signs`;
  beforeAll(async () => {
    fhir = await startTestFhirServer();
    await fhir.load(readFixture(PATIENT_BUNDLES[1]));
    all = (await (
      await fetch(`${fhir.baseUrl}/${query}`, { headers: { authorization: `Bearer ${fhir.token}` } })
    ).json()) as Bundle;
  });
  afterAll(() => fhir?.close());

  const firstPage = (next: string): Bundle => ({
    ...all,
    entry: all.entry!.slice(0, 4),
    link: [
      { relation: 'self', url: 'x' },
      { relation: 'next', url: next },
    ],
  });
  const request = (vitals: Bundle, withAuth = true): CdsRequestEnvelope =>
    ({
      hook: 'patient-view',
      hookInstance: crypto.randomUUID(),
      context: { userId: 'Practitioner/1', patientId: PATIENT },
      prefetch: { vitals },
      ...(withAuth
        ? {
            fhirServer: fhir.baseUrl,
            fhirAuthorization: {
              access_token: fhir.token,
              token_type: 'Bearer',
              expires_in: 300,
              scope: 'user/*.read',
              subject: 'm',
            },
          }
        : {}),
    }) as CdsRequestEnvelope;

  it("completes a paged prefetch Bundle from the client's FHIR server, without a next link left over", async () => {
    expect(all.entry!.length).toBeGreaterThan(4);
    fhir.requests.length = 0;
    const next = `${fhir.baseUrl}/${query}&_offset=4&_count=100`;
    const gathered = await gatherPrefetch(
      { vitals: VITAL_SIGNS_TEMPLATE },
      request(firstPage(next)),
      AbortSignal.timeout(2_000),
      [fhir.baseUrl],
    );
    const vitals = gathered.data.vitals as Bundle;
    expect(vitals.entry!.map((e) => e.resource.id).sort()).toEqual(all.entry!.map((e) => e.resource.id).sort());
    expect(vitals.link?.some((l) => l.relation === 'next')).toBe(false);
    expect(gathered.incomplete).toEqual([]);
    expect(fhir.requests).toEqual([`GET /Observation?patient=${PATIENT}&category=vital-signs&_offset=4&_count=100`]);
  });

  it('uses the first page and names the key incomplete when the next link leaves fhirServer, the server is not registered, or there is no token', async () => {
    const cases: Array<[string, CdsRequestEnvelope, readonly string[]]> = [
      ['link elsewhere', request(firstPage(`http://169.254.169.254/${query}`)), [fhir.baseUrl]],
      ['server not registered', request(firstPage(`${fhir.baseUrl}/${query}&_offset=4`)), []],
      ['no fhirAuthorization', request(firstPage(`${fhir.baseUrl}/${query}&_offset=4`), false), [fhir.baseUrl]],
    ];
    for (const [label, body, allowed] of cases) {
      fhir.requests.length = 0;
      const gathered = await gatherPrefetch(
        { vitals: VITAL_SIGNS_TEMPLATE },
        body,
        AbortSignal.timeout(2_000),
        allowed,
      );
      expect([label, gathered.incomplete, (gathered.data.vitals as Bundle).entry!.length, fhir.requests]).toEqual([
        label,
        ['vitals'],
        4,
        [],
      ]);
    }
  });

  it('stops at the deadline when the FHIR server hangs on a next page', async () => {
    fhir.setMode('hang');
    try {
      const started = Date.now();
      const gathered = await gatherPrefetch(
        { vitals: VITAL_SIGNS_TEMPLATE },
        request(firstPage(`${fhir.baseUrl}/${query}&_offset=4`)),
        AbortSignal.timeout(150),
        [fhir.baseUrl],
      );
      expect(gathered.incomplete).toEqual(['vitals']);
      expect(Date.now() - started).toBeLessThan(150 + DEADLINE_SLACK_MS);
    } finally {
      fhir.setMode('normal');
    }
  });
});
