import fc from 'fast-check';
import { Message } from 'node-hl7-client';
import { describe, expect, it } from 'vitest';
import {
  decodeHl7Bytes,
  DEFAULT_DELIMITERS,
  escapeHl7,
  Hl7ParseError,
  parseHl7Message,
  peekHl7Header,
  readHl7Header,
  repetitionsOf,
  segmentsNamed,
  splitHl7Payload,
  unescapeHl7,
  valueOf,
} from '../../index.js';
import { hl7 } from '../testing/hl7-fixtures.js';

function parseError(run: () => unknown): Hl7ParseError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(Hl7ParseError);
    return error as Hl7ParseError;
  }
  throw new Error('expected an Hl7ParseError');
}

describe('parseHl7Message', () => {
  it('reads fields 1-based, repetitions, components and subcomponents', () => {
    const m = parseHl7Message(hl7('PID|1||A1^^^HOSP&1.2.3&ISO^MR~B2^^^OTHER^PI||DOE^JANE^Q'));
    const pid = segmentsNamed(m, 'PID')[0]!;
    expect(repetitionsOf(pid, 3)).toHaveLength(2);
    expect(valueOf(pid, 3, 4, 2)).toBe('1.2.3');
    expect(repetitionsOf(pid, 3)[1]![4]).toEqual(['PI']);
    expect(valueOf(pid, 5, 2)).toBe('JANE');
    expect(valueOf(m.segments[0], 9, 2)).toBe('A01');
    expect(valueOf(m.segments[0], 1)).toBe('|');
    expect(valueOf(m.segments[0], 2)).toBe('^~\\&');
  });

  it('decodes every escape sequence, \\X..\\ in the message character set', () => {
    const m = parseHl7Message(hl7('OBX|1|FT|X^Y||a\\F\\b\\S\\c\\T\\d\\R\\e\\E\\f\\XC3A9\\g\\.br\\h\\H\\i\\N\\|'));
    expect(valueOf(m.segments[1], 5)).toBe('a|b^c&d~e\\fég\nhi');
    const latin1 = parseHl7Message(hl7('OBX|1|ST|X||\\XE9\\'), 'iso-8859-1');
    expect(valueOf(latin1.segments[1], 5)).toBe('é');
    expect(unescapeHl7('keep \\Q\\ and \\unterminated', DEFAULT_DELIMITERS)).toBe('keep \\Q\\ and \\unterminated');
  });

  it('honours custom encoding characters (escapes and separators alike)', () => {
    const m = parseHl7Message(
      'MSH#@!$%#APP#FAC#R#F#20240101##ADT@A01#9#P#2.5\rPID#1##X1@@@AUTH@MR!X2@@@A2@MR##DOE@JO$T$HN$F$',
    );
    expect(m.delimiters).toMatchObject({ field: '#', component: '@', repetition: '!', escape: '$', subcomponent: '%' });
    const pid = m.segments[1]!;
    expect(repetitionsOf(pid, 3).map((r) => r[0]![0])).toEqual(['X1', 'X2']);
    expect(valueOf(pid, 5, 2)).toBe('JO%HN#');
    expect(readHl7Header(m)).toMatchObject({ sendingApplication: 'APP', controlId: '9', triggerEvent: 'A01' });
  });

  it('keeps Z-segments in the tree (mapping ignores them)', () => {
    const m = parseHl7Message(hl7('PID|1||1^^^H^MR', 'ZPD|custom|data'));
    expect(m.segments.map((s) => s.name)).toEqual(['MSH', 'PID', 'ZPD']);
  });

  it.each([
    ['MSH|^|||||||ADT^A40|||2.8', 'invalid-msh', 2],
    ['MSHH0', 'invalid-msh', 1],
    ['MSH|0|||', 'invalid-msh', 2],
    ['MSH|^~}|A|B', 'invalid-msh', 2],
    ['MSH|^~\\\\&|A|B', 'invalid-msh', 2],
    ['MSH|^ \\E|A', 'invalid-msh', 2],
    ['MSH|^~\\&|A|B\rpid|x', 'invalid-segment', undefined],
    ['MSH|^~\\&|A|B\rPID|1\rMSH|^~\\&|C', 'invalid-segment', undefined],
    ['PID|1||x', 'not-hl7', undefined],
    ['', 'empty-message', undefined],
  ])('rejects %j as %s', (text, code, field) => {
    const error = parseError(() => parseHl7Message(text));
    expect(error.code).toBe(code);
    if (field !== undefined) expect(error.location).toMatchObject({ segment: 'MSH', field });
    expect(error.hl7Error.code).toMatch(/^[12]\d\d$/);
  });

  it('never throws anything but Hl7ParseError, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 8 }), (tail, head) => {
        for (const text of [tail, `MSH${head}${tail}`, `MSH|^~\\&|${tail}`]) {
          try {
            const m = parseHl7Message(text);
            expect(m.segments[0]!.name).toBe('MSH');
          } catch (error) {
            expect(error).toBeInstanceOf(Hl7ParseError);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('readHl7Header', () => {
  it('reads sender, type, control id, version and acknowledgment modes', () => {
    const m = parseHl7Message(
      'MSH|^~\\&|LAB^1.2.3^ISO|FAC|MER|HOSP|20240101||ORU^R01^ORU_R01|C42|P|2.5.1|||AL|ER||UNICODE UTF-8',
    );
    expect(readHl7Header(m)).toMatchObject({
      sendingApplication: 'LAB',
      sendingFacility: 'FAC',
      messageCode: 'ORU',
      triggerEvent: 'R01',
      messageStructure: 'ORU_R01',
      controlId: 'C42',
      processingId: 'P',
      version: '2.5.1',
      acceptAckType: 'AL',
      applicationAckType: 'ER',
      characterSet: 'UNICODE UTF-8',
      addressing: { sendingApplication: ['LAB', '1.2.3', 'ISO'] },
    });
  });

  it('takes the trigger from EVN-1 for v2.1 messages whose MSH-9 has none', () => {
    expect(readHl7Header(parseHl7Message('MSH|^~\\&|A|B|C|D|2024||ADT|1|P|2.1\rEVN|A01|2024')).triggerEvent).toBe(
      'A01',
    );
  });

  it.each([
    ['MSH|^~\\&|A|B|C|D|2024||||P|2.5', 'invalid-msh', '101', 9],
    ['MSH|^~\\&|A|B|C|D|2024||ADT^A01||P|2.5', 'invalid-msh', '101', 10],
    ['MSH|^~\\&|A|B|C|D|2024||ADT^A01|1|P|3.0', 'unsupported-version', '203', 12],
    ['MSH|^~\\&|A|B|C|D|2024||ADT^A01|1|X|2.5', 'unsupported-processing-id', '202', 11],
  ])('refuses %j (%s, ERR %s)', (text, code, hl7Code, field) => {
    const error = parseError(() => readHl7Header(parseHl7Message(text)));
    expect([error.code, error.hl7Error.code, error.location?.field]).toEqual([code, hl7Code, field]);
  });

  it('peeks what it can from a payload that does not parse, and never throws', () => {
    expect(peekHl7Header('MSH|^|A|B|C|D|x||ADT^A01|77|P|2.5')).toMatchObject({
      controlId: '77',
      sendingApplication: 'A',
      version: '2.5',
    });
    expect(peekHl7Header('\u0000garbage').controlId).toBe('');
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        peekHl7Header(`MSH${text}`);
        peekHl7Header(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('decodeHl7Bytes', () => {
  it('strips a UTF-8 BOM and turns LF and CRLF separators into CR', () => {
    const decoded = decodeHl7Bytes(Buffer.from('\uFEFFMSH|^~\\&|A\r\nPID|1\nPV1|1\r', 'utf8'));
    expect(decoded.text).toBe('MSH|^~\\&|A\rPID|1\rPV1|1');
  });

  it('decodes by MSH-18: 8859/1 bytes and UTF-8 text', () => {
    const name = Buffer.from('Müller', 'latin1');
    const latin1 = Buffer.concat([
      Buffer.from('MSH|^~\\&|A|B|C|D|2024||ADT^A01|1|P|2.5|||||| 8859/1\rPID|1||1||', 'latin1'),
      name,
    ]);
    expect(decodeHl7Bytes(latin1)).toMatchObject({ charset: 'iso-8859-1', declaredCharset: '8859/1' });
    expect(decodeHl7Bytes(latin1).text.endsWith('Müller')).toBe(true);
    const utf8 = Buffer.from('MSH|^~\\&|A|B|C|D|2024||ADT^A01|1|P|2.5||||||UNICODE UTF-8\rPID|1||1||Zoë', 'utf8');
    expect(decodeHl7Bytes(utf8).text.endsWith('Zoë')).toBe(true);
  });

  it('reads undeclared non-UTF-8 bytes as Latin-1, and refuses unknown or invalid declared sets', () => {
    const undeclared = Buffer.concat([Buffer.from('MSH|^~\\&|A\rPID|1||', 'latin1'), Buffer.from([0xe9])]);
    expect(decodeHl7Bytes(undeclared)).toMatchObject({ charset: 'latin1' });
    expect(
      parseError(() => decodeHl7Bytes(Buffer.from('MSH|^~\\&|A|B|C|D|2024||ADT^A01|1|P|2.5||||||UNICODE UTF-16'))).code,
    ).toBe('unsupported-charset');
    const bad = Buffer.concat([
      Buffer.from('MSH|^~\\&|A|B|C|D|2024||ADT^A01|1|P|2.5||||||UNICODE UTF-8\rPID|'),
      Buffer.from([0xff, 0xfe]),
    ]);
    expect(parseError(() => decodeHl7Bytes(bad)).location).toMatchObject({ segment: 'MSH', field: 18 });
  });
});

describe('splitHl7Payload', () => {
  const msg = (id: string) => `MSH|^~\\&|A|B|C|D|2024||ADT^A01|${id}|P|2.5\rPID|1||${id}^^^H^MR`;

  it('passes a single message through', () => {
    expect(splitHl7Payload(msg('1')).messages).toEqual([msg('1')]);
  });

  it('splits FHS/BHS batches into their messages and reads the batch header', () => {
    const payload = splitHl7Payload(
      ['FHS|^~\\&|A|B', 'BHS|^~\\&|LAB|FAC|C|D|2024||||B77', msg('1'), msg('2'), 'BTS|2', 'FTS|1'].join('\r'),
    );
    expect(payload.messages).toEqual([msg('1'), msg('2')]);
    expect(payload.batch).toMatchObject({ sendingApplication: 'LAB', sendingFacility: 'FAC', controlId: 'B77' });
  });

  it.each([
    [['BHS|^~\\&|A', 'EVN|A04', 'PID|1', 'BTS|1'], 'precedes the first MSH'],
    [['BHS|^~\\&|A', 'BTS|0'], 'holds no message'],
    [['BHS|^~\\&|A', msg('1'), 'BTS|3'], 'BTS-1 counts 3'],
  ])('refuses a malformed batch (%#)', (lines, why) => {
    const error = parseError(() => splitHl7Payload(lines.join('\r')));
    expect([error.code, error.message.includes(why)]).toEqual(['invalid-batch', true]);
  });
});

describe('escapeHl7', () => {
  it('round-trips any text through unescapeHl7, and node-hl7-client reads it back', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const escaped = escapeHl7(text, DEFAULT_DELIMITERS);
        expect(escaped).not.toMatch(/[|^~&\r]/);
        expect(unescapeHl7(escaped, DEFAULT_DELIMITERS)).toBe(text.replace(/\r/g, '\r'));
      }),
      { numRuns: 300 },
    );
    const text = 'a|b^c~d&e\\f';
    const parsed = new Message({
      text: `MSH|^~\\&|A|B|C|D|2024||ADT^A01|1|P|2.5\rNTE|1||${escapeHl7(text, DEFAULT_DELIMITERS)}`,
    });
    expect(parsed.get('NTE.3').toString()).toBe(text);
  });
});
