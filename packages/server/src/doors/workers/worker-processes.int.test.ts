import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acutePatientBundle } from '../../use-cases/case-analysis/testing/case-fixtures.js';
import { processBundle } from '../../platform/fhir-store/process-bundle.js';
import { createServices, type Services } from '../../use-cases/services.js';
import { ensureTenant } from '../../platform/tenancy/tenants.js';
import { createTestDb, DB_KINDS, TEST_POSTGRES_URL, type TestDb } from '../../testing/test-databases.js';

const bin = fileURLToPath(new URL('../../../dist/worker.js', import.meta.url));
const postgres = DB_KINDS.find((k) => k.kind === 'postgres')!;

/**
 * Scale-out: two `npm run worker` processes (the built binary) on one
 * Postgres share the queue; every job runs once, in one of them.
 */
describe.skipIf(postgres.skip || !existsSync(bin))('worker processes on Postgres', () => {
  let t: TestDb;
  let services: Services;
  const workers: ChildProcess[] = [];
  const key = randomBytes(32);
  beforeAll(async () => {
    t = await createTestDb('postgres');
    await ensureTenant(t.db, { id: 'scale', name: 'Scale' });
    services = createServices({ db: t.db, caseAnalysis: { encryptionKey: key } });
    const bundle = acutePatientBundle('sc-1', new Date().toISOString());
    await t.db.transaction((tx) => processBundle(tx, 'scale', bundle as never, new Date()));
    const { rows } = await t.db.query<{ schema: string }>('SELECT current_schema() AS schema');
    const url = `${TEST_POSTGRES_URL}${TEST_POSTGRES_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${rows[0]!.schema}`)}`;
    for (let i = 0; i < 2; i++) {
      const child = spawn(process.execPath, [bin], {
        env: {
          ...process.env,
          DATABASE_URL: url,
          MERIDIAN_ENCRYPTION_KEY: key.toString('base64'),
          MERIDIAN_WORKERS: '2',
          LOG_LEVEL: 'silent',
          LLM_BASE_URL: '',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      workers.push(child);
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', (d: Buffer) => d.toString().includes('Meridian worker') && resolve());
        child.on('exit', (code) => reject(new Error(`worker exited ${code}`)));
      });
    }
  });
  afterAll(async () => {
    for (const w of workers) w.kill('SIGTERM');
    await Promise.all(
      workers.map((w) => new Promise((resolve) => (w.exitCode !== null ? resolve(null) : w.on('exit', resolve)))),
    );
    await services?.jobs.stop(100);
    await t?.dispose();
  });

  it('runs each of 20 jobs exactly once across the processes', async () => {
    await services.jobs.ready();
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      ids.push(
        await t.db.transaction((tx) =>
          services.jobs.enqueueCaseAnalysis(tx, 'scale', {
            request: { patient: 'Patient/sc-1', question: `q${i}` },
            requestedBy: 'test',
          }),
        ),
      );
    }
    const deadline = Date.now() + 60_000;
    for (const id of ids) {
      for (;;) {
        const job = await services.jobs.get('scale', id);
        if (job?.status === 'completed') break;
        if (Date.now() > deadline || job?.status === 'dead') throw new Error(`job ${id}: ${job?.status}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    // Each run of a job appends one 'case-analyze' AuditEvent whose request id is the job id.
    const { rows } = await t.db.query<{ request_id: string; n: number }>(
      `SELECT ext->>'valueString' AS request_id, count(*)::int AS n
       FROM audit_event, jsonb_array_elements(resource->'extension') AS ext
       WHERE tenant_id = 'scale' AND resource->'subtype' @> '[{"code":"case-analyze"}]' GROUP BY 1`,
    );
    expect(rows.map((r) => r.request_id).sort()).toEqual([...ids].sort());
    expect(rows.every((r) => r.n === 1)).toBe(true);
    const results = await Promise.all(ids.map((id) => services.jobs.get('scale', id)));
    expect(results.every((j) => j?.result?.patient === 'Patient/sc-1')).toBe(true);
  });
});
