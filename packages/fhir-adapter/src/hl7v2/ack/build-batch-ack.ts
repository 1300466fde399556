/**
 * The answer to a batch: `BHS`, one acknowledgement per message, `BTS` with
 * their count.
 *
 * @module
 */
import { readDelimiters } from '../parse/delimiters.js';
import type { Hl7Payload } from '../parse/split-batch.js';
import { escapeHl7 } from '../parse/unescape.js';
import { hl7Timestamp } from './ack-format.js';

/**
 * Wraps the acknowledgements of a batch's messages in a batch of their own:
 * BHS-3/4 and BHS-5/6 swapped from the original, BHS-11 a new id, BHS-12 the
 * original batch control id.
 *
 * @example
 * ```ts
 * import { buildHl7BatchAck } from '@meridian/fhir-adapter';
 * const text = buildHl7BatchAck(payload.batch!, acks, { controlId: 'B-ACK-1', now: new Date() });
 * ```
 */
export function buildHl7BatchAck(
  batch: NonNullable<Hl7Payload['batch']>,
  acks: readonly string[],
  options: { controlId: string; now: Date },
): string {
  const d = readDelimiters(batch.headerLine);
  const fields = batch.headerLine.split(d.field);
  const encoding = fields[1] ?? '^~\\&';
  const bhs = [
    'BHS',
    encoding,
    fields[4] ?? '',
    fields[5] ?? '',
    fields[2] ?? '',
    fields[3] ?? '',
    hl7Timestamp(options.now),
    '',
    '',
    '',
    escapeHl7(options.controlId, d),
    escapeHl7(batch.controlId, d),
  ].join(d.field);
  return [bhs, ...acks, ['BTS', String(acks.length)].join(d.field)].join('\r');
}
