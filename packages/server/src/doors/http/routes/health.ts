import { Router } from 'express';
import type { Health } from '@meridian/sdk';
import type { Db } from '../../../platform/store/db.js';
import { currentMigration, LATEST_MIGRATION } from '../../../platform/store/migrate.js';

/**
 * `GET /health/live` (the process answers) and `GET /health/ready` (the
 * database answers and its migrations are current; 503 otherwise). No auth:
 * load balancers and Kubernetes probes call them.
 */
export function healthRoutes(db: Db, version: string): Router {
  const router = Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok', version } satisfies Health);
  });
  router.get('/health/ready', async (_req, res) => {
    const database = await db.query('SELECT 1').then(
      () => 'ok' as const,
      () => 'failing' as const,
    );
    const migrations = database === 'ok' && (await currentMigration(db)) === LATEST_MIGRATION ? 'ok' : 'failing';
    const ok = database === 'ok' && migrations === 'ok';
    const body: Health = { status: ok ? 'ok' : 'unavailable', version, checks: { database, migrations } };
    res.status(ok ? 200 : 503).json(body);
  });
  return router;
}
