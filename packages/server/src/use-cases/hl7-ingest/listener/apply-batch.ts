/**
 * One group commit's work, inside its transaction: the patients' advisory
 * locks, the message rows (a known control id is skipped: a duplicate), the
 * changed resources, one AuditEvent per message, and the durable re-scoring
 * job of each patient (`jobs/rescore-jobs.ts`).
 *
 * @module
 */
import { createHash } from 'node:crypto';
import type { Hl7MappingResult } from '@meridian/fhir-adapter';
import type { AuditEvent } from '@meridian/sdk';
import type { Actor } from '../../../platform/tenancy/actor.js';
import { appendAuditEvents } from '../../../platform/audit/append-audit-events.js';
import { buildAuditEvent } from '../../../platform/audit/build-audit-event.js';
import type { FhirResource } from '../../../platform/fhir-store/resource-fields.js';
import { writeResources } from '../../../platform/fhir-store/write-resources.js';
import type { Services } from '../../services.js';
import type { Queryable } from '../../../platform/store/db.js';
import { insertHl7Messages, type Hl7MessageRow } from '../store/hl7-messages.js';
import { applyMerge } from './apply-merge.js';
import { HL7_MESSAGE_IDENTIFIER_SYSTEM } from './hl7-message-identifier.js';
import { changedEntries } from './unchanged-resources.js';

const lockKey = (text: string) => createHash('sha256').update(text).digest().readBigInt64BE(0).toString();

/** The patients whose risk a committed message changes: all it touched but the retired one of a merge. */
const rescoredPatients = (job: ApplyJob) => job.row.patients.filter((p) => p !== job.mapped.merge?.retired);

/** A message to store with its mapped resources. */
export interface ApplyJob {
  row: Hl7MessageRow;
  mapped: Hl7MappingResult;
  actor: Actor;
}

/**
 * Applies a batch; returns each message's outcome.
 *
 * @example
 * ```ts
 * const outcomes = await services.db.transaction((tx) => applyBatch(services, tx, jobs, true));
 * ```
 */
export async function applyBatch(
  services: Services,
  tx: Queryable,
  jobs: readonly ApplyJob[],
  rescore: boolean,
): Promise<Map<string, 'applied' | 'duplicate'>> {
  const keys = [
    ...new Set(jobs.flatMap((j) => j.row.patients.map((p) => lockKey(`hl7:${j.row.tenantId}:${p}`)))),
  ].sort();
  if (keys.length)
    await tx.query('SELECT count(pg_advisory_xact_lock(k)) FROM unnest($1::bigint[]) AS k', [keys], {
      name: 'hl7-patient-locks',
    });
  const inserted = await insertHl7Messages(
    tx,
    jobs.map((j) => j.row),
  );
  const applied = jobs.filter((j) => inserted.has(j.row.id));
  const now = applied[0]?.row.receivedAt ?? new Date();
  const written = new Map<string, string[]>();
  for (const tenantId of new Set(applied.map((j) => j.row.tenantId))) {
    const ofTenant = applied.filter((j) => j.row.tenantId === tenantId);
    // The last message's version of a resource named by several (a shared Practitioner or Location) is the one written.
    const latest = new Map<string, FhirResource>();
    for (const job of ofTenant)
      for (const e of job.mapped.bundle.entry) latest.set(e.request?.url ?? '', e.resource as unknown as FhirResource);
    const changed = await changedEntries(
      tx,
      tenantId,
      [...latest.values()].map((resource) => ({ resource: resource as never })),
    );
    const changedKeys = new Set(
      (
        await writeResources(
          tx,
          tenantId,
          changed.map((e) => e.resource as unknown as FhirResource),
          now,
        )
      ).map((w) => `${w.resource.resourceType}/${w.resource.id}`),
    );
    const events: AuditEvent[] = [];
    for (const job of ofTenant) {
      const mine = job.mapped.bundle.entry.map((e) => e.request?.url ?? '').filter((k) => changedKeys.has(k));
      const merged = job.mapped.merge ? await applyMerge(tx, tenantId, job.mapped.merge, now) : [];
      written.set(job.row.id, [...mine, ...merged]);
      events.push(
        buildAuditEvent(
          job.actor,
          {
            action: 'C',
            interaction: 'transaction',
            patients: job.row.patients,
            resources: [...mine, ...merged],
            objects: [{ system: HL7_MESSAGE_IDENTIFIER_SYSTEM, value: job.row.id }],
          },
          now,
        ),
      );
    }
    await appendAuditEvents(tx, tenantId, events);
    for (const e of events) services.metrics.auditEventsWritten.inc({ action: e.action, outcome: e.outcome });
  }
  if (rescore)
    await services.jobs.enqueueRescores(
      tx,
      applied.flatMap((j) =>
        rescoredPatients(j).map((patient) => ({ tenantId: j.row.tenantId, patient, triggeredBy: j.row.id })),
      ),
    );
  return new Map(jobs.map((j) => [j.row.id, inserted.has(j.row.id) ? 'applied' : 'duplicate']));
}
