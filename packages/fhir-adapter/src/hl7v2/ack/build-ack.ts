/**
 * Acknowledgements (HL7 v2 chapter 2): MSH with sender and receiver swapped,
 * a new control id, the original's processing id and version; MSA with the
 * code and the original control id; ERR when something went wrong.
 *
 * @module
 */
import type { Hl7Delimiters } from '../parse/delimiters.js';
import type { Hl7ErrorCode, Hl7ErrorLocation } from '../parse/errors.js';
import type { Hl7Header } from '../parse/header.js';
import { escapeHl7 } from '../parse/unescape.js';
import { hl7Timestamp, versionAtLeast } from './ack-format.js';

/**
 * HL7 table 0008 acknowledgment codes: original mode (AA/AE/AR) and enhanced
 * mode accept acknowledgements (CA/CE/CR).
 *
 * @example
 * ```ts
 * ACK_CODES.includes('AA'); // true
 * ```
 */
export const ACK_CODES = ['AA', 'AE', 'AR', 'CA', 'CE', 'CR'] as const;
/** One of {@link ACK_CODES}. @example `const code: AckCode = 'AA';` */
export type AckCode = (typeof ACK_CODES)[number];

/**
 * What to acknowledge.
 *
 * @example
 * ```ts
 * const input: AckInput = { code: 'AE', controlId: 'ACK-1', now: new Date(),
 *   error: { hl7Error: HL7_ERROR_CODES.requiredFieldMissing, location: { segment: 'PID', sequence: 1, field: 3 }, text: 'PID-3 is empty' } };
 * ```
 */
export interface AckInput {
  code: AckCode;
  /** MSH-10 of the acknowledgement itself. */
  controlId: string;
  now: Date;
  /** The error reported in MSA-3 and ERR (no PHI: positions and codes). */
  error?: { hl7Error: Hl7ErrorCode; location?: Hl7ErrorLocation | undefined; text: string };
}

type AckHeader = Pick<Hl7Header, 'triggerEvent' | 'controlId' | 'processingId' | 'version' | 'addressing'> & {
  delimiters: Hl7Delimiters;
};

const MSA_TEXT_MAX = 80;

function messageType(version: string, trigger: string): string[] {
  if (trigger === '' || !versionAtLeast(version, '2.2')) return ['ACK'];
  return versionAtLeast(version, '2.3.1') ? ['ACK', trigger, 'ACK'] : ['ACK', trigger];
}

/**
 * Builds an acknowledgement as HL7 text (segments separated by CR, no MLLP
 * framing), in the encoding characters of the message it answers.
 *
 * @example
 * ```ts
 * import { buildHl7Ack, parseHl7Message, readHl7Header } from '@meridian/fhir-adapter';
 * const message = parseHl7Message(text);
 * const ack = buildHl7Ack({ ...readHl7Header(message), delimiters: message.delimiters }, { code: 'AA', controlId: 'A1', now: new Date() });
 * ```
 */
export function buildHl7Ack(original: AckHeader, input: AckInput): string {
  const d = original.delimiters;
  const encoding = `${d.component}${d.repetition}${d.escape}${d.subcomponent}${d.truncation ?? ''}`;
  const esc = (text: string) => escapeHl7(text, d);
  const hd = (parts: readonly string[]) =>
    parts
      .map(esc)
      .join(d.component)
      .replace(new RegExp(`\\${d.component}+$`), '');
  const version = original.version || '2.5';
  const a = original.addressing;
  const msh = [
    'MSH',
    encoding,
    hd(a.receivingApplication),
    hd(a.receivingFacility),
    hd(a.sendingApplication),
    hd(a.sendingFacility),
    hl7Timestamp(input.now),
    '',
    messageType(version, esc(original.triggerEvent)).join(d.component),
    esc(input.controlId),
    esc(original.processingId || 'P'),
    esc(version),
  ].join(d.field);
  const text = input.error?.text ?? '';
  const msa = ['MSA', input.code, esc(original.controlId), esc(text.slice(0, MSA_TEXT_MAX))]
    .join(d.field)
    .replace(new RegExp(`\\${d.field}+$`), '');
  const segments = [msh, msa];
  if (input.error) segments.push(errSegment(input.error, d));
  return segments.join('\r');
}

function errSegment(error: NonNullable<AckInput['error']>, d: Hl7Delimiters): string {
  const esc = (text: string) => escapeHl7(text, d);
  const loc = error.location;
  const position = loc
    ? [loc.segment, String(loc.sequence ?? 1), loc.field === undefined ? '' : String(loc.field)]
    : ['', '', ''];
  const code = [error.hl7Error.code, esc(error.hl7Error.display), 'HL70357'];
  // ERR-1 (ELD, v2.1-2.4; kept for backward compatibility) and ERR-2/3/4/8 (v2.5+).
  const eld = [...position, code.join(d.subcomponent)].join(d.component);
  return [
    'ERR',
    eld,
    position.join(d.component),
    code.join(d.component),
    'E',
    '',
    '',
    '',
    esc(error.text.slice(0, 250)),
  ].join(d.field);
}
