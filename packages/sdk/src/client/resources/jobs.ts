import { MeridianTimeoutError } from '../errors.js';
import { jobEventSchema, jobSchema, type Job, type JobEvent } from '../../schemas/jobs.js';
import { readServerSentEvents } from '../sse.js';
import type { Transport } from '../transport.js';
import { checkResponse } from '../validate.js';

const FINAL = new Set(['completed', 'dead']);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Background jobs: state, waiting, progress events. Reach it as `client.jobs`. */
export class JobsResource {
  constructor(private readonly transport: Transport) {}

  /**
   * A job's state (`GET /jobs/{id}`).
   *
   * @example
   * ```ts
   * const job = await client.jobs.get('job-01J…');
   * job.status; // 'running'
   * ```
   */
  async get(id: string): Promise<Job> {
    return checkResponse(
      jobSchema,
      await this.transport.request({ method: 'GET', path: `/jobs/${encodeURIComponent(id)}` }),
    );
  }

  /**
   * Waits until the job is `completed` or `dead` (retries exhausted), polling
   * every `intervalMs` (default 500) for at most `timeoutMs` (default 120 000).
   *
   * @example
   * ```ts
   * const done = await client.jobs.wait(jobId, { timeoutMs: 60_000 });
   * if (done.status === 'completed' && done.result && 'escalation' in done.result) console.log(done.result.escalation.level);
   * ```
   */
  async wait(id: string, options: { intervalMs?: number; timeoutMs?: number } = {}): Promise<Job> {
    const deadline = Date.now() + (options.timeoutMs ?? 120_000);
    for (;;) {
      const job = await this.get(id);
      if (FINAL.has(job.status)) return job;
      if (Date.now() >= deadline)
        throw new MeridianTimeoutError(`job ${id} still ${job.status} after ${options.timeoutMs ?? 120_000} ms`);
      await sleep(options.intervalMs ?? 500);
    }
  }

  /**
   * The job's events as they happen (`GET /jobs/{id}/events`, server-sent
   * events): `progress`, `running`, `failed` (a retry will follow),
   * `completed` or `dead`; the stream ends after a final event.
   *
   * @example
   * ```ts
   * for await (const { event, job } of client.jobs.stream(jobId)) console.log(event, job.progress?.step);
   * ```
   */
  async *stream(id: string, options: { signal?: AbortSignal } = {}): AsyncGenerator<JobEvent> {
    const body = await this.transport.openStream(
      { path: `/jobs/${encodeURIComponent(id)}/events` },
      { signal: options.signal },
    );
    for await (const { data } of readServerSentEvents(body)) {
      const event = checkResponse(jobEventSchema, JSON.parse(data));
      yield event;
      if (FINAL.has(event.event)) return;
    }
  }
}
