/**
 * Which acknowledgements a message gets. Original mode (MSH-15 and MSH-16
 * empty): one AA, AE or AR. Enhanced mode: a commit acknowledgement (CA once
 * stored, CR when refused) as MSH-15 asks, then an application
 * acknowledgement (AA, AE or AR) as MSH-16 asks, on the same connection; an
 * empty one of the two means AL.
 *
 * @module
 */
import {
  buildHl7Ack,
  type AckCode,
  type AckCondition,
  type AckInput,
  type Hl7Delimiters,
  type Hl7Header,
} from '@meridian/fhir-adapter';

/** What became of a message. @example `const o: MessageOutcome = 'processed';` */
export type MessageOutcome = 'processed' | 'failed' | 'rejected';

type AckHeader = Parameters<typeof buildHl7Ack>[0] &
  Pick<Hl7Header, 'acceptAckType' | 'applicationAckType'> & { delimiters: Hl7Delimiters };

const wants = (condition: AckCondition, success: boolean) =>
  condition === 'AL' || (condition === 'ER' && !success) || (condition === 'SU' && success);

/**
 * The acknowledgements to send (HL7 text, unframed), in order.
 *
 * @example
 * ```ts
 * acknowledgementsFor(header, 'processed', { controlId: 'hl7m-1', now: new Date() }); // [AA] in original mode
 * ```
 */
export function acknowledgementsFor(
  header: AckHeader,
  outcome: MessageOutcome,
  input: { controlId: string; now: Date; error?: AckInput['error'] },
): string[] {
  const build = (code: AckCode, suffix: string) =>
    buildHl7Ack(header, {
      code,
      controlId: `${input.controlId}${suffix}`,
      now: input.now,
      ...(code === 'AA' || code === 'CA' ? {} : input.error ? { error: input.error } : {}),
    });
  const application: AckCode = outcome === 'processed' ? 'AA' : outcome === 'failed' ? 'AE' : 'AR';
  if (header.acceptAckType === undefined && header.applicationAckType === undefined) return [build(application, '')];
  const acks: string[] = [];
  const accept: AckCode = outcome === 'rejected' ? 'CR' : 'CA';
  if (wants(header.acceptAckType ?? 'AL', accept === 'CA')) acks.push(build(accept, '-C'));
  if (wants(header.applicationAckType ?? 'AL', application === 'AA')) acks.push(build(application, '-A'));
  return acks;
}

/**
 * The code of the last acknowledgement (what the message store records).
 *
 * @example
 * ```ts
 * ackCodeOf(['MSH|…\rMSA|CA|1', 'MSH|…\rMSA|AA|1']); // 'AA'
 * ```
 */
export function ackCodeOf(acks: readonly string[], delimiters: Hl7Delimiters): string {
  const last = acks[acks.length - 1];
  if (last === undefined) return 'none';
  const msa = last.split('\r').find((s) => s.startsWith('MSA'));
  return msa?.split(delimiters.field)[1] ?? 'none';
}
