import { Router } from 'express';
import { z } from 'zod';
import { notFound } from '../../../platform/errors/outcome-error.js';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import type { Services } from '../../../use-cases/services.js';
import type { Actor } from '../../../platform/tenancy/actor.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';
import { JOB_IDENTIFIER_SYSTEM } from '../../../platform/jobs/job-kinds.js';

const jobIdSchema = z.strictObject({ id: z.uuid() });
const FINAL = new Set(['completed', 'dead']);
const POLL_MS = 200;

/**
 * `GET /jobs/{id}`: a job of the caller's tenant (another tenant's is 404).
 * `GET /jobs/{id}/events`: server-sent events as the job moves (`progress`,
 * `running`, `failed` before a retry, `completed`, `dead`), ending after the
 * final one; read from the database, so any worker process's progress shows.
 */
export function jobRoutes(services: Services): Router {
  const router = Router();
  const guard = apiKeyRoute(services, ['admin', 'clinician', 'integration']);
  // Reading a job reads its analysis (clinical data): audited, with the patient once the result names it.
  const load = async (actor: Actor, params: unknown) => {
    const { id } = parseOrThrow(jobIdSchema, params, 'path');
    // Read before the audit transaction: the queue reads through its own connection (PGlite has one).
    const found = await services.jobs.get(actor.tenantId, id);
    return services.audit.record(
      actor,
      async () => {
        if (!found) throw notFound(`job ${id} is not known`);
        return found;
      },
      (job) => ({
        action: 'R',
        interaction: 'operation',
        operation: 'job-read',
        patients: job?.result?.patient ? [job.result.patient] : [],
        resources: job?.result && 'documentReference' in job.result ? [job.result.documentReference] : [],
        objects: [{ system: JOB_IDENTIFIER_SYSTEM, value: id }],
      }),
    );
  };

  router.get('/jobs/:id', ...guard, async (req, res) => {
    res.json(await load(actorOf(res), req.params));
  });

  router.get('/jobs/:id/events', ...guard, async (req, res) => {
    const tenantId = actorOf(res).tenantId;
    let job = await load(actorOf(res), req.params);
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    let closed = false;
    req.on('close', () => (closed = true));
    let last = '';
    while (!closed) {
      const state = `${job.status}|${job.progress?.step}|${job.progress?.percent}|${job.attempts}`;
      if (state !== last) {
        const event = state.split('|')[0] === last.split('|')[0] ? 'progress' : job.status;
        res.write(`event: ${event}\ndata: ${JSON.stringify({ event, job })}\n\n`);
        last = state;
      }
      if (FINAL.has(job.status)) break;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      job = (await services.jobs.get(tenantId, job.id)) ?? job;
    }
    res.end();
  });
  return router;
}
