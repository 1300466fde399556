/**
 * A job as a worker receives it from the queue, in queue-neutral terms.
 *
 * @module
 */

/**
 * A job's id, tenant and sealed payload (opened only by the use case that runs it).
 *
 * @example
 * ```ts
 * const job: SealedJob = { id: pgBossJob.id, tenantId: pgBossJob.data.tenantId, sealed: pgBossJob.data.sealed };
 * ```
 */
export interface SealedJob {
  id: string;
  tenantId: string;
  sealed: string;
}
