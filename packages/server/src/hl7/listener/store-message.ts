/**
 * The message store's two transactions. Applied: the raw message, its FHIR
 * resources (and an A40 merge) and the AuditEvent commit together, or not at
 * all. Failed or rejected: the raw message and its AuditEvent (outcome 4).
 * A duplicate that raced past the first check is detected by the insert and
 * rolls its transaction back.
 *
 * @module
 */
import type { Hl7MappingResult } from '@meridian/fhir-adapter';
import { processBundle } from '../../fhir-store/process-bundle.js';
import type { Actor } from '../../tenancy/actor.js';
import type { Services } from '../../services.js';
import { insertHl7Message, type Hl7MessageRow } from '../store/hl7-messages.js';
import { applyMerge } from './apply-merge.js';
import { changedEntries } from './unchanged-resources.js';
import { HL7_MESSAGE_IDENTIFIER_SYSTEM } from './listener-context.js';

/** Thrown inside a transaction whose message turned out to be a duplicate (rolls it back). */
export class DuplicateHl7Message extends Error {
  override readonly name = 'DuplicateHl7Message';
}

const messageObject = (id: string) => ({ system: HL7_MESSAGE_IDENTIFIER_SYSTEM, value: id });

/** SQLSTATEs of a transaction that lost a race (a shared Practitioner or Location written by two messages at once). */
const RETRYABLE = new Set(['23505', '40001', '40P01']);
const MAX_ATTEMPTS = 6;

/**
 * Runs a transaction again when it lost a race with another writer of the same
 * resource: the store's versioned write is not safe against two concurrent
 * first writes, and the loser's retry sees the winner's commit.
 */
async function retryingRaces<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= MAX_ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw error;
      await new Promise((r) => setTimeout(r, Math.random() * 5 * attempt));
    }
  }
}

/**
 * Stores a message and applies its mapped resources in one transaction, then
 * returns (retried when it lost a race for a shared resource). Throws
 * {@link DuplicateHl7Message} when the sender's control id is already
 * stored; an `OutcomeError` when the bundle cannot be written.
 *
 * @example
 * ```ts
 * await storeAppliedMessage(services, actor, row, mapped);
 * ```
 */
export async function storeAppliedMessage(services: Services, actor: Actor, row: Hl7MessageRow, mapped: Hl7MappingResult): Promise<void> {
  await retryingRaces(() => services.db.transaction(async (tx) => {
    for (const patient of [...row.patients].sort()) {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`hl7:${row.tenantId}:${patient}`], { name: 'hl7-patient-lock' });
    }
    if (!(await insertHl7Message(tx, row))) throw new DuplicateHl7Message();
    const now = row.receivedAt;
    const entry = await changedEntries(tx, row.tenantId, mapped.bundle.entry);
    const written = await processBundle(tx, row.tenantId, { ...mapped.bundle, entry } as unknown as Parameters<typeof processBundle>[2], now);
    const merged = mapped.merge ? await applyMerge(tx, row.tenantId, mapped.merge, now) : [];
    await services.audit.append(tx, actor, {
      action: written.anyCreated ? 'C' : 'U', interaction: 'transaction', patients: row.patients,
      resources: [...written.resources, ...merged], objects: [messageObject(row.id)],
    }, now);
  }));
}

/**
 * Stores a message that failed (AE) or was refused (AR), with its AuditEvent.
 * Throws {@link DuplicateHl7Message} for a duplicate.
 *
 * @example
 * ```ts
 * await storeUnappliedMessage(services, actor, { ...row, status: 'failed', error });
 * ```
 */
export async function storeUnappliedMessage(services: Services, actor: Actor, row: Hl7MessageRow): Promise<void> {
  await services.db.transaction(async (tx) => {
    if (!(await insertHl7Message(tx, row))) throw new DuplicateHl7Message();
    await services.audit.append(tx, actor, {
      action: 'C', interaction: 'transaction', outcome: '4', outcomeDesc: row.error?.code ?? row.status, objects: [messageObject(row.id)],
    }, row.receivedAt);
  });
}
