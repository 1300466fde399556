import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acutePatientBundle, citedDraft } from '../../use-cases/case-analysis/testing/case-fixtures.js';
import { processBundle } from '../../platform/fhir-store/process-bundle.js';
import { startFakeModelServer, type FakeModelServer } from '../../platform/llm/testing/fake-model-server.js';
import { createServices, type Services } from '../../use-cases/services.js';
import { ensureTenant } from '../../platform/tenancy/tenants.js';
import { createTestDb, DB_KINDS, TEST_POSTGRES_URL, type TestDb } from '../../testing/test-databases.js';

const bin = fileURLToPath(new URL('../../../dist/worker.js', import.meta.url));
const postgres = DB_KINDS.find((k) => k.kind === 'postgres')!;
const TENANT = 'crash';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A worker process (the built `npm run worker` binary) killed with SIGKILL
 * while its case analysis waits on a slow model: pg-boss expires the job,
 * another worker process retries it, and it completes exactly once (one
 * stored result, one AuditEvent of the analysis). Postgres only: PGlite is
 * single-process, so no worker there can die apart from the database's own process.
 */
describe.skipIf(postgres.skip || !existsSync(bin))(
  'a worker process killed mid-job, on Postgres (PGlite skipped: single-process, a worker cannot die apart from it)',
  () => {
    let t: TestDb;
    let services: Services;
    let model: FakeModelServer;
    let url = '';
    const workers: ChildProcess[] = [];
    const key = randomBytes(32);

    const startWorker = async () => {
      const env = {
        ...process.env,
        DATABASE_URL: url,
        MERIDIAN_ENCRYPTION_KEY: key.toString('base64'),
        MERIDIAN_WORKERS: '1',
        LOG_LEVEL: 'silent',
        LLM_BASE_URL: model.baseUrl,
        LLM_MODELS: 'slow-model',
        LLM_TIMEOUT_MS: '60000',
      };
      const child = spawn(process.execPath, [bin], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      workers.push(child);
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', (d: Buffer) => d.toString().includes('Meridian worker') && resolve());
        child.on('exit', (code) => reject(new Error(`worker exited ${code}`)));
      });
      return child;
    };

    beforeAll(async () => {
      // The first call hangs (the job is mid-flight when its worker dies); later calls answer at once.
      model = await startFakeModelServer((_request, index) =>
        index === 0 ? { delayMs: 60_000, content: citedDraft('cr-1') } : { content: citedDraft('cr-1') },
      );
      t = await createTestDb('postgres');
      await ensureTenant(t.db, { id: TENANT, name: 'Crash' });
      // This process creates the queue (4 s expiry, 1 s retry delay) and looks for expired jobs every second.
      services = createServices({
        db: t.db,
        caseAnalysis: { encryptionKey: key },
        jobs: { expireInSeconds: 4, retryDelaySeconds: 1, maintenanceIntervalSeconds: 1 },
      });
      await t.db.transaction((tx) =>
        processBundle(tx, TENANT, acutePatientBundle('cr-1', new Date().toISOString()) as never, new Date()),
      );
      await services.jobs.ready();
      const { rows } = await t.db.query<{ schema: string }>('SELECT current_schema() AS schema');
      url = `${TEST_POSTGRES_URL}${TEST_POSTGRES_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${rows[0]!.schema}`)}`;
    });
    afterAll(async () => {
      for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGTERM');
      await Promise.all(
        workers.map(
          (w) =>
            new Promise((resolve) =>
              w.exitCode !== null || w.signalCode !== null ? resolve(null) : w.on('exit', resolve),
            ),
        ),
      );
      await services?.jobs.stop(100);
      await t?.dispose();
      await model?.close();
    });

    it('the job is retried by another worker and completes once: one stored result, one AuditEvent of the analysis', async () => {
      const first = await startWorker();
      const id = await t.db.transaction((tx) =>
        services.jobs.enqueueCaseAnalysis(tx, TENANT, { request: { patient: 'Patient/cr-1' }, requestedBy: 'test' }),
      );
      const deadline = Date.now() + 3_000;
      while (model.chats.length === 0) {
        if (Date.now() > deadline) throw new Error('the first worker never called the model');
        await sleep(20);
      }
      expect((await services.jobs.get(TENANT, id))?.status).toBe('running');
      first.kill('SIGKILL');
      await new Promise((resolve) => first.once('exit', resolve));
      expect(first.signalCode).toBe('SIGKILL');

      await startWorker();
      let job = await services.jobs.get(TENANT, id);
      const until = Date.now() + 40_000;
      while (job?.status !== 'completed') {
        if (Date.now() > until || job?.status === 'dead') throw new Error(`job ${id}: ${job?.status}`);
        await sleep(200);
        job = await services.jobs.get(TENANT, id);
      }
      expect(job.attempts).toBe(2);
      expect(job.result).toMatchObject({ patient: 'Patient/cr-1', provenance: { engine: 'llm', model: 'slow-model' } });
      expect(model.chats.length).toBe(2);

      const stored = await t.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM job_ref WHERE id = $1 AND result_ciphertext IS NOT NULL AND completed_at IS NOT NULL',
        [id],
      );
      expect(stored.rows[0]!.n).toBe(1);
      const audits = await t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_event, jsonb_array_elements(resource->'extension') AS ext
        WHERE tenant_id = $1 AND resource->'subtype' @> '[{"code":"case-analyze"}]' AND ext->>'valueString' = $2`,
        [TENANT, id],
      );
      expect(audits.rows[0]!.n).toBe(1);
    });
  },
);
