/**
 * The typed errors of HL7 v2 parsing and mapping, each carrying the HL7
 * error code (table 0357) and location that an acknowledgement's ERR segment
 * reports.
 *
 * @module
 */

/**
 * HL7 table 0357 (message error condition codes) used by Meridian.
 *
 * @example
 * ```ts
 * HL7_ERROR_CODES.requiredFieldMissing; // { code: '101', display: 'Required field missing' }
 * ```
 */
export const HL7_ERROR_CODES = {
  segmentSequenceError: { code: '100', display: 'Segment sequence error' },
  requiredFieldMissing: { code: '101', display: 'Required field missing' },
  dataTypeError: { code: '102', display: 'Data type error' },
  tableValueNotFound: { code: '103', display: 'Table value not found' },
  unsupportedMessageType: { code: '200', display: 'Unsupported message type' },
  unsupportedEventCode: { code: '201', display: 'Unsupported event code' },
  unsupportedProcessingId: { code: '202', display: 'Unsupported processing id' },
  unsupportedVersionId: { code: '203', display: 'Unsupported version id' },
  applicationInternalError: { code: '207', display: 'Application internal error' },
} as const;

/** One entry of {@link HL7_ERROR_CODES}. @example `const e: Hl7ErrorCode = HL7_ERROR_CODES.dataTypeError;` */
export type Hl7ErrorCode = (typeof HL7_ERROR_CODES)[keyof typeof HL7_ERROR_CODES];

/**
 * Where in a message an error lies (HL7 ERL: segment id, segment sequence,
 * field position).
 *
 * @example
 * ```ts
 * const location: Hl7ErrorLocation = { segment: 'PID', sequence: 1, field: 3 };
 * ```
 */
export interface Hl7ErrorLocation {
  segment: string;
  sequence?: number;
  field?: number;
}

/** Why a payload could not be parsed as HL7 v2. @example `const c: Hl7ParseErrorCode = 'invalid-msh';` */
export type Hl7ParseErrorCode =
  | 'empty-message'
  | 'not-hl7'
  | 'invalid-msh'
  | 'invalid-segment'
  | 'unsupported-charset'
  | 'unsupported-version'
  | 'unsupported-processing-id'
  | 'invalid-batch';

/** Why a parsed message could not be mapped to FHIR. @example `const c: Hl7MappingErrorCode = 'missing-segment';` */
export type Hl7MappingErrorCode =
  'unsupported-message-type' | 'unsupported-event' | 'missing-segment' | 'missing-field' | 'invalid-value';

/** Fields shared by both error classes. */
abstract class Hl7Error<C extends string> extends Error {
  /** The HL7 error condition (table 0357) to report in ERR-3. */
  readonly hl7Error: Hl7ErrorCode;
  /** Where the problem lies, when known (ERR-2). */
  readonly location: Hl7ErrorLocation | undefined;

  constructor(
    readonly code: C,
    message: string,
    hl7Error: Hl7ErrorCode,
    location?: Hl7ErrorLocation,
  ) {
    super(message);
    this.hl7Error = hl7Error;
    this.location = location;
  }
}

/**
 * The payload is not an HL7 v2 message Meridian can read (no MSH, bad
 * encoding characters, unknown character set, ...): answered AR. The message
 * text never contains PHI: only positions and codes.
 *
 * @example
 * ```ts
 * import { parseHl7Message, Hl7ParseError } from '@meridian/fhir-adapter';
 * try { parseHl7Message('MSH|^|'); } catch (e) { if (e instanceof Hl7ParseError) e.code; } // 'invalid-msh'
 * ```
 */
export class Hl7ParseError extends Hl7Error<Hl7ParseErrorCode> {
  override readonly name = 'Hl7ParseError';
}

/**
 * The message parsed, but its content cannot be turned into FHIR (an
 * unsupported type is answered AR; missing or invalid content AE).
 *
 * @example
 * ```ts
 * import { mapHl7Message, Hl7MappingError } from '@meridian/fhir-adapter';
 * try { mapHl7Message(message); } catch (e) { if (e instanceof Hl7MappingError) e.hl7Error.code; } // e.g. '101'
 * ```
 */
export class Hl7MappingError extends Hl7Error<Hl7MappingErrorCode> {
  override readonly name = 'Hl7MappingError';
}
