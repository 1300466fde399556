/**
 * One received HL7 v2 payload (an MLLP frame's bytes) through the listener:
 * decode its bytes (BOM, MSH-18), split a batch, process each message, and
 * answer: the acknowledgements of a single message, or a batch of
 * acknowledgements for a batch. A payload over the size cap, bytes that are
 * not HL7, or a malformed batch are refused (AR). What framed the bytes is
 * the door's business.
 *
 * @module
 */
import {
  buildHl7BatchAck,
  decodeHl7Bytes,
  Hl7ParseError,
  peekHl7Header,
  splitHl7Payload,
  HL7_ERROR_CODES,
  type AckInput,
} from '@meridian/fhir-adapter';
import { acknowledgementsFor } from './acknowledgements.js';
import type { Hl7ListenerContext } from './listener-context.js';
import { processHl7Message, type ProcessedMessage } from './process-message.js';

/**
 * The bytes of one payload as received, or what is left of one that exceeded the size cap.
 *
 * @example
 * ```ts
 * const received: ReceivedHl7Payload = { payload: Buffer.from(message, 'latin1'), truncated: false };
 * ```
 */
export type ReceivedHl7Payload =
  { payload: Buffer; truncated: false } | { payload: Buffer; truncated: true; size: number };

/** Who sent a payload (recorded with each message). */
export interface Hl7Sender {
  remoteAddress: string | undefined;
}

/** A payload's answer and the outcome of each message in it (for logs and metrics). */
export interface ProcessedFrame {
  replies: string[];
  messages: ProcessedMessage[];
}

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

function refuse(context: Hl7ListenerContext, text: string, error: AckInput['error']): ProcessedFrame {
  const firstMsh = text.slice(Math.max(0, text.indexOf('MSH')));
  const acks = acknowledgementsFor(peekHl7Header(firstMsh), 'rejected', {
    controlId: context.newMessageId(),
    now: new Date(),
    error,
  });
  return { replies: acks, messages: [{ acks, outcome: 'rejected' }] };
}

/**
 * Processes one payload.
 *
 * @example
 * ```ts
 * const { replies } = await receiveHl7Payload(context, frame, peer);
 * ```
 */
export async function receiveHl7Payload(
  context: Hl7ListenerContext,
  frame: ReceivedHl7Payload,
  peer: Hl7Sender,
): Promise<ProcessedFrame> {
  const receivedAt = new Date();
  if (frame.truncated) {
    return refuse(context, latin1(frame.payload), {
      hl7Error: HL7_ERROR_CODES.applicationInternalError,
      location: { segment: 'MSH', sequence: 1 },
      text: `the message is ${frame.size} bytes, more than this listener accepts`,
    });
  }
  let text: string;
  let charset: string;
  let payload;
  try {
    ({ text, charset } = decodeHl7Bytes(frame.payload));
    payload = splitHl7Payload(text);
  } catch (error) {
    if (!(error instanceof Hl7ParseError)) throw error;
    return refuse(context, latin1(frame.payload).replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, ''), {
      hl7Error: error.hl7Error,
      location: error.location,
      text: error.message,
    });
  }
  const messages: ProcessedMessage[] = [];
  for (const message of payload.messages) {
    messages.push(
      await processHl7Message(context, { text: message, charset, receivedAt, remoteAddress: peer.remoteAddress }),
    );
  }
  const acks = messages.flatMap((m) => m.acks);
  if (!payload.batch) return { replies: acks, messages };
  return {
    replies: [buildHl7BatchAck(payload.batch, acks, { controlId: context.newMessageId(), now: receivedAt })],
    messages,
  };
}
