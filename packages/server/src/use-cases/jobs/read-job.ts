/**
 * A queued job as its requester follows it, without HTTP: read once (its
 * analysis is clinical data, so the read is audited, with the patient once
 * the result names it), then watched until it ends.
 *
 * @module
 */
import type { Job } from '@meridian/sdk';
import { notFound } from '../../platform/errors/outcome-error.js';
import { JOB_IDENTIFIER_SYSTEM } from '../../platform/jobs/job-kinds.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import type { Services } from '../services.js';

/** The statuses a job does not leave. */
export const FINAL_JOB_STATUSES: ReadonlySet<string> = new Set(['completed', 'dead']);

/**
 * A job of the actor's tenant (another tenant's is a 404), audited as `job-read`.
 *
 * @example
 * ```ts
 * const job = await readJob(services, actor, '5b1f…');
 * ```
 */
export async function readJob(services: Services, actor: Actor, id: string): Promise<Job> {
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
}

/**
 * The job as it moves: first {@link readJob} (so an unknown job rejects the
 * first `next()`), then a fresh read every `pollMs` (from the database, so
 * any worker process's progress shows), ending after a final status.
 *
 * @example
 * ```ts
 * for await (const job of followJob(services, actor, id)) console.log(job.status, job.progress?.percent);
 * ```
 */
export async function* followJob(
  services: Services,
  actor: Actor,
  id: string,
  pollMs = 200,
): AsyncGenerator<Job, void> {
  let job = await readJob(services, actor, id);
  for (;;) {
    yield job;
    if (FINAL_JOB_STATUSES.has(job.status)) return;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    job = (await services.jobs.get(actor.tenantId, job.id)) ?? job;
  }
}
