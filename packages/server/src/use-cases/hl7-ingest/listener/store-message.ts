/**
 * Storing a message that failed (AE) or was refused (AR): the raw message and
 * its AuditEvent (outcome 4) in one transaction. (Applied messages go through
 * the group commit, `commit-batcher.ts`.)
 *
 * @module
 */
import type { Actor } from '../../../platform/tenancy/actor.js';
import type { Services } from '../../services.js';
import { insertHl7Message, type Hl7MessageRow } from '../store/hl7-messages.js';
import { HL7_MESSAGE_IDENTIFIER_SYSTEM } from './hl7-message-identifier.js';

/** Thrown when a message turns out to be a duplicate of a stored one (its transaction, if any, rolls back). */
export class DuplicateHl7Message extends Error {
  override readonly name = 'DuplicateHl7Message';
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
    await services.audit.append(
      tx,
      actor,
      {
        action: 'C',
        interaction: 'transaction',
        outcome: '4',
        outcomeDesc: row.error?.code ?? row.status,
        objects: [{ system: HL7_MESSAGE_IDENTIFIER_SYSTEM, value: row.id }],
      },
      row.receivedAt,
    );
  });
}
