import { Router } from 'express';
import { z } from 'zod';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import { followJob, readJob } from '../../../use-cases/jobs/read-job.js';
import type { Services } from '../../../use-cases/services.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

const jobIdSchema = z.strictObject({ id: z.uuid() });

/**
 * `GET /jobs/{id}`: a job of the caller's tenant (another tenant's is 404).
 * `GET /jobs/{id}/events`: server-sent events as the job moves (`progress`,
 * `running`, `failed` before a retry, `completed`, `dead`), ending after the
 * final one; read from the database, so any worker process's progress shows.
 */
export function jobRoutes(services: Services): Router {
  const router = Router();
  const guard = apiKeyRoute(services, ['admin', 'clinician', 'integration']);

  router.get('/jobs/:id', ...guard, async (req, res) => {
    const { id } = parseOrThrow(jobIdSchema, req.params, 'path');
    res.json(await readJob(services, actorOf(res), id));
  });

  router.get('/jobs/:id/events', ...guard, async (req, res) => {
    const { id } = parseOrThrow(jobIdSchema, req.params, 'path');
    const moves = followJob(services, actorOf(res), id);
    // The first read answers an unknown job with a 404, before the stream opens.
    let next = await moves.next();
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    let closed = false;
    req.on('close', () => (closed = true));
    let last = '';
    while (!next.done && !closed) {
      const job = next.value;
      const state = `${job.status}|${job.progress?.step}|${job.progress?.percent}|${job.attempts}`;
      if (state !== last) {
        const event = state.split('|')[0] === last.split('|')[0] ? 'progress' : job.status;
        res.write(`event: ${event}\ndata: ${JSON.stringify({ event, job })}\n\n`);
        last = state;
      }
      next = await moves.next();
    }
    res.end();
  });
  return router;
}
