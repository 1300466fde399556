import type PgBoss from 'pg-boss';
import type { PatientContext } from '@meridian/fhir-adapter';
import { rescorePatient } from '../../use-cases/alerts/rescore-patient.js';
import { caseAnalysisDedupeKey } from '../../use-cases/case-analysis/dedupe-key.js';
import type { Services } from '../../use-cases/services.js';
import type { Queryable } from '../../platform/store/db.js';
import { bossDb } from '../../platform/jobs/boss-db.js';
import { CASE_ANALYSIS_QUEUE } from '../../platform/jobs/job-queue.js';
import type { RescoreRequest } from '../../platform/jobs/rescore-jobs.js';

/** Who asked for the case analyses that new HL7 data queues, in the job's record. */
export const RESCORE_CASE_ANALYSIS_REQUESTER = 'system:risk-rescore';

/**
 * Queues a case analysis of the patient when its inputs changed: none is
 * queued when a job for the same inputs (`caseAnalysisDedupeKey`) already
 * exists, queued, running or done; a dead one is tried again.
 */
async function enqueueCaseAnalysisIfChanged(
  services: Services,
  tx: Queryable,
  tenantId: string,
  context: PatientContext,
): Promise<void> {
  const key = caseAnalysisDedupeKey(context);
  const { rows } = await tx.query<{ id: string }>(
    'SELECT id FROM job_ref WHERE tenant_id = $1 AND dedupe_key = $2 ORDER BY created_at DESC LIMIT 1',
    [tenantId, key],
  );
  if (rows[0]) {
    const boss = await services.jobs.ready();
    const previous = await boss.getJobById(CASE_ANALYSIS_QUEUE, rows[0].id, { db: bossDb(tx), includeArchive: true });
    const output = previous?.output as { error?: unknown } | null | undefined;
    if (
      previous &&
      (['created', 'retry', 'active'].includes(previous.state) || (previous.state === 'completed' && !output?.error))
    )
      return;
  }
  await services.jobs.enqueueCaseAnalysisOnce(
    tx,
    tenantId,
    { request: { patient: context.patient.reference }, requestedBy: RESCORE_CASE_ANALYSIS_REQUESTER },
    key,
  );
}

/**
 * The handler of risk re-scoring jobs (queued by the HL7 listener in each
 * message's transaction): runs
 * {@link rescorePatient} under the system principal `risk-rescore`, which
 * stores the RiskAssessments, writes a DetectedIssue and an alert for each
 * threshold crossed, and publishes the alerts; in the same transaction it
 * queues a case analysis of the patient when the record's inputs changed. A
 * failure throws: the queue retries with backoff, then dead-letters.
 *
 * @example
 * ```ts
 * await services.jobs.workRescores(riskRescoreHandler(services), 2);
 * ```
 */
export function riskRescoreHandler(services: Services, options: { caseAnalysis?: boolean } = {}) {
  const caseAnalysis = options.caseAnalysis ?? true;
  return async (job: PgBoss.Job<RescoreRequest>): Promise<void> => {
    const { tenantId, patient, triggeredBy } = job.data;
    try {
      await rescorePatient(services, tenantId, patient, {
        triggeredBy,
        ...(caseAnalysis
          ? {
              withContext: (tx: Queryable, context: PatientContext) =>
                enqueueCaseAnalysisIfChanged(services, tx, tenantId, context),
            }
          : {}),
      });
    } catch (error) {
      services.logger.warn(
        { jobId: job.id, error: (error as Error).name },
        'risk re-scoring job failed; the queue retries it while attempts remain',
      );
      // Only the job id reaches the queue's stored error: the cause may hold patient data, so it stays out.
      // eslint-disable-next-line preserve-caught-error
      throw new Error('risk re-scoring failed; see the server log for this job id');
    }
  };
}
