/**
 * The message header (MSH) as Meridian uses it: who sent it, what it is,
 * its control id, and how the sender wants it acknowledged.
 *
 * @module
 */
import { DEFAULT_DELIMITERS, readDelimiters, type Hl7Delimiters } from './delimiters.js';
import { Hl7ParseError, HL7_ERROR_CODES } from './errors.js';
import { componentOf, valueOf, type Hl7Message, type Hl7Segment } from './message-tree.js';
import { unescapeHl7 } from './unescape.js';

/** HL7 table 0155 (accept/application acknowledgment conditions). @example `ACK_CONDITIONS.includes('AL')` */
export const ACK_CONDITIONS = ['AL', 'NE', 'ER', 'SU'] as const;
/** One of {@link ACK_CONDITIONS}. @example `const c: AckCondition = 'AL';` */
export type AckCondition = (typeof ACK_CONDITIONS)[number];

/**
 * The header fields Meridian reads. Values are '' when absent.
 *
 * @example
 * ```ts
 * const header: Hl7Header = readHl7Header(message);
 * header.messageCode; // 'ORU'
 * ```
 */
export interface Hl7Header {
  /** MSH-3.1 (or MSH-3.2 when .1 is empty). */
  sendingApplication: string;
  /** MSH-4.1 (or MSH-4.2). */
  sendingFacility: string;
  receivingApplication: string;
  receivingFacility: string;
  /** MSH-7 as sent. */
  dateTime: string;
  /** MSH-9.1, e.g. 'ADT'. */
  messageCode: string;
  /** MSH-9.2 (EVN-1 for v2.1 messages that lack it), e.g. 'A01'. */
  triggerEvent: string;
  /** MSH-9.3, e.g. 'ADT_A01'. */
  messageStructure: string;
  controlId: string;
  /** MSH-11.1: P, D or T. */
  processingId: string;
  /** MSH-12.1, e.g. '2.5.1'. */
  version: string;
  /** MSH-15; undefined when empty. */
  acceptAckType: AckCondition | undefined;
  /** MSH-16; undefined when empty. */
  applicationAckType: AckCondition | undefined;
  /** MSH-18 as sent. */
  characterSet: string;
  /** MSH-3 to MSH-6 as HD components (unescaped), echoed swapped in acknowledgements. */
  addressing: {
    sendingApplication: string[];
    sendingFacility: string[];
    receivingApplication: string[];
    receivingFacility: string[];
  };
}

const hdValue = (segment: Hl7Segment | undefined, field: number) =>
  valueOf(segment, field, 1) || valueOf(segment, field, 2);
const hdComponents = (segment: Hl7Segment | undefined, field: number) =>
  (segment?.fields[field]?.[0] ?? []).map((component) => component.join(''));
const ackCondition = (value: string): AckCondition | undefined =>
  (ACK_CONDITIONS as readonly string[]).includes(value.toUpperCase())
    ? (value.toUpperCase() as AckCondition)
    : undefined;

function headerFromSegment(msh: Hl7Segment | undefined, evn: Hl7Segment | undefined): Hl7Header {
  return {
    sendingApplication: hdValue(msh, 3),
    sendingFacility: hdValue(msh, 4),
    receivingApplication: hdValue(msh, 5),
    receivingFacility: hdValue(msh, 6),
    dateTime: valueOf(msh, 7),
    messageCode: valueOf(msh, 9, 1).toUpperCase(),
    triggerEvent: (valueOf(msh, 9, 2) || valueOf(evn, 1)).toUpperCase(),
    messageStructure: valueOf(msh, 9, 3).toUpperCase(),
    controlId: valueOf(msh, 10),
    processingId: valueOf(msh, 11).toUpperCase(),
    version: valueOf(msh, 12),
    acceptAckType: ackCondition(valueOf(msh, 15)),
    applicationAckType: ackCondition(valueOf(msh, 16)),
    characterSet: valueOf(msh, 18),
    addressing: {
      sendingApplication: hdComponents(msh, 3),
      sendingFacility: hdComponents(msh, 4),
      receivingApplication: hdComponents(msh, 5),
      receivingFacility: hdComponents(msh, 6),
    },
  };
}

const mshError = (
  code: 'invalid-msh' | 'unsupported-version' | 'unsupported-processing-id',
  why: string,
  field: number,
) =>
  new Hl7ParseError(
    code,
    why,
    code === 'unsupported-version'
      ? HL7_ERROR_CODES.unsupportedVersionId
      : code === 'unsupported-processing-id'
        ? HL7_ERROR_CODES.unsupportedProcessingId
        : HL7_ERROR_CODES.requiredFieldMissing,
    {
      segment: 'MSH',
      sequence: 1,
      field,
    },
  );

/**
 * Reads and checks the header of a parsed message: MSH-9.1 (message type),
 * MSH-10 (control id) and MSH-12 (a 2.x version) are required; MSH-11, when
 * valued, must be P, D or T. Throws {@link Hl7ParseError} (answered AR).
 *
 * @example
 * ```ts
 * import { parseHl7Message, readHl7Header } from '@meridian/fhir-adapter';
 * readHl7Header(parseHl7Message(text)).controlId;
 * ```
 */
export function readHl7Header(message: Hl7Message): Hl7Header {
  const msh = message.segments[0];
  const header = headerFromSegment(
    msh,
    message.segments.find((s) => s.name === 'EVN'),
  );
  if (header.messageCode === '') throw mshError('invalid-msh', 'MSH-9 (message type) is empty', 9);
  if (header.controlId === '') throw mshError('invalid-msh', 'MSH-10 (message control id) is empty', 10);
  if (!/^2\.[1-9](\.\d{1,2})?$/.test(header.version))
    throw mshError('unsupported-version', 'MSH-12 is not an HL7 v2.x version', 12);
  if (header.processingId !== '' && !['P', 'D', 'T'].includes(header.processingId)) {
    throw mshError('unsupported-processing-id', 'MSH-11 must be P, D or T', 11);
  }
  return header;
}

/**
 * Best-effort header of a payload that may not parse, for addressing its
 * rejection (never throws): the control id to echo in MSA-2, the sender and
 * the version. Falls back to the standard delimiters.
 *
 * @example
 * ```ts
 * import { peekHl7Header } from '@meridian/fhir-adapter';
 * peekHl7Header('MSH|^~\\&|LAB|H|||x||ZZZ|77|P|2.5').controlId; // '77'
 * ```
 */
export function peekHl7Header(text: string): Hl7Header & { delimiters: Hl7Delimiters } {
  const line = text.replace(/^[\s\u0000]+/, '').split(/[\r\n]/, 1)[0] ?? '';
  let delimiters: Hl7Delimiters = DEFAULT_DELIMITERS;
  try {
    delimiters = readDelimiters(line);
  } catch {
    // keep the defaults
  }
  const raw = line.startsWith('MSH') ? line.split(delimiters.field) : [];
  const fields = [
    [],
    [[[delimiters.field]]],
    ...raw
      .slice(1)
      .map((f, i) =>
        i === 0
          ? [[[f]]]
          : f
              .split(delimiters.repetition)
              .map((rep) =>
                rep
                  .split(delimiters.component)
                  .map((c) => c.split(delimiters.subcomponent).map((s) => unescapeHl7(s, delimiters).slice(0, 200))),
              ),
      ),
  ];
  const msh: Hl7Segment = { name: 'MSH', sequence: 1, fields };
  const header = headerFromSegment(raw.length ? msh : undefined, undefined);
  return { ...header, controlId: componentOf(fields[10]?.[0]).slice(0, 199), delimiters };
}
