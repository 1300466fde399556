/**
 * Text -> {@link Hl7Message}: validates the header and segment names, lets
 * node-hl7-client split segments and fields (MSH's field numbering
 * included), then splits repetitions, components and subcomponents and
 * unescapes primitives (charset-aware).
 *
 * @module
 */
import { Message } from 'node-hl7-client';
import { readDelimiters, type Hl7Delimiters } from './delimiters.js';
import { Hl7ParseError, HL7_ERROR_CODES } from './errors.js';
import type { Hl7Field, Hl7Message, Hl7Segment } from './message-tree.js';
import { unescapeHl7 } from './unescape.js';

const SEGMENT_NAME = /^[A-Z][A-Z0-9]{2}$/;

/**
 * Splits a field's raw text into repetitions, components and subcomponents.
 * (node-hl7-client's tree builds an EventEmitter per element: walking it for
 * every field cost about 1 ms per 14-segment ORU, against 0.08 ms for its
 * segments and raw fields; the last three levels are plain splits.)
 */
function toField(raw: string, d: Hl7Delimiters, charset: string): Hl7Field {
  if (raw === '') return [];
  return raw
    .split(d.repetition)
    .map((rep) =>
      rep
        .split(d.component)
        .map((component) => component.split(d.subcomponent).map((sub) => unescapeHl7(sub, d, charset))),
    );
}

function checkSegmentLines(lines: readonly string[], d: Hl7Delimiters): void {
  lines.forEach((line, index) => {
    const name = line.slice(0, 3);
    const rest = line.slice(3);
    if (!SEGMENT_NAME.test(name) || (rest !== '' && !rest.startsWith(d.field))) {
      throw new Hl7ParseError(
        'invalid-segment',
        `segment ${index + 1} has no valid segment name`,
        HL7_ERROR_CODES.segmentSequenceError,
        {
          segment: SEGMENT_NAME.test(name) ? name : 'UNK',
          sequence: index + 1,
        },
      );
    }
    if (index > 0 && name === 'MSH') {
      throw new Hl7ParseError(
        'invalid-segment',
        'a second MSH segment inside one message (a batch needs BHS/FHS)',
        HL7_ERROR_CODES.segmentSequenceError,
        {
          segment: 'MSH',
          sequence: 2,
        },
      );
    }
  });
}

/**
 * Parses one message whose segments are separated by CR (see
 * `decodeHl7Bytes`). Throws {@link Hl7ParseError} for anything that is not a
 * well-formed HL7 v2 message; never throws anything else.
 *
 * @example
 * ```ts
 * import { parseHl7Message, valueOf } from '@meridian/fhir-adapter';
 * const message = parseHl7Message('MSH|^~\\&|LAB|H|MER|H|20240101||ORU^R01|42|P|2.5.1\rPID|1||123^^^H^MR');
 * valueOf(message.segments[1], 3, 1); // '123'
 * ```
 */
export function parseHl7Message(text: string, charset = 'utf-8'): Hl7Message {
  const lines = text
    .replace(/^[\s\u0000]+/, '')
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '');
  if (lines.length === 0) {
    throw new Hl7ParseError('empty-message', 'the payload is empty', HL7_ERROR_CODES.segmentSequenceError, {
      segment: 'MSH',
      sequence: 1,
    });
  }
  const delimiters = readDelimiters(lines[0]!);
  if (text.includes('\u0000')) {
    throw new Hl7ParseError('not-hl7', 'the message contains NUL characters', HL7_ERROR_CODES.dataTypeError, {
      segment: 'MSH',
      sequence: 1,
    });
  }
  if (!lines[0]!.startsWith('MSH')) {
    throw new Hl7ParseError('not-hl7', 'a message must start with MSH', HL7_ERROR_CODES.segmentSequenceError, {
      segment: 'MSH',
      sequence: 1,
    });
  }
  checkSegmentLines(lines, delimiters);
  let parsed: Message;
  try {
    parsed = new Message({ text: lines.join('\r') });
  } catch {
    throw new Hl7ParseError(
      'not-hl7',
      'the message could not be split into segments',
      HL7_ERROR_CODES.segmentSequenceError,
      { segment: 'MSH', sequence: 1 },
    );
  }
  const counts = new Map<string, number>();
  const segments: Hl7Segment[] = parsed.toArray().map((node) => {
    const children = node.toArray();
    const name = children[0]?.toRaw() ?? '';
    const sequence = (counts.get(name) ?? 0) + 1;
    counts.set(name, sequence);
    const fields: Hl7Field[] = [[]];
    if (name === 'MSH') {
      fields.push([[[delimiters.field]]], [[[children[1]?.toRaw() ?? '']]]);
      for (const child of children.slice(2)) fields.push(toField(child.toRaw(), delimiters, charset));
    } else {
      for (const child of children.slice(1)) fields.push(toField(child.toRaw(), delimiters, charset));
    }
    return { name, sequence, fields };
  });
  return { delimiters, charset, segments };
}
