import { z } from 'zod';
import { caseAnalysisSchema } from './case-analysis.js';
import { documentJobResultSchema } from './documents.js';
import { extractionResultSchema } from './extraction.js';

/** States of a background job. `dead` is the dead-letter state: retries exhausted, kept for inspection. */
export const JOB_STATUSES = ['queued', 'running', 'completed', 'failed', 'dead'] as const;
/** One of {@link JOB_STATUSES}. */
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Kinds of background job. */
export const JOB_KINDS = ['case-analysis', 'extraction', 'document-extraction'] as const;

/** Progress a job reports while it runs. */
export const jobProgressSchema = z.strictObject({ step: z.string(), percent: z.number().min(0).max(100) });

/**
 * A background job (`GET /jobs/{id}`): its state, attempts, progress, and
 * the result once completed (a case analysis, or the stored document of a
 * document extraction) or the error once it failed.
 */
export const jobSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(JOB_KINDS),
  status: z.enum(JOB_STATUSES),
  attempts: z.number().int().nonnegative(),
  maxAttempts: z.number().int().positive(),
  progress: jobProgressSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  runAfter: z.string(),
  result: z.union([caseAnalysisSchema, extractionResultSchema, documentJobResultSchema]).nullable(),
  error: z.strictObject({ code: z.string(), message: z.string() }).nullable(),
});
/** A job. */
export type Job = z.infer<typeof jobSchema>;

/** The `202 Accepted` answer of work that went to the queue. */
export const jobAcceptedSchema = z.strictObject({
  jobId: z.string(),
  status: z.enum(JOB_STATUSES),
  location: z.string(),
});
/** A job accepted. */
export type JobAccepted = z.infer<typeof jobAcceptedSchema>;

/** One server-sent event of `GET /jobs/{id}/events`: the event name is the job's status or `progress`. */
export const jobEventSchema = z.strictObject({ event: z.enum([...JOB_STATUSES, 'progress']), job: jobSchema });
/** A job event. */
export type JobEvent = z.infer<typeof jobEventSchema>;
