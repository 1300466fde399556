import { Message } from 'node-hl7-client';
import { describe, expect, it } from 'vitest';
import {
  buildHl7Ack,
  buildHl7BatchAck,
  HL7_ERROR_CODES,
  parseHl7Message,
  peekHl7Header,
  readHl7Header,
  splitHl7Payload,
  versionAtLeast,
} from '../../index.js';

const NOW = new Date('2024-05-01T12:00:00Z');
const ORIGINAL = 'MSH|^~\\&|LAB^1.2.3^ISO|LABFAC|MER|HOSP|20240501||ORU^R01^ORU_R01|CTRL-9|P|2.5.1\rPID|1||1^^^H^MR';

function headerOf(text: string) {
  const message = parseHl7Message(text);
  return { ...readHl7Header(message), delimiters: message.delimiters };
}

describe('buildHl7Ack', () => {
  it('swaps sender and receiver, echoes MSH-10 in MSA-2, keeps processing id and version', () => {
    const ack = new Message({ text: buildHl7Ack(headerOf(ORIGINAL), { code: 'AA', controlId: 'ACK-1', now: NOW }) });
    expect(ack.get('MSH.3').toRaw()).toBe('MER');
    expect(ack.get('MSH.5').toRaw()).toBe('LAB^1.2.3^ISO');
    expect(ack.get('MSH.6').toString()).toBe('LABFAC');
    expect(ack.get('MSH.7').toString()).toBe('20240501120000+0000');
    expect(ack.get('MSH.9').toRaw()).toBe('ACK^R01^ACK');
    expect([ack.get('MSH.10').toString(), ack.get('MSH.11').toString(), ack.get('MSH.12').toString()]).toEqual([
      'ACK-1',
      'P',
      '2.5.1',
    ]);
    expect([ack.get('MSA.1').toString(), ack.get('MSA.2').toString()]).toEqual(['AA', 'CTRL-9']);
    expect(ack.get('ERR').toString()).toBe('');
  });

  it('reports an error in MSA-3 and ERR (v2.5 fields and the older ERR-1), escaped', () => {
    const text = buildHl7Ack(headerOf(ORIGINAL), {
      code: 'AE',
      controlId: 'ACK-2',
      now: NOW,
      error: {
        hl7Error: HL7_ERROR_CODES.requiredFieldMissing,
        location: { segment: 'PID', sequence: 1, field: 3 },
        text: 'PID-3 | is empty',
      },
    });
    const ack = parseHl7Message(text);
    const [msa, err] = [ack.segments[1]!, ack.segments[2]!];
    expect(msa.fields[3]).toEqual([[['PID-3 | is empty']]]);
    expect(err.name).toBe('ERR');
    expect(err.fields[1]![0]).toEqual([['PID'], ['1'], ['3'], ['101', 'Required field missing', 'HL70357']]);
    expect(err.fields[2]![0]).toEqual([['PID'], ['1'], ['3']]);
    expect(err.fields[3]![0]).toEqual([['101'], ['Required field missing'], ['HL70357']]);
    expect(err.fields[4]).toEqual([[['E']]]);
    expect(err.fields[8]).toEqual([[['PID-3 | is empty']]]);
  });

  it('answers in the sender encoding characters and the message type form of its version', () => {
    const custom = 'MSH#@!$%#APP#FAC#R#F#2024##ADT@A01#X1#T#2.3\rPID#1';
    const ack = parseHl7Message(
      buildHl7Ack(headerOf(custom), {
        code: 'AR',
        controlId: 'A',
        now: NOW,
        error: { hl7Error: HL7_ERROR_CODES.unsupportedEventCode, text: 'x#y' },
      }),
    );
    expect(ack.delimiters.field).toBe('#');
    expect(readHl7Header(ack)).toMatchObject({
      messageCode: 'ACK',
      triggerEvent: 'A01',
      messageStructure: '',
      processingId: 'T',
      version: '2.3',
    });
    expect(ack.segments[1]!.fields[3]).toEqual([[['x#y']]]);
    expect(
      readHl7Header(
        parseHl7Message(
          buildHl7Ack(headerOf('MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.1'), { code: 'AA', controlId: 'A', now: NOW }),
        ),
      ).messageCode,
    ).toBe('ACK');
  });

  it('addresses a rejection from a header that could not be parsed', () => {
    const peeked = peekHl7Header('MSH|^|SND|SF|||x||ADT^A01|77|P|2.5');
    const ack = parseHl7Message(
      buildHl7Ack(peeked, {
        code: 'AR',
        controlId: 'R1',
        now: NOW,
        error: { hl7Error: HL7_ERROR_CODES.dataTypeError, text: 'bad MSH-2' },
      }),
    );
    expect(ack.segments[1]!.fields.slice(1, 3)).toEqual([[[['AR']]], [[['77']]]]);
    expect(readHl7Header(ack).receivingApplication).toBe('SND');
  });
});

describe('buildHl7BatchAck', () => {
  it('wraps the acknowledgements in BHS/BTS with the original batch id in BHS-12', () => {
    const payload = splitHl7Payload(`BHS|^~\\&|LAB|FAC|MER|HOSP|2024||||B77\r${ORIGINAL}\rBTS|1`);
    const ack = buildHl7Ack(headerOf(payload.messages[0]!), { code: 'AA', controlId: 'A1', now: NOW });
    const lines = buildHl7BatchAck(payload.batch!, [ack], { controlId: 'BA1', now: NOW }).split('\r');
    expect(lines[0]).toBe('BHS|^~\\&|MER|HOSP|LAB|FAC|20240501120000+0000||||BA1|B77');
    expect(lines.at(-1)).toBe('BTS|1');
    expect(splitHl7Payload(lines.join('\r')).messages).toHaveLength(1);
  });
});

describe('versionAtLeast', () => {
  it('compares dotted versions numerically', () => {
    expect([
      versionAtLeast('2.10', '2.9'),
      versionAtLeast('2.5', '2.5.1'),
      versionAtLeast('2.5.1', '2.5'),
      versionAtLeast('x', '2.5'),
    ]).toEqual([true, false, true, true]);
  });
});
