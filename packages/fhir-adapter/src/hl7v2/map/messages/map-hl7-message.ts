/**
 * One entry point: a parsed HL7 v2 message -> a FHIR transaction, by message
 * type.
 *
 * @module
 */
import { Hl7MappingError, HL7_ERROR_CODES } from '../../parse/errors.js';
import { readHl7Header } from '../../parse/header.js';
import type { Hl7Message } from '../../parse/message-tree.js';
import { newMappingContext, type Hl7MappingOptions } from '../context.js';
import { mapAdtMessage } from './map-adt.js';
import type { Hl7MappingResult } from './mapping-result.js';
import { mapOruMessage } from './map-oru.js';

/**
 * Maps a parsed message: ADT (A01/A02/A03/A04/A08/A11/A13/A28/A31/A40) and
 * ORU^R01. Pure. Throws `Hl7ParseError` for a bad header (answer AR),
 * `Hl7MappingError` for an unsupported type or event (AR) or content that
 * cannot be mapped (AE); never anything else for any input.
 *
 * @example
 * ```ts
 * import { mapHl7Message, parseHl7Message } from '@meridian/fhir-adapter';
 * const { bundle, patients } = mapHl7Message(parseHl7Message(text));
 * ```
 */
export function mapHl7Message(message: Hl7Message, options: Hl7MappingOptions = {}): Hl7MappingResult {
  const header = readHl7Header(message);
  const context = newMappingContext(header, message.delimiters, options);
  if (header.messageCode === 'ADT') return mapAdtMessage(message, context);
  if (header.messageCode === 'ORU') return mapOruMessage(message, context);
  throw new Hl7MappingError(
    'unsupported-message-type',
    `${header.messageCode.slice(0, 3)} messages are not supported`,
    HL7_ERROR_CODES.unsupportedMessageType,
    {
      segment: 'MSH',
      sequence: 1,
      field: 9,
    },
  );
}
