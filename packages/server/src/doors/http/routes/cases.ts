import { Router } from 'express';
import { JOB_IDENTIFIER_SYSTEM } from '../../../platform/jobs/job-kinds.js';
import { caseAnalyzeRequestSchema, type Job } from '@meridian/sdk';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import type { JobQueue } from '../../../platform/jobs/job-queue.js';
import { loadPatientContext } from '../../../use-cases/risk-assessment/load-patient-context.js';
import { assertPlausibleAnswers } from '../../../use-cases/risk-assessment/check-answers.js';
import type { Services } from '../../../use-cases/services.js';
import { principalId } from '../../../platform/tenancy/principal.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

const DEFAULT_BUDGET_MS = 10_000;
const FINAL = new Set(['completed', 'dead']);

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
 * `POST /cases/analyze`: checks the request (an unknown patient is a 404, a
 * bad Bundle or an implausible answer a 400, at once), enqueues the analysis with its AuditEvent in
 * one transaction, and answers the analysis if it finishes within `budgetMs`
 * (default 10 s), else `202` with the job's location.
 */
export function caseRoutes(services: Services): Router {
  const router = Router();
  router.post(
    '/cases/analyze',
    ...apiKeyRoute(services, ['admin', 'clinician', 'integration'], { body: true }),
    async (req, res) => {
      const actor = actorOf(res);
      const request = parseOrThrow(caseAnalyzeRequestSchema, req.body, 'body');
      assertPlausibleAnswers(request.answers);
      const context = await loadPatientContext(
        services.db,
        actor.tenantId,
        request,
        request.referenceTime ?? new Date().toISOString(),
      );
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
      const job = await waitForJob(services.jobs, actor.tenantId, jobId, request.budgetMs ?? DEFAULT_BUDGET_MS);
      if (job?.status === 'completed' && job.result) return void res.json(job.result);
      const location = `/jobs/${jobId}`;
      res
        .status(202)
        .location(location)
        .json({ jobId, status: job?.status ?? 'queued', location });
    },
  );
  return router;
}
