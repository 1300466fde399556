/**
 * The HL7 v2 message store as operators read it, without HTTP: a page of
 * message summaries (never the payloads), audited naming each message.
 *
 * @module
 */
import type { Hl7MessageStatus, Hl7MessageSummary } from '@meridian/sdk';
import type { Actor } from '../../platform/tenancy/actor.js';
import type { Services } from '../services.js';
import { HL7_MESSAGE_IDENTIFIER_SYSTEM } from './listener/hl7-message-identifier.js';
import { listHl7Messages } from './store/hl7-messages.js';

/** Where a page starts: just after this message (newest first). */
export interface Hl7MessageCursor {
  receivedAt: string;
  id: string;
}

/**
 * One page of the tenant's messages, newest first (default 50), with where the next page starts.
 *
 * @example
 * ```ts
 * const { messages, next } = await listHl7MessagesAudited(services, actor, { status: 'failed' });
 * ```
 */
export async function listHl7MessagesAudited(
  services: Services,
  actor: Actor,
  options: { status?: Hl7MessageStatus | undefined; count?: number | undefined; cursor?: Hl7MessageCursor | undefined },
): Promise<{ messages: Hl7MessageSummary[]; next?: Hl7MessageCursor }> {
  return services.audit.record(
    actor,
    (tx) =>
      listHl7Messages(tx, actor.tenantId, {
        status: options.status,
        count: options.count ?? 50,
        cursor: options.cursor,
      }),
    (p) => ({
      action: 'R',
      interaction: 'search-type',
      objects: (p?.messages ?? []).map((m) => ({ system: HL7_MESSAGE_IDENTIFIER_SYSTEM, value: m.id })),
    }),
  );
}
