import { STATUS_CODES } from 'node:http';
import type { z } from 'zod';
import type { TransactionResponse, transactionRequestSchema } from '@meridian/sdk';
import { normaliseError } from '../errors/normalise-error.js';
import { OutcomeError } from '../errors/outcome-error.js';
import type { Queryable } from '../store/db.js';
import { planBundle, type PlannedEntry } from './plan-bundle.js';
import { lockResources } from './resource-locks.js';
import { resolveReferences } from './resolve-references.js';
import { patientRefOf } from './resource-fields.js';
import { writeResource, type WrittenResource } from './resource-repository.js';

type TransactionRequest = z.infer<typeof transactionRequestSchema>;

/** What a processed bundle wrote, for the response and the AuditEvent. */
export interface ProcessedBundle {
  response: TransactionResponse;
  patients: string[];
  resources: string[];
  anyCreated: boolean;
}

type ResponseEntry = NonNullable<TransactionResponse['entry']>[number];

const refusedEntry = (error: OutcomeError): ResponseEntry => ({
  response: { status: `${error.status} ${STATUS_CODES[error.status] ?? ''}`.trim(), outcome: error.toOutcome() },
});

/** A transaction entry's refusal fails the whole, naming the entry. */
function throwAtEntry(error: unknown, index: number): never {
  if (!(error instanceof OutcomeError)) throw error;
  const at = `Bundle.entry[${index}]`;
  throw new OutcomeError(
    error.code,
    `transaction refused, nothing written: ${at}: ${error.message}`,
    [at],
    error.headers,
  );
}

/**
 * Writes one batch entry inside a savepoint: an entry the store or the
 * database refuses (4xx) is rolled back alone and answered with its own
 * OperationOutcome; anything else fails the whole request.
 */
async function writeBatchEntry(
  tx: Queryable,
  write: () => Promise<WrittenResource>,
): Promise<WrittenResource | OutcomeError> {
  await tx.query('SAVEPOINT batch_entry');
  try {
    const written = await write();
    await tx.query('RELEASE SAVEPOINT batch_entry');
    return written;
  } catch (raw) {
    const { error } = normaliseError(raw);
    if (error.status >= 500) throw raw;
    await tx.query('ROLLBACK TO SAVEPOINT batch_entry');
    return error;
  }
}

/**
 * Writes a transaction (all entries or none: the first bad entry fails the
 * whole with a 400 naming every bad entry, an `ifMatch` that is not current
 * with a 412) or a batch (each bad entry answered with its own
 * OperationOutcome, the rest written), inside the caller's transaction. The
 * resources' advisory locks are taken first, in sorted order, so concurrent
 * bundles touching the same resources are serialised without deadlocks.
 *
 * @example
 * ```ts
 * const { response } = await processBundle(tx, 'demo', bundle);
 * ```
 */
export async function processBundle(
  tx: Queryable,
  tenantId: string,
  bundle: TransactionRequest,
  now = new Date(),
): Promise<ProcessedBundle> {
  const { planned, references } = planBundle(bundle.entry);
  const failures = planned.flatMap((p) => (p.ok ? [] : [p]));
  if (bundle.type === 'transaction' && failures.length) {
    throw new OutcomeError(
      'validation-failed',
      `transaction refused, nothing written: ${failures
        .slice(0, 10)
        .map((f) => `${f.expression}: ${f.problem}`)
        .join('; ')}`,
      failures.slice(0, 50).map((f) => f.expression),
    );
  }
  const patients = new Set<string>();
  const resources: string[] = [];
  let anyCreated = false;
  const entry: ResponseEntry[] = [];
  const writable = planned.filter((p): p is Extract<PlannedEntry, { ok: true }> => p.ok);
  await lockResources(
    tx,
    tenantId,
    writable.map((p) => `${p.type}/${p.id}`),
  );
  for (const p of planned) {
    if (!p.ok) {
      entry.push(refusedEntry(new OutcomeError('validation-failed', p.problem, [p.expression])));
      continue;
    }
    const write = () =>
      writeResource(tx, tenantId, resolveReferences(p.resource, references), now, {
        ifMatch: p.ifMatch,
        lockedByCaller: true,
      });
    const written =
      bundle.type === 'batch'
        ? await writeBatchEntry(tx, write)
        : await write().catch((e: unknown) => throwAtEntry(e, p.index));
    if (written instanceof OutcomeError) {
      entry.push(refusedEntry(written));
      continue;
    }
    const { resource, created } = written;
    anyCreated ||= created;
    const ref = `${p.type}/${p.id}`;
    resources.push(ref);
    const patient = patientRefOf(resource);
    if (patient) patients.add(patient);
    entry.push({
      response: {
        status: created ? '201 Created' : '200 OK',
        location: `${ref}/_history/${resource.meta?.versionId}`,
        etag: `W/"${resource.meta?.versionId}"`,
        lastModified: resource.meta?.lastUpdated,
      },
    });
  }
  return {
    response: {
      resourceType: 'Bundle',
      type: bundle.type === 'transaction' ? 'transaction-response' : 'batch-response',
      entry,
    },
    patients: [...patients],
    resources,
    anyCreated,
  };
}
