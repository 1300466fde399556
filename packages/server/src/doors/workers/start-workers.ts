import type { Services } from '../../use-cases/services.js';
import { caseAnalysisHandler } from './case-analysis-worker.js';
import { documentJobHandler } from './document-worker.js';
import { extractionHandler } from './extraction-worker.js';
import { riskRescoreHandler } from './risk-rescore-worker.js';

/**
 * Starts this process's job workers: `count` for each queue (case analyses,
 * note extractions, document extractions, risk re-scorings; the queues live in the database, so the server
 * (`MERIDIAN_WORKERS`) and `npm run worker` processes share them; a job runs
 * once, and a job left by a process that died runs after a restart).
 *
 * @example
 * ```ts
 * await startJobWorkers(services, 2);
 * ```
 */
export async function startJobWorkers(services: Services, count: number): Promise<void> {
  await services.jobs.work(caseAnalysisHandler(services), count);
  await services.jobs.work(extractionHandler(services), count, 0.5, 'extraction');
  await services.jobs.work(documentJobHandler(services), count, 0.5, 'document-extraction');
  await services.jobs.workRescores(riskRescoreHandler(services), count);
}
