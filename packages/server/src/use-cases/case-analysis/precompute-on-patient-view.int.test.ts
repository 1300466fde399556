import { buildPatientContextFromPrefetch } from '@meridian/fhir-adapter';
import request from 'supertest';
import { cdsServiceResponseSchema, type Job } from '@meridian/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../cds-hooks/cards/card-builder.js';
import { patientRiskService } from '../cds-hooks/services/patient-risk.js';
import { createCdsTestApp, TEST_BASE_URL, type CdsTestApp } from '../cds-hooks/testing/cds-test-app.js';
import { prefetchFromBundle } from '../cds-hooks/testing/prefetch-from-bundle.js';
import { demoPatientsBundle } from '../demo/demo-patients.js';
import { caseAnalysisHandler } from '../../doors/workers/case-analysis-worker.js';
import { createApiKey, generateApiKey } from '../../platform/tenancy/api-keys.js';
import { DB_KINDS } from '../../testing/test-databases.js';
import { enqueueAfterPatientView, precomputeOnPatientView } from './precompute-on-patient-view.js';

const SERVICE = 'meridian-patient-risk';
type Enqueued = { jobId?: string; created: boolean };
// One clock for every view: the demo bundle's times are relative to it, so an unchanged record hashes the same.
const NOW = new Date();
type Resource = { resourceType: string; id?: string; valueQuantity?: { value: number } };

/** The demo bundle, with demo-ada's heart rate set to `heartRate` when given (new vitals). */
function adaView(heartRate?: number) {
  const bundle = demoPatientsBundle(NOW) as unknown as { entry: Array<{ resource: Resource }> };
  if (heartRate !== undefined) {
    const hr = bundle.entry.find((e) => e.resource.id === 'demo-ada-hr')!.resource;
    hr.valueQuantity!.value = heartRate;
  }
  const context = { userId: 'Practitioner/dr-1', patientId: 'demo-ada' };
  return {
    hook: 'patient-view',
    hookInstance: crypto.randomUUID(),
    context,
    prefetch: prefetchFromBundle(bundle, patientRiskService.prefetch, context),
  };
}

describe.each(DB_KINDS)('patient-view precomputes a case analysis for the next view, on $kind', ({ kind, skip }) => {
  let kit: CdsTestApp;
  let clinicianKey: string;
  const heard: Array<(r: Enqueued) => void> = [];
  const nextEnqueue = () => new Promise<Enqueued>((resolve) => heard.push(resolve));
  const analysisCard = (body: unknown) =>
    cdsServiceResponseSchema.parse(body).cards.find((c) => c.source.topic?.code === 'case-analysis');
  const until = async (id: string): Promise<Job> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const job = await kit.services.jobs.get(kit.tenantId, id);
      if (job && ['completed', 'dead'].includes(job.status)) return job;
      if (Date.now() > deadline) throw new Error(`job ${id} is ${job?.status}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const jobRefs = async () =>
    (await kit.db.query<{ n: number }>('SELECT count(*)::int AS n FROM job_ref WHERE tenant_id = $1', [kit.tenantId]))
      .rows[0]!.n;

  beforeAll(async () => {
    if (skip) return;
    kit = await createCdsTestApp(kind);
    clinicianKey = generateApiKey();
    await createApiKey(kit.db, { tenantId: kit.tenantId, name: 'clinician', role: 'clinician', key: clinicianKey });
    precomputeOnPatientView(kit.services, (r) => heard.shift()?.(r));
  });
  afterAll(async () => {
    await kit?.services.jobs.stop(500);
    await kit?.dispose();
  });

  it.skipIf(skip)(
    'first view: no analysis card and one job; worker runs; second view: the summary card whose link resolves; new vitals: a new job, no stale card',
    async () => {
      const enqueued = nextEnqueue();
      const first = await kit.call(SERVICE, adaView());
      expect(first.status, first.text).toBe(200);
      expect(analysisCard(first.body)).toBeUndefined();
      const job = await enqueued;
      expect(job.created).toBe(true);
      expect(await jobRefs()).toBe(1);

      // The same record viewed again while the job is queued: deduplicated, no second job.
      const again = nextEnqueue();
      await kit.call(SERVICE, adaView());
      expect(await again).toEqual({ created: false });
      expect(await jobRefs()).toBe(1);

      await kit.services.jobs.work(caseAnalysisHandler(kit.services));
      kit.services.jobs.wake();
      const done = await until(job.jobId!);
      expect(done.status).toBe('completed');
      const analysis = done.result && 'caseSummary' in done.result ? done.result : undefined;
      expect(analysis?.patient).toBe('Patient/demo-ada');
      expect(analysis?.provenance.engine).toBe('rules');

      const afterJob = nextEnqueue();
      const second = await kit.call(SERVICE, adaView());
      const card = analysisCard(second.body);
      expect(card, JSON.stringify(second.body).slice(0, 500)).toBeDefined();
      expect(card!.summary.length).toBeLessThan(140);
      // Ada's NEWS2 is certainly 7 or more: the analysis card is as critical as the NEWS2 card beside it.
      expect(analysis?.escalation.level).toBe('emergency');
      expect(card!.indicator).toBe('critical');
      expect(card!.summary).toContain('escalation: Emergency');
      expect(card!.detail).toContain(escapeMarkdown(analysis!.caseSummary));
      expect(card!.detail).toContain(escapeMarkdown('rules (deterministic engine, no language model)'));
      const link = card!.links![0]!;
      expect(link.type).toBe('absolute');
      expect(link.url).toBe(`${TEST_BASE_URL}/jobs/${job.jobId}`);
      expect(await afterJob).toEqual({ created: false }); // a fresh analysis of these inputs exists: nothing queued

      // The link: GET /jobs/{id} with a clinician's API key (a browser without one gets a 401 OperationOutcome).
      const path = new URL(link.url).pathname;
      const read = await request(kit.app).get(path).set('Authorization', `Bearer ${clinicianKey}`);
      expect(read.status).toBe(200);
      expect(read.body.result.caseSummary).toBe(analysis!.caseSummary);
      const anonymous = await request(kit.app).get(path);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.resourceType).toBe('OperationOutcome');

      // New vitals: another input hash, so a new job, and the analysis of the old vitals is not shown.
      const changed = nextEnqueue();
      const third = await kit.call(SERVICE, adaView(150));
      expect(third.status).toBe(200);
      expect(analysisCard(third.body)).toBeUndefined();
      const next = await changed;
      expect(next.created).toBe(true);
      expect(next.jobId).not.toBe(job.jobId);
      await until(next.jobId!);
      const fourth = await kit.call(SERVICE, adaView(150));
      expect(analysisCard(fourth.body)?.links?.[0]?.url).toBe(`${TEST_BASE_URL}/jobs/${next.jobId}`);
    },
  );

  it.skipIf(skip)('an analysis older than the freshness window is not shown', async () => {
    expect(analysisCard((await kit.call(SERVICE, adaView(150))).body)).toBeDefined();
    await kit.db.query(`UPDATE job_ref SET completed_at = now() - interval '25 hours' WHERE tenant_id = $1`, [
      kit.tenantId,
    ]);
    const res = await kit.call(SERVICE, adaView(150));
    expect(analysisCard(res.body)).toBeUndefined();
  });

  it.skipIf(skip)(
    'two views of one record handled at once enqueue one job (the dedupe key is locked in the transaction)',
    async () => {
      const view = adaView(123);
      const context = buildPatientContextFromPrefetch(view.prefetch, {
        patientId: 'demo-ada',
        referenceTime: NOW.toISOString(),
      });
      const event = {
        tenantId: kit.tenantId,
        serviceId: SERVICE,
        hook: 'patient-view',
        hookInstance: view.hookInstance,
        patient: 'Patient/demo-ada',
        user: 'Practitioner/dr-1',
        cards: [],
        at: NOW.toISOString(),
        input: { context, prefetch: view.prefetch },
      };
      const before = await jobRefs();
      const results = await Promise.all([
        enqueueAfterPatientView(kit.services, event),
        enqueueAfterPatientView(kit.services, event),
        enqueueAfterPatientView(kit.services, event),
      ]);
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.jobId)).size).toBe(1);
      expect(await jobRefs()).toBe(before + 1);
    },
  );

  it.skipIf(skip)('a prefetch without the Patient resource queues nothing (the analysis could not run)', async () => {
    const view = adaView(124);
    const context = buildPatientContextFromPrefetch(view.prefetch, {
      patientId: 'demo-ada',
      referenceTime: NOW.toISOString(),
    });
    const event = {
      tenantId: kit.tenantId,
      serviceId: SERVICE,
      hook: 'patient-view',
      hookInstance: view.hookInstance,
      patient: 'Patient/demo-ada',
      user: 'Practitioner/dr-1',
      cards: [],
      at: NOW.toISOString(),
      input: { context, prefetch: { ...view.prefetch, patient: null } },
    };
    const before = await jobRefs();
    expect(await enqueueAfterPatientView(kit.services, event)).toEqual({ created: false });
    expect(await jobRefs()).toBe(before);
  });

  it.skipIf(skip)(
    'a tenant sets its own freshness window (PUT /cds-hooks/settings): an analysis older than it is not shown',
    async () => {
      const adminKey = generateApiKey();
      await createApiKey(kit.db, { tenantId: kit.tenantId, name: 'admin', role: 'admin', key: adminKey });
      const settings = (body: object) =>
        request(kit.app).put('/cds-hooks/settings').set('Authorization', `Bearer ${adminKey}`).send(body);
      await kit.db.query(
        `UPDATE job_ref SET completed_at = now() - interval '2 hours' WHERE tenant_id = $1 AND completed_at IS NOT NULL`,
        [kit.tenantId],
      );
      expect(analysisCard((await kit.call(SERVICE, adaView(150))).body)).toBeDefined(); // within the default 24 h
      expect((await settings({ budgetMs: 500, analysisFreshnessMs: 3_600_000 })).status).toBe(200);
      expect(
        (await request(kit.app).get('/cds-hooks/settings').set('Authorization', `Bearer ${adminKey}`)).body,
      ).toEqual({ budgetMs: 500, analysisFreshnessMs: 3_600_000 });
      expect(analysisCard((await kit.call(SERVICE, adaView(150))).body)).toBeUndefined(); // older than the tenant's hour
      expect((await settings({ budgetMs: 500, analysisFreshnessMs: 1_000 })).status).toBe(400);
      expect((await settings({ budgetMs: 500 })).status).toBe(200); // unset again: the server's default
      expect(analysisCard((await kit.call(SERVICE, adaView(150))).body)).toBeDefined();
    },
  );
});
