/**
 * MLLP framing, without sockets: a byte buffer per connection that yields
 * complete frames (`0x0B` payload `0x1C 0x0D`). Several frames in one chunk,
 * a frame split over many chunks, junk before the start block (counted and
 * skipped), a start block inside an unfinished frame (the partial frame is
 * dropped), a missing final CR, and frames over the size cap (their first
 * bytes kept so the rejection can name the message) are all handled.
 *
 * @module
 */

/** MLLP start block (VT). */
export const START_BLOCK = 0x0b;
/** MLLP end block (FS), followed by CR. */
export const END_BLOCK = 0x1c;
const CR = 0x0d;
/** Bytes of an oversized frame kept for its header. */
const HEAD_BYTES = 4096;

/**
 * What the decoder found in a chunk.
 *
 * @example
 * ```ts
 * for (const event of decoder.push(chunk)) if (event.type === 'frame') handle(event.payload);
 * ```
 */
export type MllpDecodeEvent =
  | { type: 'frame'; payload: Buffer }
  | { type: 'oversized'; head: Buffer; size: number }
  | { type: 'discarded'; bytes: number; reason: 'before-start-block' | 'restarted-frame' };

/**
 * One connection's frame decoder.
 *
 * @example
 * ```ts
 * const decoder = new MllpFrameDecoder({ maxFrameBytes: 1_000_000 });
 * decoder.push(Buffer.from('\x0bMSH|^~\\&|...\x1c\r')); // [{ type: 'frame', payload: <Buffer 4d 53 48 …> }]
 * ```
 */
export class MllpFrameDecoder {
  private readonly maxFrameBytes: number;
  private parts: Buffer[] = [];
  private size = 0;
  private inFrame = false;
  private oversized = false;
  private skipCr = false;

  constructor(options: { maxFrameBytes: number }) {
    if (!Number.isSafeInteger(options.maxFrameBytes) || options.maxFrameBytes < 16)
      throw new RangeError('maxFrameBytes must be an integer of at least 16');
    this.maxFrameBytes = options.maxFrameBytes;
  }

  /** Whether a frame has started and not ended (for the per-frame deadline). */
  get frameInProgress(): boolean {
    return this.inFrame;
  }

  /** Bytes of the unfinished frame held in memory. */
  get bufferedBytes(): number {
    return this.size;
  }

  /** Feeds one chunk; returns what it completed, in order. */
  push(chunk: Buffer): MllpDecodeEvent[] {
    const events: MllpDecodeEvent[] = [];
    let pos = 0;
    if (this.skipCr && chunk.length > 0) {
      this.skipCr = false;
      if (chunk[0] === CR) pos = 1;
    }
    while (pos < chunk.length) {
      if (!this.inFrame) {
        const start = chunk.indexOf(START_BLOCK, pos);
        const junk = (start === -1 ? chunk.length : start) - pos;
        if (junk > 0) events.push({ type: 'discarded', bytes: junk, reason: 'before-start-block' });
        if (start === -1) break;
        this.inFrame = true;
        pos = start + 1;
        continue;
      }
      const end = chunk.indexOf(END_BLOCK, pos);
      const restart = chunk.indexOf(START_BLOCK, pos);
      if (restart !== -1 && (end === -1 || restart < end)) {
        events.push({ type: 'discarded', bytes: this.size + (restart - pos), reason: 'restarted-frame' });
        this.reset();
        this.inFrame = true;
        pos = restart + 1;
        continue;
      }
      this.append(chunk.subarray(pos, end === -1 ? chunk.length : end));
      if (end === -1) break;
      events.push(this.finish());
      pos = end + 1;
      if (pos < chunk.length) {
        if (chunk[pos] === CR) pos += 1;
      } else {
        this.skipCr = true;
      }
    }
    return events;
  }

  private append(bytes: Buffer): void {
    if (bytes.length === 0) return;
    if (this.oversized) {
      this.size += bytes.length;
      return;
    }
    if (this.size + bytes.length > this.maxFrameBytes) {
      const head = Buffer.concat([...this.parts, bytes]).subarray(0, HEAD_BYTES);
      this.parts = [Buffer.from(head)];
      this.oversized = true;
      this.size += bytes.length;
      return;
    }
    this.parts.push(bytes);
    this.size += bytes.length;
  }

  private finish(): MllpDecodeEvent {
    const event: MllpDecodeEvent = this.oversized
      ? { type: 'oversized', head: this.parts[0] ?? Buffer.alloc(0), size: this.size }
      : { type: 'frame', payload: this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts) };
    this.reset();
    return event;
  }

  private reset(): void {
    this.parts = [];
    this.size = 0;
    this.inFrame = false;
    this.oversized = false;
  }
}

/**
 * Wraps a payload in an MLLP frame.
 *
 * @example
 * ```ts
 * socket.write(encodeMllpFrame('MSH|^~\\&|...'));
 * ```
 */
export function encodeMllpFrame(payload: string | Buffer): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
  return Buffer.concat([Buffer.of(START_BLOCK), body, Buffer.of(END_BLOCK, CR)]);
}
