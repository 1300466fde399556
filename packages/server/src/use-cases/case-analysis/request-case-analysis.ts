/**
 * `POST /cases/analyze` without HTTP: the request checked at once, the
 * analysis enqueued with its AuditEvent in one transaction, and the answer
 * awaited for a while.
 *
 * @module
 */
import type { CaseAnalyzeRequest, Job, JobAccepted } from '@meridian/sdk';
import { JOB_IDENTIFIER_SYSTEM } from '../../platform/jobs/job-kinds.js';
import type { JobQueue } from '../../platform/jobs/job-queue.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import { principalId } from '../../platform/tenancy/principal.js';
import { assertPlausibleAnswers } from '../risk-assessment/check-answers.js';
import { loadPatientContext } from '../risk-assessment/load-patient-context.js';
import type { Services } from '../services.js';

/** How long a request waits for its analysis when it names no `budgetMs`. */
export const DEFAULT_CASE_BUDGET_MS = 10_000;
const FINAL = new Set(['completed', 'dead']);

/** The analysis, when it finished within the budget; else the job to follow. */
export type CaseAnalysisAnswer = { status: 200; body: NonNullable<Job['result']> } | { status: 202; body: JobAccepted };

async function waitForJob(queue: JobQueue, tenantId: string, id: string, budgetMs: number): Promise<Job | undefined> {
  const deadline = Date.now() + budgetMs;
  let job = await queue.get(tenantId, id);
  while (job && !FINAL.has(job.status) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(25, Math.max(1, deadline - Date.now()))));
    job = await queue.get(tenantId, id);
  }
  return job;
}

/**
 * Checks the request (an unknown patient is a 404, a bad Bundle or an
 * implausible answer a 400, at once), enqueues the analysis with its AuditEvent (`case-analyze-request`,
 * naming the patient and the job) in one transaction, and answers the
 * analysis if it completes within `budgetMs` (default 10 s), else the job.
 *
 * @example
 * ```ts
 * const answer = await requestCaseAnalysis(services, actor, { patient: 'Patient/demo-ada', budgetMs: 0 });
 * if (answer.status === 202) console.log(answer.body.location);
 * ```
 */
export async function requestCaseAnalysis(
  services: Services,
  actor: Actor,
  request: CaseAnalyzeRequest,
): Promise<CaseAnalysisAnswer> {
  assertPlausibleAnswers(request.answers);
  const referenceTime = request.referenceTime ?? new Date().toISOString();
  const context = await loadPatientContext(services.db, actor.tenantId, request, referenceTime);
  await services.jobs.ready();
  const jobId = await services.audit.record(
    actor,
    (tx) =>
      services.jobs.enqueueCaseAnalysis(tx, actor.tenantId, {
        request,
        requestedBy: `${actor.principal.kind}:${principalId(actor.principal)}`,
      }),
    (id) => ({
      action: 'E',
      interaction: 'operation',
      operation: 'case-analyze-request',
      patients: [context.patient.reference],
      ...(id ? { objects: [{ system: JOB_IDENTIFIER_SYSTEM, value: id, display: 'case-analysis job' }] } : {}),
    }),
  );
  services.jobs.wake();
  const job = await waitForJob(services.jobs, actor.tenantId, jobId, request.budgetMs ?? DEFAULT_CASE_BUDGET_MS);
  if (job?.status === 'completed' && job.result) return { status: 200, body: job.result };
  return { status: 202, body: { jobId, status: job?.status ?? 'queued', location: `/jobs/${jobId}` } };
}
