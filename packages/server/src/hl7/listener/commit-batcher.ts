/**
 * Group commit: the messages ready to be stored (from every connection) are
 * written together, one transaction per batch, with a handful of statements
 * whatever the batch size (messages, resources, AuditEvents each inserted in
 * bulk), and each is acknowledged once its batch has committed. One batch at
 * a time (by default); messages arriving during a commit form the next
 * batch. A batch that
 * fails is retried message by message, so one bad message cannot sink the
 * others. Each batch also queues, in the same transaction, the risk
 * re-scoring of every patient it touched (a durable job, one per patient, see
 * `jobs/rescore-jobs.ts`), so a crash after the commit loses no reaction.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import type { Hl7MappingResult } from '@meridian/fhir-adapter';
import type { AuditEvent } from '@meridian/sdk';
import { appendAuditEvents } from '../../audit/append-audit-events.js';
import { buildAuditEvent } from '../../audit/build-audit-event.js';
import type { FhirResource } from '../../fhir-store/resource-fields.js';
import { writeResources } from '../../fhir-store/write-resources.js';
import type { Services } from '../../services.js';
import type { Queryable } from '../../store/db.js';
import type { Actor } from '../../tenancy/actor.js';
import { insertHl7Messages, type Hl7MessageRow } from '../store/hl7-messages.js';
import { applyMerge } from './apply-merge.js';
import { HL7_MESSAGE_IDENTIFIER_SYSTEM } from './listener-context.js';
import { changedEntries } from './unchanged-resources.js';

/** A message to store with its mapped resources. */
export interface ApplyJob {
  row: Hl7MessageRow;
  mapped: Hl7MappingResult;
  actor: Actor;
}

/** Stores messages by group commit. */
export interface CommitBatcher {
  /** Resolves once the message and its resources are committed (`duplicate` when the sender's control id was already stored). */
  apply(job: ApplyJob): Promise<'applied' | 'duplicate'>;
}

interface Pending extends ApplyJob {
  resolve(outcome: 'applied' | 'duplicate'): void;
  reject(error: unknown): void;
}

const RETRYABLE = new Set(['23505', '40001', '40P01']);
const lockKey = (text: string) => createHash('sha256').update(text).digest().readBigInt64BE(0).toString();

/** The patients whose risk a committed message changes: all it touched but the retired one of a merge. */
const rescoredPatients = (job: ApplyJob) => job.row.patients.filter((p) => p !== job.mapped.merge?.retired);

async function applyBatch(services: Services, tx: Queryable, jobs: readonly ApplyJob[], rescore: boolean): Promise<Map<string, 'applied' | 'duplicate'>> {
  const keys = [...new Set(jobs.flatMap((j) => j.row.patients.map((p) => lockKey(`hl7:${j.row.tenantId}:${p}`))))].sort();
  if (keys.length) await tx.query('SELECT count(pg_advisory_xact_lock(k)) FROM unnest($1::bigint[]) AS k', [keys], { name: 'hl7-patient-locks' });
  const inserted = await insertHl7Messages(tx, jobs.map((j) => j.row));
  const applied = jobs.filter((j) => inserted.has(j.row.id));
  const now = applied[0]?.row.receivedAt ?? new Date();
  const written = new Map<string, string[]>();
  for (const tenantId of new Set(applied.map((j) => j.row.tenantId))) {
    const ofTenant = applied.filter((j) => j.row.tenantId === tenantId);
    // The last message's version of a resource named by several (a shared Practitioner or Location) is the one written.
    const latest = new Map<string, FhirResource>();
    for (const job of ofTenant) for (const e of job.mapped.bundle.entry) latest.set(e.request?.url ?? '', e.resource as unknown as FhirResource);
    const changed = await changedEntries(tx, tenantId, [...latest.values()].map((resource) => ({ resource: resource as never })));
    const changedKeys = new Set((await writeResources(tx, tenantId, changed.map((e) => e.resource as unknown as FhirResource), now))
      .map((w) => `${w.resource.resourceType}/${w.resource.id}`));
    const events: AuditEvent[] = [];
    for (const job of ofTenant) {
      const mine = job.mapped.bundle.entry.map((e) => e.request?.url ?? '').filter((k) => changedKeys.has(k));
      const merged = job.mapped.merge ? await applyMerge(tx, tenantId, job.mapped.merge, now) : [];
      written.set(job.row.id, [...mine, ...merged]);
      events.push(buildAuditEvent(job.actor, {
        action: 'C', interaction: 'transaction', patients: job.row.patients, resources: [...mine, ...merged],
        objects: [{ system: HL7_MESSAGE_IDENTIFIER_SYSTEM, value: job.row.id }],
      }, now));
    }
    await appendAuditEvents(tx, tenantId, events);
    for (const e of events) services.metrics.auditEventsWritten.inc({ action: e.action, outcome: e.outcome });
  }
  if (rescore) await services.jobs.enqueueRescores(tx, applied.flatMap((j) => rescoredPatients(j).map((patient) => ({ tenantId: j.row.tenantId, patient, triggeredBy: j.row.id }))));
  return new Map(jobs.map((j) => [j.row.id, inserted.has(j.row.id) ? 'applied' : 'duplicate']));
}

/**
 * A batcher over the process's database.
 *
 * @example
 * ```ts
 * const batcher = createCommitBatcher(services);
 * await batcher.apply({ row, mapped, actor });
 * ```
 */
export function createCommitBatcher(services: Services, options: { maxBatch?: number; concurrency?: number; rescore?: boolean } = {}): CommitBatcher {
  const maxBatch = options.maxBatch ?? 64;
  const rescore = options.rescore ?? true;
  // One batch in flight by default: with a few messages in flight per connection, two smaller batches measured no faster.
  const concurrency = services.db.kind === 'pglite' ? 1 : (options.concurrency ?? 1);
  const queue: Pending[] = [];
  let running = 0;

  const commit = async (jobs: Pending[], attempt = 1): Promise<void> => {
    try {
      if (rescore) await services.jobs.ready(); // started outside the transaction (at once after the first time)
      const outcomes = await services.db.transaction((tx) => applyBatch(services, tx, jobs, rescore));
      for (const job of jobs) job.resolve(outcomes.get(job.row.id)!);
      if (rescore) services.jobs.wakeRescores();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && RETRYABLE.has(code) && attempt < 6) {
        await new Promise((r) => setTimeout(r, Math.random() * 5 * attempt));
        return commit(jobs, attempt + 1);
      }
      if (jobs.length === 1) {
        jobs[0]!.reject(error);
        return;
      }
      for (const job of jobs) await commit([job]);
    }
  };

  const drain = async () => {
    if (running >= concurrency) return;
    running += 1;
    try {
      while (queue.length > 0) await commit(queue.splice(0, maxBatch));
    } finally {
      running -= 1;
    }
  };

  return {
    apply(job) {
      return new Promise((resolve, reject) => {
        queue.push({ ...job, resolve, reject });
        void drain();
      });
    },
  };
}
