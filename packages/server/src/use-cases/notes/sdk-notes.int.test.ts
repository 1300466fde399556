import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Meridian } from '@meridian/sdk';
import { SAMPLE_NOTE } from '../../engines/extraction/testing/sample-note.js';
import { extractionHandler } from '../../doors/workers/extraction-worker.js';
import { listen } from '../../testing/listen.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

describe('SDK: notes.extract over real HTTP', () => {
  let t: TestApp;
  let server: Awaited<ReturnType<typeof listen>>;
  let client: Meridian;
  beforeAll(async () => {
    t = await createTestApp('pglite', 'clinic-sdk-notes', { services: { extraction: { queueThresholdChars: 1000 } } });
    await t.services.jobs.work(extractionHandler(t.services), 1, 0.5, 'extraction');
    server = await listen(t.app);
    client = new Meridian({ baseUrl: server.baseUrl, apiKey: t.keys.clinician });
  });
  afterAll(async () => {
    await server?.close();
    await t?.services.jobs.stop();
    await t?.dispose();
  });

  it('notes.extract answers the Bundle, the oncology fields and the provenance', async () => {
    const result = await client.notes.extract({
      text: 'Stage II gastric adenocarcinoma. Denies nausea. BP 118/76.',
      profile: 'oncology',
      patient: 'Patient/s1',
    });
    expect(result.provenance.engine).toBe('rules');
    expect(result.oncology).toMatchObject({ cancer_type: 'gastric adenocarcinoma', stage: 'II' });
    expect(result.bundle.entry?.map((e) => (e.resource as { resourceType: string }).resourceType)).toEqual([
      'Condition',
      'Observation',
    ]);
  });

  it('notes.extract waits on the job when the note is queued; submitExtraction gives the job', async () => {
    const long = `${SAMPLE_NOTE}\n`.repeat(3);
    const accepted = await client.notes.submitExtraction({ text: long });
    expect('jobId' in accepted).toBe(true);
    const result = await client.notes.extract({ text: long }, { timeoutMs: 20_000 });
    expect(result.counts.resources.Observation).toBe(24);
  });

  it('a bad request is refused before it is sent', async () => {
    await expect(client.notes.extract({ text: '' })).rejects.toThrow();
    await expect(client.notes.extract({ text: 'x', patient: 'Nope' })).rejects.toThrow(/Patient reference/);
  });
});
