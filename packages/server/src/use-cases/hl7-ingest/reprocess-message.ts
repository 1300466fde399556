/**
 * Operators' reprocessing of a stored message (as integration engines offer):
 * parse and map its stored text again with the current code, and apply it
 * (or record why it still fails), in one audited transaction, which also
 * queues the re-scoring of its patients (as the listener does).
 *
 * @module
 */
import {
  Hl7MappingError,
  Hl7ParseError,
  mapHl7Message,
  parseHl7Message,
  type Hl7MappingOptions,
  type Hl7MappingResult,
} from '@meridian/fhir-adapter';
import type { Hl7MessageSummary } from '@meridian/sdk';
import { notFound } from '../../platform/errors/outcome-error.js';
import { processBundle } from '../../platform/fhir-store/process-bundle.js';
import type { Services } from '../services.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import { applyMerge } from './listener/apply-merge.js';
import { HL7_MESSAGE_IDENTIFIER_SYSTEM } from './listener/hl7-message-identifier.js';
import { loadHl7Message, markReprocessed } from './store/hl7-messages.js';

interface Reprocessed {
  summary: Hl7MessageSummary;
  patients: string[];
  resources: string[];
}

/**
 * Reprocesses message `id` of the actor's tenant; 404 when there is none.
 * Returns its new state. A processed message is applied again (its
 * deterministic ids make that an update, not a duplicate).
 *
 * @example
 * ```ts
 * const summary = await reprocessHl7Message(services, actorOf(res), 'hl7m-…');
 * ```
 */
export async function reprocessHl7Message(
  services: Services,
  actor: Actor,
  id: string,
  mapping: Hl7MappingOptions = {},
): Promise<Hl7MessageSummary> {
  await services.jobs.ready(); // the re-scoring is queued inside the transaction
  const result = await services.audit.record<Reprocessed>(
    actor,
    async (tx) => {
      const stored = await loadHl7Message(tx, actor.tenantId, id);
      if (!stored) throw notFound(`HL7 message ${id} is not known`);
      let mapped: Hl7MappingResult;
      try {
        mapped = mapHl7Message(parseHl7Message(stored.raw, stored.charset), mapping);
      } catch (error) {
        if (!(error instanceof Hl7ParseError || error instanceof Hl7MappingError)) throw error;
        const unsupported = error.code === 'unsupported-message-type' || error.code === 'unsupported-event';
        const summary = await markReprocessed(tx, actor.tenantId, id, {
          status: unsupported ? 'rejected' : 'failed',
          patients: [],
          resources: [],
          warnings: [],
          error: { code: error.code, hl7ErrorCode: error.hl7Error.code, location: error.location, text: error.message },
        });
        return { summary, patients: [], resources: [] };
      }
      for (const patient of [...mapped.patients].sort()) {
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`hl7:${actor.tenantId}:${patient}`]);
      }
      const now = new Date();
      const written = await processBundle(
        tx,
        actor.tenantId,
        mapped.bundle as unknown as Parameters<typeof processBundle>[2],
        now,
      );
      const merged = mapped.merge ? await applyMerge(tx, actor.tenantId, mapped.merge, now) : [];
      const rescored = mapped.patients.filter((p) => p !== mapped.merge?.retired);
      await services.jobs.enqueueRescores(
        tx,
        rescored.map((patient) => ({ tenantId: actor.tenantId, patient, triggeredBy: id })),
      );
      const summary = await markReprocessed(tx, actor.tenantId, id, {
        status: 'processed',
        patients: mapped.patients,
        resources: written.resources,
        warnings: mapped.warnings,
      });
      return { summary, patients: mapped.patients, resources: [...written.resources, ...merged] };
    },
    (r) => ({
      action: 'U',
      interaction: 'operation',
      operation: 'hl7-reprocess',
      patients: r?.patients ?? [],
      resources: r?.resources ?? [],
      objects: [{ system: HL7_MESSAGE_IDENTIFIER_SYSTEM, value: id }],
    }),
  );
  services.jobs.wakeRescores();
  return result.summary;
}
