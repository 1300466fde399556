/**
 * The encoding characters of a message (MSH-1 and MSH-2), validated: the
 * parsers tried all accept a header such as `MSH|^|`, so Meridian checks it
 * itself before handing the text to node-hl7-client.
 *
 * @module
 */
import { Hl7ParseError, HL7_ERROR_CODES } from './errors.js';

/**
 * The separators and escape character of one message.
 *
 * @example
 * ```ts
 * const standard: Hl7Delimiters = { field: '|', component: '^', repetition: '~', escape: '\\', subcomponent: '&' };
 * ```
 */
export interface Hl7Delimiters {
  field: string;
  component: string;
  repetition: string;
  escape: string;
  subcomponent: string;
  /** The truncation character (v2.7+), when MSH-2 carries a fifth character. */
  truncation?: string;
}

/** The recommended encoding characters. @example `DEFAULT_DELIMITERS.field // '|'` */
export const DEFAULT_DELIMITERS: Readonly<Hl7Delimiters> = {
  field: '|',
  component: '^',
  repetition: '~',
  escape: '\\',
  subcomponent: '&',
};

const HEADER_NAMES = new Set(['MSH', 'BHS', 'FHS']);
const invalid = (why: string, field: number) =>
  new Hl7ParseError('invalid-msh', why, HL7_ERROR_CODES.dataTypeError, { segment: 'MSH', sequence: 1, field });

function isUsableDelimiter(ch: string): boolean {
  return /^[\x21-\x7e]$/.test(ch) && !/^[A-Za-z0-9]$/.test(ch);
}

/**
 * Reads and validates the encoding characters of a header segment (MSH, BHS
 * or FHS): a printable, non-alphanumeric field separator, then four distinct
 * encoding characters (five with the v2.7 truncation character), none equal
 * to the field separator.
 *
 * @example
 * ```ts
 * import { readDelimiters } from '@meridian/fhir-adapter';
 * readDelimiters('MSH|^~\\&|APP').component; // '^'
 * readDelimiters('MSH|^|'); // throws Hl7ParseError('invalid-msh')
 * ```
 */
export function readDelimiters(text: string): Hl7Delimiters {
  const name = text.slice(0, 3);
  if (!HEADER_NAMES.has(name)) {
    throw new Hl7ParseError(
      'not-hl7',
      'the payload does not start with an MSH, BHS or FHS segment',
      HL7_ERROR_CODES.segmentSequenceError,
      {
        segment: 'MSH',
        sequence: 1,
      },
    );
  }
  const field = text[3] ?? '';
  if (!isUsableDelimiter(field))
    throw invalid('MSH-1 (field separator) is missing or not a printable non-alphanumeric character', 1);
  const end = text.indexOf(field, 4);
  const segmentEnd = text.search(/[\r\n]/);
  const encoding = text.slice(
    4,
    end === -1 || (segmentEnd !== -1 && segmentEnd < end) ? (segmentEnd === -1 ? undefined : segmentEnd) : end,
  );
  if (encoding.length !== 4 && encoding.length !== 5) {
    throw invalid(
      `MSH-2 must carry 4 encoding characters (5 with the truncation character); it has ${encoding.length}`,
      2,
    );
  }
  const chars = [...encoding];
  if (!chars.every(isUsableDelimiter)) throw invalid('MSH-2 holds a letter, digit, space or control character', 2);
  if (new Set([field, ...chars]).size !== chars.length + 1)
    throw invalid('MSH-1 and MSH-2 characters must all be distinct', 2);
  const [component, repetition, escape, subcomponent, truncation] = chars as [
    string,
    string,
    string,
    string,
    string | undefined,
  ];
  const delimiters: Hl7Delimiters = { field, component, repetition, escape, subcomponent };
  if (truncation !== undefined) delimiters.truncation = truncation;
  return delimiters;
}
