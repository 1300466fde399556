import type { z } from 'zod';
import type { TransactionResponse, transactionRequestSchema } from '@meridian/sdk';
import { OutcomeError } from '../errors/outcome-error.js';
import type { Queryable } from '../store/db.js';
import { planBundle } from './plan-bundle.js';
import { resolveReferences } from './resolve-references.js';
import { patientRefOf } from './resource-fields.js';
import { writeResource } from './resource-repository.js';

type TransactionRequest = z.infer<typeof transactionRequestSchema>;

/** What a processed bundle wrote, for the response and the AuditEvent. */
export interface ProcessedBundle {
  response: TransactionResponse;
  patients: string[];
  resources: string[];
  anyCreated: boolean;
}

const outcomeFor = (problem: string, expression: string) => ({
  resourceType: 'OperationOutcome',
  issue: [{ severity: 'error', code: 'invalid', details: { text: problem }, expression: [expression] }],
});

/**
 * Writes a transaction (all entries or none: the first bad entry fails the
 * whole with a 400 naming every bad entry) or a batch (each bad entry answered
 * with its own OperationOutcome, the rest written), inside the caller's
 * transaction.
 *
 * @example
 * ```ts
 * const { response } = await processBundle(tx, 'demo', bundle);
 * ```
 */
export async function processBundle(tx: Queryable, tenantId: string, bundle: TransactionRequest, now = new Date()): Promise<ProcessedBundle> {
  const { planned, references } = planBundle(bundle.entry);
  const failures = planned.flatMap((p) => (p.ok ? [] : [p]));
  if (bundle.type === 'transaction' && failures.length) {
    throw new OutcomeError(
      'validation-failed',
      `transaction refused, nothing written: ${failures.slice(0, 10).map((f) => `${f.expression}: ${f.problem}`).join('; ')}`,
      failures.slice(0, 50).map((f) => f.expression),
    );
  }
  const patients = new Set<string>();
  const resources: string[] = [];
  let anyCreated = false;
  const entry: NonNullable<TransactionResponse['entry']> = [];
  for (const p of planned) {
    if (!p.ok) {
      entry.push({ response: { status: '400 Bad Request', outcome: outcomeFor(p.problem, p.expression) } });
      continue;
    }
    const { resource, created } = await writeResource(tx, tenantId, resolveReferences(p.resource, references), now);
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
    response: { resourceType: 'Bundle', type: bundle.type === 'transaction' ? 'transaction-response' : 'batch-response', entry },
    patients: [...patients],
    resources,
    anyCreated,
  };
}
