import { startJobWorkers } from './doors/workers/start-workers.js';
import { bootServices } from './boot/boot-services.js';

/**
 * `npm run worker`: a process that runs queued jobs only (no HTTP: case analyses, note and document extractions, risk re-scorings), for
 * scale-out on Postgres; start as many as needed, a job never runs twice.
 */
const { services, config } = await bootServices(process.env, 'worker');
const count = Math.max(1, config.MERIDIAN_WORKERS);
await startJobWorkers(services, count);
services.logger.info({ workers: count, database: services.db.kind }, 'worker started');
process.stdout.write(`Meridian worker: ${count} worker(s) on ${services.db.kind}\n`);

async function shutdown(signal: string) {
  services.logger.info({ signal }, 'worker stopping');
  await services.jobs.stop(10_000);
  await services.db.close().catch(() => undefined);
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
