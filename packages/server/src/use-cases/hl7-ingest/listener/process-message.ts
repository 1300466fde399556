/**
 * One HL7 v2 message through the listener: parse; refuse what is not HL7 or
 * comes from an unknown sender (AR, not stored); answer a duplicate with the
 * acknowledgement stored for it; map to FHIR; store the message and its
 * resources in one transaction (per patient, in arrival order), and only then
 * acknowledge (AA / CA). Content that cannot be mapped is stored as failed
 * and answered AE; an unsupported type or event is stored as rejected (AR).
 * A database failure throws: the connection closes unanswered and the sender
 * resends.
 *
 * @module
 */
import {
  Hl7MappingError,
  Hl7ParseError,
  mapHl7Message,
  parseHl7Message,
  peekHl7Header,
  readHl7Header,
  HL7_ERROR_CODES,
  type Hl7Delimiters,
  type Hl7Header,
  type Hl7MappingResult,
} from '@meridian/fhir-adapter';
import { OutcomeError } from '../../../platform/errors/outcome-error.js';
import { actorFor } from '../../../platform/tenancy/actor.js';
import { senderPrincipal, type Hl7Sender } from '../senders/hl7-senders.js';
import { storedAcks, type Hl7MessageRow, type StoredHl7Error } from '../store/hl7-messages.js';
import { ackCodeOf, acknowledgementsFor, type MessageOutcome } from './acknowledgements.js';
import type { Hl7ListenerContext } from './listener-context.js';
import { DuplicateHl7Message, storeUnappliedMessage } from './store-message.js';

/** One message to process. */
export interface IncomingMessage {
  text: string;
  charset: string;
  receivedAt: Date;
  remoteAddress?: string | undefined;
}

/** What processing a message gave: the acknowledgements to send and, for logs and metrics, its outcome. */
export interface ProcessedMessage {
  acks: string[];
  outcome: MessageOutcome | 'duplicate' | 'ignored';
  messageId?: string;
  tenantId?: string;
}

type HeaderWithDelimiters = Hl7Header & { delimiters: Hl7Delimiters };
const UNSUPPORTED = new Set(['unsupported-message-type', 'unsupported-event']);
const hl7ErrorCodeOf = (code: string) =>
  Object.values(HL7_ERROR_CODES).find((c) => c.code === code) ?? HL7_ERROR_CODES.applicationInternalError;
const errorOf = (e: Hl7ParseError | Hl7MappingError): StoredHl7Error => ({
  code: e.code,
  hl7ErrorCode: e.hl7Error.code,
  location: e.location,
  text: e.message,
});

/**
 * Processes one message and returns what to answer. (The stored
 * acknowledgement of a duplicate is replayed when its insert finds the
 * control id already stored.)
 *
 * @example
 * ```ts
 * const { acks } = await processHl7Message(context, { text, charset: 'utf-8', receivedAt: new Date() });
 * ```
 */
export async function processHl7Message(
  context: Hl7ListenerContext,
  incoming: IncomingMessage,
): Promise<ProcessedMessage> {
  const messageId = context.newMessageId();
  const now = incoming.receivedAt;
  let header: HeaderWithDelimiters;
  let message;
  try {
    message = parseHl7Message(incoming.text, incoming.charset);
    header = { ...readHl7Header(message), delimiters: message.delimiters };
  } catch (error) {
    if (!(error instanceof Hl7ParseError)) throw error;
    const acks = acknowledgementsFor(peekHl7Header(incoming.text), 'rejected', {
      controlId: messageId,
      now,
      error: { ...error, text: error.message },
    });
    return { acks, outcome: 'rejected' };
  }
  if (header.messageCode === 'ACK') return { acks: [], outcome: 'ignored' };
  const sender = await context.senders.find(header.sendingApplication, header.sendingFacility);
  if (!sender) {
    context.services.logger.warn(
      { hl7: { sendingApplication: header.sendingApplication, sendingFacility: header.sendingFacility } },
      'hl7 message from an unknown sender refused',
    );
    const error = {
      hl7Error: HL7_ERROR_CODES.applicationInternalError,
      location: { segment: 'MSH', sequence: 1, field: 3 },
      text: 'the sending application and facility are not registered with Meridian',
    };
    return { acks: acknowledgementsFor(header, 'rejected', { controlId: messageId, now, error }), outcome: 'rejected' };
  }
  // Duplicates are found where they are stored (the insert skips a known control id) and answered there.
  let mapped: Hl7MappingResult | undefined;
  let failure: Hl7ParseError | Hl7MappingError | undefined;
  try {
    mapped = mapHl7Message(message, context.mapping);
  } catch (error) {
    if (!(error instanceof Hl7ParseError || error instanceof Hl7MappingError)) throw error;
    failure = error;
  }
  return store(context, { messageId, sender, header, incoming, mapped, failure });
}

interface StoreInput {
  messageId: string;
  sender: Hl7Sender;
  header: HeaderWithDelimiters;
  incoming: IncomingMessage;
  mapped: Hl7MappingResult | undefined;
  failure: Hl7ParseError | Hl7MappingError | undefined;
}

async function store(context: Hl7ListenerContext, input: StoreInput): Promise<ProcessedMessage> {
  const { messageId, sender, header, incoming, mapped } = input;
  const actor = actorFor(senderPrincipal(sender), messageId, { clientAddress: incoming.remoteAddress });
  const row = (outcome: MessageOutcome, error?: StoredHl7Error): Hl7MessageRow => {
    const acks = acknowledgementsFor(header, outcome, {
      controlId: messageId,
      now: incoming.receivedAt,
      ...(error
        ? { error: { hl7Error: hl7ErrorCodeOf(error.hl7ErrorCode), location: error.location, text: error.text } }
        : {}),
    });
    return {
      id: messageId,
      tenantId: sender.tenantId,
      senderId: sender.id,
      sendingApplication: header.sendingApplication,
      sendingFacility: header.sendingFacility,
      controlId: header.controlId,
      messageType: `${header.messageCode}^${header.triggerEvent}`,
      status: outcome,
      receivedAt: incoming.receivedAt,
      raw: incoming.text,
      charset: incoming.charset,
      patients: outcome === 'processed' ? (mapped?.patients ?? []) : [],
      resources: outcome === 'processed' ? (mapped?.bundle.entry ?? []).map((e) => e.request?.url ?? '') : [],
      acks,
      ackCode: ackCodeOf(acks, header.delimiters),
      error,
      warnings: outcome === 'processed' ? (mapped?.warnings ?? []) : [],
    };
  };
  const done = (r: Hl7MessageRow): ProcessedMessage => ({
    acks: [...r.acks],
    outcome: r.status,
    messageId,
    tenantId: sender.tenantId,
  });
  try {
    if (mapped) {
      const applied = row('processed');
      try {
        const outcome = await context.queue.run(
          mapped.patients.map((p) => `${sender.tenantId}|${p}`),
          () => context.batcher.apply({ row: applied, mapped, actor }),
        );
        if (outcome === 'duplicate') throw new DuplicateHl7Message();
        context.onApplied?.({
          tenantId: sender.tenantId,
          patients: mapped.patients,
          messageId,
          messageType: applied.messageType,
          actor,
        });
        return done(applied);
      } catch (error) {
        if (!(error instanceof OutcomeError) || error.status >= 500) throw error;
        const failed = row('failed', {
          code: error.code,
          hl7ErrorCode: HL7_ERROR_CODES.applicationInternalError.code,
          text: 'the mapped resources could not be stored',
        });
        await storeUnappliedMessage(context.services, actor, failed);
        return done(failed);
      }
    }
    const failure = input.failure!;
    const unapplied = row(
      failure instanceof Hl7MappingError && UNSUPPORTED.has(failure.code) ? 'rejected' : 'failed',
      errorOf(failure),
    );
    await storeUnappliedMessage(context.services, actor, unapplied);
    return done(unapplied);
  } catch (error) {
    if (!(error instanceof DuplicateHl7Message)) throw error;
    const acks = await storedAcks(
      context.services.db,
      sender.tenantId,
      header.sendingApplication,
      header.sendingFacility,
      header.controlId,
    );
    return { acks: acks ?? [], outcome: 'duplicate', tenantId: sender.tenantId };
  }
}
