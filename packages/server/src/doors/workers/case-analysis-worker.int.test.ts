import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acutePatientBundle } from '../../use-cases/case-analysis/testing/case-fixtures.js';
import { processBundle } from '../../platform/fhir-store/process-bundle.js';
import { createServices, type Services } from '../../use-cases/services.js';
import { ensureTenant } from '../../platform/tenancy/tenants.js';
import { createTestDb, DB_KINDS, type TestDb } from '../../testing/test-databases.js';
import { caseAnalysisHandler } from './case-analysis-worker.js';
import { openJobResult } from '../../platform/jobs/job-results.js';

const TENANT = 'clinic-once';

describe.each(DB_KINDS)('case analysis handler stores a result once, on $kind', ({ kind, skip }) => {
  let t: TestDb;
  let services: Services;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestDb(kind);
    await ensureTenant(t.db, { id: TENANT, name: 'Once' });
    services = createServices({ db: t.db });
    await t.db.transaction((tx) =>
      processBundle(tx, TENANT, acutePatientBundle('once-1', new Date().toISOString()) as never, new Date()),
    );
    await services.jobs.ready();
  });
  afterAll(async () => {
    await services?.jobs.stop(100);
    await t?.dispose();
  });

  it.skipIf(skip)(
    'a second attempt of a job whose result is stored (its worker died before the queue marked it done) answers that result without another AuditEvent',
    async () => {
      const id = await t.db.transaction((tx) =>
        services.jobs.enqueueCaseAnalysis(tx, TENANT, { request: { patient: 'Patient/once-1' }, requestedBy: 'test' }),
      );
      const queued = await (await services.jobs.ready()).getJobById('case-analysis', id);
      const data = queued!.data as { tenantId: string; sealed: string };
      const handle = caseAnalysisHandler(services);
      const first = await handle({ id, name: 'case-analysis', data } as PgBoss.Job<typeof data>);
      const second = await handle({ id, name: 'case-analysis', data } as PgBoss.Job<typeof data>);
      expect(second).toEqual(first);
      if (!('sealed' in first)) throw new Error('expected a result');
      expect(openJobResult(services.caseAnalysis.encryptionKey, TENANT, id, first.sealed).patient).toBe(
        'Patient/once-1',
      );
      const audits = await t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_event, jsonb_array_elements(resource->'extension') AS ext
        WHERE tenant_id = $1 AND resource->'subtype' @> '[{"code":"case-analyze"}]' AND ext->>'valueString' = $2`,
        [TENANT, id],
      );
      expect(audits.rows[0]!.n).toBe(1);
    },
  );
});
