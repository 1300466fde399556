/**
 * Bytes off the wire -> message text: strips a UTF-8 byte-order mark, reads
 * MSH-18 (or BHS/FHS-18) to pick the character set, decodes, and turns CRLF
 * and LF segment separators into CR.
 *
 * @module
 */
import { charsetLabel } from './charsets.js';
import { Hl7ParseError, HL7_ERROR_CODES } from './errors.js';

const BOM = [0xef, 0xbb, 0xbf] as const;
const HEADER_SEGMENTS = new Set(['MSH', 'BHS', 'FHS']);

/**
 * A decoded payload: the text (segments separated by CR) and the MSH-18
 * value it was decoded by.
 *
 * @example
 * ```ts
 * const decoded: DecodedHl7 = { text: 'MSH|^~\\&|...', charset: 'utf-8', declaredCharset: '' };
 * ```
 */
export interface DecodedHl7 {
  text: string;
  /** The decoder label used. */
  charset: string;
  /** MSH-18 as sent ('' when empty). */
  declaredCharset: string;
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && BOM.every((b, i) => bytes[i] === b);
}

/** MSH-18 from the header, read byte-wise (a header is ASCII in every supported set). */
function declaredCharsetOf(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
  const segment = head.split(/[\r\n]/, 1)[0] ?? '';
  if (!HEADER_SEGMENTS.has(segment.slice(0, 3)) || segment.length < 8) return '';
  const fieldSeparator = segment[3]!;
  const [componentSeparator, repetitionSeparator] = [segment[4]!, segment[5]!];
  const field = segment.split(fieldSeparator)[17] ?? '';
  return field.split(repetitionSeparator)[0]!.split(componentSeparator)[0]!.trim();
}

/**
 * Decodes one MLLP payload. Throws `Hl7ParseError('unsupported-charset')`
 * when MSH-18 names a set Meridian cannot decode, or when the bytes are not
 * valid in the declared set.
 *
 * @example
 * ```ts
 * import { decodeHl7Bytes } from '@meridian/fhir-adapter';
 * decodeHl7Bytes(Buffer.from('\uFEFFMSH|^~\\&|A\nPID|1')).text; // 'MSH|^~\\&|A\rPID|1'
 * ```
 */
export function decodeHl7Bytes(bytes: Uint8Array): DecodedHl7 {
  const body = hasBom(bytes) ? bytes.subarray(3) : bytes;
  const declaredCharset = declaredCharsetOf(body);
  const label = charsetLabel(declaredCharset);
  if (label === undefined) {
    throw new Hl7ParseError(
      'unsupported-charset',
      `character set in MSH-18 is not supported`,
      HL7_ERROR_CODES.tableValueNotFound,
      {
        segment: 'MSH',
        sequence: 1,
        field: 18,
      },
    );
  }
  let text: string;
  try {
    text = new TextDecoder(label, { fatal: true }).decode(body);
  } catch {
    if (declaredCharset !== '') {
      throw new Hl7ParseError(
        'unsupported-charset',
        `bytes are not valid in the character set of MSH-18`,
        HL7_ERROR_CODES.dataTypeError,
        {
          segment: 'MSH',
          sequence: 1,
          field: 18,
        },
      );
    }
    // No declared set and not UTF-8: the common legacy case is Latin-1.
    text = new TextDecoder('latin1').decode(body);
    return { text: normaliseSeparators(text), charset: 'latin1', declaredCharset };
  }
  return { text: normaliseSeparators(text), charset: label, declaredCharset };
}

/** CRLF and lone LF between segments become CR; trailing separators are dropped. */
export function normaliseSeparators(text: string): string {
  return text.replace(/\r\n|\n/g, '\r').replace(/\r+$/, '');
}
