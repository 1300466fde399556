import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseAnalysisHandler } from '../../doors/workers/case-analysis-worker.js';
import type { OutcomeError } from '../../platform/errors/outcome-error.js';
import { actorFor, type Actor } from '../../platform/tenancy/actor.js';
import { ensureTenant } from '../../platform/tenancy/tenants.js';
import { createTestDb, DB_KINDS, type TestDb } from '../../testing/test-databases.js';
import { createServices, type Services } from '../services.js';
import { FINAL_JOB_STATUSES, followJob, readJob } from './read-job.js';

const TENANT = 'clinic-jobs';

describe.each(DB_KINDS)('following a job without HTTP, on $kind', ({ kind, skip }) => {
  let t: TestDb;
  let services: Services;
  let actor: Actor;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestDb(kind);
    await ensureTenant(t.db, { id: TENANT, name: 'Jobs' });
    await ensureTenant(t.db, { id: 'other', name: 'Other' });
    services = createServices({ db: t.db });
    await services.jobs.ready();
    actor = actorFor({ kind: 'api-key', tenantId: TENANT, apiKeyId: 'k-1', name: 'Ward', role: 'clinician' }, 'req-1');
  });
  afterAll(async () => {
    await services?.jobs.stop(100);
    await t?.dispose();
  });

  it.skipIf(skip)('reads a queued job (audited), and 404s an unknown one or another tenant’s', async () => {
    const id = await t.db.transaction((tx) =>
      services.jobs.enqueueCaseAnalysis(tx, TENANT, { request: { patient: 'Patient/nobody' }, requestedBy: 'test' }),
    );
    expect((await readJob(services, actor, id)).status).toBe('queued');
    const stranger = actorFor({ ...actor.principal, tenantId: 'other' }, 'req-2');
    const refused = await readJob(services, stranger, id).catch((e: OutcomeError) => e);
    expect((refused as OutcomeError).status).toBe(404);
    const first = await followJob(services, actor, crypto.randomUUID())
      .next()
      .catch((e: OutcomeError) => e);
    expect((first as OutcomeError).status).toBe(404);
    // The read, and the refused read of an unknown job, in this tenant's trail; the stranger's refusal in its own.
    const { rows } = await t.db.query<{ outcome: string }>(
      `SELECT resource->>'outcome' AS outcome FROM audit_event
        WHERE tenant_id = $1 AND resource->'subtype' @> '[{"code":"job-read"}]' ORDER BY seq`,
      [TENANT],
    );
    expect(rows.map((r) => r.outcome)).toEqual(['0', '4']);
  });

  it.skipIf(skip)('follows a job until a worker ends it, then stops', async () => {
    const id = await t.db.transaction((tx) =>
      services.jobs.enqueueCaseAnalysis(tx, TENANT, { request: { patient: 'Patient/nobody' }, requestedBy: 'test' }),
    );
    const seen: string[] = [];
    const follow = (async () => {
      for await (const job of followJob(services, actor, id, 10)) seen.push(job.status);
    })();
    // The patient is unknown: the analysis ends at once with its error, a final status.
    await services.jobs.work(caseAnalysisHandler(services), 1);
    services.jobs.wake();
    await follow;
    expect(seen[0]).toBe('queued');
    expect(FINAL_JOB_STATUSES.has(seen.at(-1)!)).toBe(true);
  });
});
