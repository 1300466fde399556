import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeMllpFrame, MllpFrameDecoder, type MllpDecodeEvent } from './frame-decoder.js';

const frames = (events: MllpDecodeEvent[]) =>
  events.flatMap((e) => (e.type === 'frame' ? [e.payload.toString('latin1')] : []));
const decoder = (maxFrameBytes = 1024) => new MllpFrameDecoder({ maxFrameBytes });

describe('MllpFrameDecoder', () => {
  it('yields several frames from one chunk, in order', () => {
    const chunk = Buffer.concat(['A1', 'B22', 'C333'].map((p) => encodeMllpFrame(p)));
    expect(frames(decoder().push(chunk))).toEqual(['A1', 'B22', 'C333']);
  });

  it('yields the same frames however the byte stream is split', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc
            .string({ minLength: 1, maxLength: 40 })
            .map((s) => s.replace(/[\x0b\x1c]/g, ''))
            .filter((s) => s.length > 0),
          { minLength: 1, maxLength: 6 },
        ),
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 12 }),
        (payloads, cuts) => {
          const stream = Buffer.concat(payloads.map((p) => encodeMllpFrame(Buffer.from(p, 'latin1'))));
          const points = [...new Set(cuts.map((c) => c % (stream.length + 1)))].sort((a, b) => a - b);
          const d = decoder();
          const out: MllpDecodeEvent[] = [];
          let last = 0;
          for (const p of [...points, stream.length]) {
            out.push(...d.push(stream.subarray(last, p)));
            last = p;
          }
          expect(frames(out)).toEqual(payloads);
          expect(out.every((e) => e.type === 'frame')).toBe(true);
          expect(d.frameInProgress).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('works byte by byte, including an end block and its CR in different chunks', () => {
    const d = decoder();
    const out = [...encodeMllpFrame('MSH|x'), ...encodeMllpFrame('MSH|y')].flatMap((b) => d.push(Buffer.of(b)));
    expect(frames(out)).toEqual(['MSH|x', 'MSH|y']);
  });

  it('skips and counts junk before a start block', () => {
    const out = decoder().push(
      Buffer.concat([Buffer.from('garbage\r\n'), encodeMllpFrame('A'), Buffer.from('xx'), encodeMllpFrame('B')]),
    );
    expect(out).toEqual([
      { type: 'discarded', bytes: 9, reason: 'before-start-block' },
      { type: 'frame', payload: Buffer.from('A') },
      { type: 'discarded', bytes: 2, reason: 'before-start-block' },
      { type: 'frame', payload: Buffer.from('B') },
    ]);
  });

  it('accepts a sender that omits the CR after the end block', () => {
    expect(frames(decoder().push(Buffer.from('\x0bA\x1c\x0bB\x1c\x0bC\x1c\r')))).toEqual(['A', 'B', 'C']);
  });

  it('drops an unfinished frame when a new start block arrives', () => {
    const d = decoder();
    expect(d.push(Buffer.from('\x0bPARTIAL'))).toEqual([]);
    expect(d.push(Buffer.from('-MORE\x0bWHOLE\x1c\r'))).toEqual([
      { type: 'discarded', bytes: 12, reason: 'restarted-frame' },
      { type: 'frame', payload: Buffer.from('WHOLE') },
    ]);
  });

  it('caps the frame size: keeps the head for the rejection, skips to the end block, then goes on', () => {
    const d = decoder(64);
    const big = 'MSH|^~\\&|' + 'x'.repeat(5000);
    const events = [
      ...d.push(encodeMllpFrame(big).subarray(0, 2000)),
      ...d.push(encodeMllpFrame(big).subarray(2000)),
      ...d.push(encodeMllpFrame('NEXT')),
    ];
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ type: 'oversized', size: big.length });
    expect((events[0] as { head: Buffer }).head.toString().startsWith('MSH|^~\\&|xx')).toBe(true);
    expect(d.bufferedBytes).toBe(0);
    expect(frames(events)).toEqual(['NEXT']);
  });

  it('never holds more than the cap plus one chunk in memory', () => {
    const d = decoder(1000);
    d.push(Buffer.from('\x0b'));
    for (let i = 0; i < 100; i++) d.push(Buffer.alloc(500, 0x41));
    expect(d.frameInProgress).toBe(true);
    expect((d as unknown as { parts: Buffer[] }).parts.reduce((n, b) => n + b.length, 0)).toBeLessThanOrEqual(4096);
  });

  it('refuses a nonsensical cap', () => {
    expect(() => decoder(0)).toThrow(RangeError);
  });
});
