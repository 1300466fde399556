import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Meridian, NotFoundError } from '@meridian/sdk';
import { caseAnalysisHandler } from '../../doors/workers/case-analysis-worker.js';
import { listen } from '../../testing/listen.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { acutePatientBundle } from './testing/case-fixtures.js';

describe('SDK: cases, jobs and safety over real HTTP', () => {
  let t: TestApp;
  let server: Awaited<ReturnType<typeof listen>>;
  let client: Meridian;
  beforeAll(async () => {
    t = await createTestApp('pglite', 'clinic-sdk-cases');
    expect(
      (
        await request(t.app)
          .post('/fhir')
          .set('Authorization', `Bearer ${t.keys.integration}`)
          .send(acutePatientBundle('sdk-1', new Date().toISOString()))
      ).status,
    ).toBe(200);
    await t.services.jobs.work(caseAnalysisHandler(t.services));
    server = await listen(t.app);
    client = new Meridian({ baseUrl: server.baseUrl, apiKey: t.keys.clinician });
  });
  afterAll(async () => {
    await server?.close();
    await t?.services.jobs.stop();
    await t?.dispose();
  });

  it('cases.analyze resolves to the analysis, waiting on the job when the server queued it', async () => {
    const analysis = await client.cases.analyze({ patient: 'Patient/sdk-1', budgetMs: 0 });
    expect(analysis.patient).toBe('Patient/sdk-1');
    expect(analysis.provenance.engine).toBe('rules');
  });

  it('cases.submit gives the job; jobs.stream follows it to the end; jobs.get and jobs.wait agree', async () => {
    const accepted = await client.cases.submit({ patient: 'sdk-1', budgetMs: 0, question: 'stream me' });
    if (!('jobId' in accepted)) throw new Error('expected a job');
    const events: string[] = [];
    for await (const e of client.jobs.stream(accepted.jobId)) events.push(e.event);
    expect(events.at(-1)).toBe('completed');
    const done = await client.jobs.wait(accepted.jobId, { intervalMs: 50 });
    expect(done.status).toBe('completed');
    expect((await client.jobs.get(accepted.jobId)).result?.patient).toBe('Patient/sdk-1');
    await expect(client.jobs.get('6f1c1a8e-2d7e-4a43-9d55-5b0f1c9a2b11')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('safety.check', async () => {
    const { removed } = await client.safety.check({ text: 'Start amoxicillin 500 mg PO TID.' });
    expect(removed[0]!.reason).toBe('dose');
  });
});
