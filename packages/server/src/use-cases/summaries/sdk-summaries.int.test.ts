import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Meridian, NotFoundError } from '@meridian/sdk';
import { listen } from '../../testing/listen.js';
import { DB_KINDS } from '../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { trendPatientBundle } from './testing/summary-fixtures.js';

describe.each(DB_KINDS)('client.summaries on $kind', ({ kind, skip }) => {
  let t: TestApp;
  let server: Awaited<ReturnType<typeof listen>>;
  let client: Meridian;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestApp(kind, 'sdk-summary');
    server = await listen(t.app);
    client = new Meridian({ baseUrl: server.baseUrl, apiKey: t.keys.clinician });
    await new Meridian({ baseUrl: server.baseUrl, apiKey: t.keys.integration }).fhir.transaction(
      trendPatientBundle('sdk-1') as never,
    );
  });
  afterAll(async () => {
    await server?.close();
    await t?.dispose();
  });

  it.skipIf(skip)('gets a typed summary by reference or id, with absolute fullUrls under the server', async () => {
    const summary = await client.summaries.get('Patient/sdk-1', {
      referenceTime: '2026-06-01T12:00:00Z',
      trendPoints: 3,
    });
    expect(summary.patient).toBe('Patient/sdk-1');
    expect(summary.trends.find((x) => x.concept === 'heartRate')?.values).toHaveLength(3);
    expect(summary.document.entry![0]!.fullUrl).toBe(`${server.baseUrl}/fhir/Composition/${summary.document.id}`);
    // A bare id works too; three months later the vital signs are stale and raise no red flag.
    const later = await client.summaries.get('sdk-1', { referenceTime: '2026-09-01T00:00:00Z' });
    expect(later.sentences.length).toBe(summary.sentences.length - 1);
    expect(later.sentences.some((s) => s.section === 'red-flags')).toBe(false);
  });

  it.skipIf(skip)('throws typed errors for an unknown patient and refuses a bad reference before sending', async () => {
    await expect(client.summaries.get('Patient/none')).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.summaries.get('Observation/x')).rejects.toBeInstanceOf(TypeError);
    await expect(client.summaries.get('sdk-1', { trendPoints: 99 })).rejects.toThrow();
  });
});
