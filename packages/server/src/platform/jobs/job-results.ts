/**
 * A job's result, stored once in `job_ref` (sealed with AES-256-GCM, bound
 * to the tenant and job like the queue's own payloads), with the time it
 * completed. Written inside the transaction of the completion's AuditEvent:
 * a job retried after its worker died (after that commit, before pg-boss
 * marked it done) finds the stored result instead of storing a second one.
 *
 * @module
 */
import type { CaseAnalysis } from '@meridian/sdk';
import { decryptField, encryptField } from '../crypto/field-encryption.js';
import type { Queryable } from '../store/db.js';

/** Raised inside a completion transaction when another attempt already stored the job's result (the transaction rolls back). */
export class JobAlreadyCompletedError extends Error {
  constructor(readonly jobId: string) {
    super(`job ${jobId} already has a stored result`);
    this.name = 'JobAlreadyCompletedError';
  }
}

const resultContext = (tenantId: string, id: string) => `${tenantId}:${id}:result`;

/** Seals a result as the queue does (`{tenant}:{job}:result`). */
export function sealJobResult(key: Buffer, tenantId: string, id: string, analysis: CaseAnalysis): string {
  return encryptField(key, JSON.stringify(analysis), resultContext(tenantId, id));
}

/** Opens a sealed result. */
export function openJobResult(key: Buffer, tenantId: string, id: string, sealed: string): CaseAnalysis {
  return JSON.parse(decryptField(key, sealed, resultContext(tenantId, id))) as CaseAnalysis;
}

/**
 * Stores a job's result once; throws {@link JobAlreadyCompletedError} when one is stored already.
 *
 * @example
 * ```ts
 * await storeJobResult(tx, key, 'demo', jobId, analysis); // inside the completion's audit transaction
 * ```
 */
export async function storeJobResult(
  tx: Queryable,
  key: Buffer,
  tenantId: string,
  id: string,
  analysis: CaseAnalysis,
): Promise<string> {
  const sealed = sealJobResult(key, tenantId, id, analysis);
  const { rowCount } = await tx.query(
    'UPDATE job_ref SET result_ciphertext = $3, completed_at = now(), updated_at = now() WHERE tenant_id = $1 AND id = $2 AND result_ciphertext IS NULL',
    [tenantId, id, sealed],
  );
  if (rowCount !== 1) throw new JobAlreadyCompletedError(id);
  return sealed;
}

/**
 * The sealed result a job already stored, if any.
 *
 * @example
 * ```ts
 * const sealed = await storedJobResult(db, 'demo', jobId); // undefined before completion
 * ```
 */
export async function storedJobResult(q: Queryable, tenantId: string, id: string): Promise<string | undefined> {
  const { rows } = await q.query<{ result_ciphertext: string | null }>(
    'SELECT result_ciphertext FROM job_ref WHERE tenant_id = $1 AND id = $2',
    [tenantId, id],
  );
  return rows[0]?.result_ciphertext ?? undefined;
}
