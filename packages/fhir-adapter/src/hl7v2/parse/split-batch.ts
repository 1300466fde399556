/**
 * Batches: an MLLP payload may hold one message, or a batch
 * (`[FHS] BHS {MSH ...} BTS [FTS]`). Splits it into the texts of its
 * messages; each is then parsed on its own, so one bad message does not sink
 * the others.
 *
 * @module
 */
import { readDelimiters } from './delimiters.js';
import { Hl7ParseError, HL7_ERROR_CODES } from './errors.js';

/**
 * A payload split into messages. `batch` is set for FHS/BHS batches.
 *
 * @example
 * ```ts
 * const payload: Hl7Payload = splitHl7Payload(text);
 * payload.messages.length;
 * ```
 */
export interface Hl7Payload {
  messages: string[];
  batch?: {
    /** BHS-3.1 / BHS-4.1. */
    sendingApplication: string;
    sendingFacility: string;
    /** BHS-11, the batch control id. */
    controlId: string;
    /** The header segment line (BHS, or FHS when there is no BHS), for the batch acknowledgement. */
    headerLine: string;
  };
}

const TRAILERS = new Set(['BTS', 'FTS']);
const invalidBatch = (why: string, segment: string) =>
  new Hl7ParseError('invalid-batch', why, HL7_ERROR_CODES.segmentSequenceError, { segment, sequence: 1 });

function batchHeader(line: string) {
  const d = readDelimiters(line);
  const fields = line.split(d.field);
  const first = (n: number) => (fields[n - 1] ?? '').split(d.repetition)[0]!.split(d.component)[0]!.trim();
  return { sendingApplication: first(3), sendingFacility: first(4), controlId: first(11), headerLine: line };
}

/**
 * Splits a decoded payload (segments separated by CR). A single message is
 * returned as is; a batch is checked (a BHS or FHS first, at least one MSH,
 * BTS-1 equal to the number of messages when valued). Throws
 * {@link Hl7ParseError}.
 *
 * @example
 * ```ts
 * import { splitHl7Payload } from '@meridian/fhir-adapter';
 * splitHl7Payload('BHS|^~\\&|LAB\rMSH|^~\\&|...\rBTS|1').messages.length; // 1
 * ```
 */
export function splitHl7Payload(text: string): Hl7Payload {
  const lines = text
    .replace(/^[\s\u0000]+/, '')
    .split('\r')
    .filter((l) => l.trim() !== '');
  const first = lines[0]?.slice(0, 3);
  if (first !== 'FHS' && first !== 'BHS') return { messages: [lines.join('\r')] };
  const headerLine = lines.find((l) => l.startsWith('BHS')) ?? lines[0]!;
  const batch = batchHeader(headerLine);
  const messages: string[][] = [];
  let count: string | undefined;
  for (const line of lines) {
    const name = line.slice(0, 3);
    if (name === 'FHS' || name === 'BHS') {
      if (messages.length > 0) throw invalidBatch('nested or repeated batch headers are not supported', name);
      continue;
    }
    if (TRAILERS.has(name)) {
      if (name === 'BTS') count = line.split(line[3] ?? '|')[1]?.trim();
      continue;
    }
    if (name === 'MSH') messages.push([line]);
    else if (messages.length === 0) throw invalidBatch(`segment ${name} precedes the first MSH of the batch`, name);
    else messages[messages.length - 1]!.push(line);
  }
  if (messages.length === 0) throw invalidBatch('the batch holds no message', 'BHS');
  if (count !== undefined && count !== '' && Number(count) !== messages.length) {
    throw invalidBatch(`BTS-1 counts ${count} messages, the batch holds ${messages.length}`, 'BTS');
  }
  return { messages: messages.map((m) => m.join('\r')), batch };
}
