/**
 * The server side of bench/cds-hooks, in its own process(es) so the load
 * generator does not share their event loop: `MODE=meridian` (Meridian on
 * Postgres or PGlite, one tenant, the bench EHR registered; on Postgres,
 * `WORKERS=n` runs n processes on one port with node:cluster) or
 * `MODE=echo` (a bare Express app that answers the JSON body it got).
 * Prints `READY <port>` when listening.
 */
import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createApp } from '../../packages/server/src/doors/http/app.js';
import { createServices } from '../../packages/server/src/use-cases/services.js';
import { openPgDb } from '../../packages/server/src/platform/store/pg-db.js';
import { createEhrClient } from '../../packages/server/src/platform/tenancy/ehr-clients.js';
import { ensureTenant } from '../../packages/server/src/platform/tenancy/tenants.js';
import { createTestDb, TEST_POSTGRES_URL } from '../../packages/server/src/testing/test-databases.js';

const mode = process.env.MODE ?? 'meridian';
const workers = Number(process.env.WORKERS ?? 1);
const POOL = Number(process.env.POOL ?? 10);

function listen(app: express.Express, port: number, onStop: () => Promise<unknown>) {
  const server = app.listen(port, '127.0.0.1', () => {
    if (!cluster.isWorker) console.log(`READY ${(server.address() as AddressInfo).port}`);
    else process.send?.({ listening: true });
  });
  const stop = async () => {
    server.close();
    await onStop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

const meridianApp = (db: Awaited<ReturnType<typeof openPgDb>>) =>
  createApp({ services: createServices({ db, publicUrl: 'http://bench.local' }) });

if (mode === 'echo') {
  const app = express();
  app.use(express.json({ limit: '10mb' }));
  app.post('/echo', (req, res) => void res.json(req.body));
  listen(app, 0, async () => undefined);
} else if (cluster.isWorker) {
  const db = await openPgDb({ connectionString: TEST_POSTGRES_URL, schema: process.env.BENCH_SCHEMA!, max: POOL });
  listen(meridianApp(db), Number(process.env.BENCH_PORT), () => db.close());
} else {
  const kind = process.env.DB === 'pglite' ? 'pglite' : 'postgres';
  const testDb = await createTestDb(kind, { max: POOL });
  await ensureTenant(testDb.db, { id: 'bench', name: 'Bench' });
  await createEhrClient(testDb.db, {
    tenantId: 'bench',
    issuer: process.env.ISSUER!,
    name: 'Bench EHR',
    jwks: { keys: [JSON.parse(process.env.PUBLIC_JWK!)] },
  });
  if (workers > 1 && kind === 'postgres') {
    const schema = (await testDb.db.query<{ s: string }>('SELECT current_schema() AS s')).rows[0]!.s;
    // A free port for all workers to share.
    const probe = express().listen(0, '127.0.0.1');
    await new Promise((resolve) => probe.once('listening', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    let ready = 0;
    for (let i = 0; i < workers; i++) {
      cluster.fork({ BENCH_SCHEMA: schema, BENCH_PORT: String(port) }).on('message', () => {
        if (++ready === workers) console.log(`READY ${port}`);
      });
    }
    const stop = async () => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await testDb.dispose();
      process.exit(0);
    };
    process.on('SIGTERM', () => void stop());
  } else {
    listen(meridianApp(testDb.db as never), 0, () => testDb.dispose());
  }
}
