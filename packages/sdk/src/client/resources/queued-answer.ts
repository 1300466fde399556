import type { z } from 'zod';
import { jobAcceptedSchema, type JobAccepted } from '../../schemas/jobs.js';
import { MeridianError } from '../errors.js';
import type { JobsResource } from './jobs.js';
import { checkResponse } from '../validate.js';

/**
 * A submission's answer: the accepted job (202), or the result itself,
 * checked against `schema`.
 *
 * @example
 * ```ts
 * const answer = answerOrJob(await transport.request({ method: 'POST', path: '/notes/extract', body }), extractionResultSchema);
 * ```
 */
export function answerOrJob<T>(answer: unknown, schema: z.ZodType<T>): T | JobAccepted {
  const accepted = jobAcceptedSchema.safeParse(answer);
  return accepted.success ? accepted.data : checkResponse(schema, answer);
}

/**
 * The result of a submission that the server may have queued: the answer
 * itself, or the job's result once it completes (a `MeridianError` when the
 * job ends otherwise, or its result is not what `schema` describes).
 *
 * @example
 * ```ts
 * return settle(this.jobs, await this.submit(request), caseAnalysisSchema, 'case analysis', options.timeoutMs);
 * ```
 */
export async function settle<T extends object>(
  jobs: JobsResource,
  answer: T | JobAccepted,
  schema: z.ZodType<T>,
  what: string,
  timeoutMs?: number,
): Promise<T> {
  if (!('jobId' in answer)) return answer;
  const job = await jobs.wait(answer.jobId, { timeoutMs });
  const result = job.status === 'completed' ? schema.safeParse(job.result) : undefined;
  if (!result?.success)
    throw new MeridianError(`${what} job ${job.id} ended ${job.status}: ${job.error?.message ?? 'no result'}`);
  return result.data;
}
