/**
 * Test helper: a real MLLP client over loopback (or TLS) that writes raw
 * bytes or framed messages and reads the reply frames in order.
 *
 * @module
 */
import { connect, type Socket } from 'node:net';
import { connect as connectTls } from 'node:tls';
import { encodeMllpFrame, MllpFrameDecoder } from '../../../doors/mllp/frame-decoder.js';

/** A connected test client. */
export interface MllpTestClient {
  socket: Socket;
  /** Writes one message wrapped in a frame. */
  send(message: string | Buffer): void;
  /** Writes bytes as they are (partial frames, junk, several frames). */
  write(bytes: Buffer | string): void;
  /** The next reply frame as text (rejects after `timeoutMs`, or when the server closes first). */
  next(timeoutMs?: number): Promise<string>;
  /** Sends and waits for `count` reply frames. */
  request(message: string | Buffer, count?: number): Promise<string[]>;
  /** Resolves when the server closes the connection. */
  closed: Promise<void>;
  close(): void;
}

/**
 * Connects to an MLLP server.
 *
 * @example
 * ```ts
 * const client = await connectMllp(server.address().port);
 * const [ack] = await client.request('MSH|^~\\&|...');
 * ```
 */
export async function connectMllp(
  port: number,
  options: { host?: string; tls?: { ca: string | Buffer } } = {},
): Promise<MllpTestClient> {
  const host = options.host ?? '127.0.0.1';
  const socket: Socket = options.tls
    ? connectTls({ host, port, ca: options.tls.ca, servername: 'localhost' })
    : connect({ host, port });
  await new Promise<void>((resolve, reject) => {
    socket.once(options.tls ? 'secureConnect' : 'connect', () => resolve());
    socket.once('error', reject);
  });
  const decoder = new MllpFrameDecoder({ maxFrameBytes: 64 * 1024 * 1024 });
  const frames: string[] = [];
  const waiters: { resolve: (f: string) => void; reject: (e: Error) => void }[] = [];
  let ended = false;
  const closed = new Promise<void>((resolve) =>
    socket.once('close', () => {
      ended = true;
      for (const w of waiters.splice(0)) w.reject(new Error('connection closed by the server'));
      resolve();
    }),
  );
  socket.on('error', () => undefined);
  socket.on('data', (chunk: Buffer) => {
    for (const event of decoder.push(chunk)) {
      if (event.type !== 'frame') continue;
      const waiter = waiters.shift();
      if (waiter) waiter.resolve(event.payload.toString('utf8'));
      else frames.push(event.payload.toString('utf8'));
    }
  });
  const next = (timeoutMs = 10_000) => {
    const ready = frames.shift();
    if (ready !== undefined) return Promise.resolve(ready);
    if (ended) return Promise.reject(new Error('connection closed by the server'));
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no reply within ${timeoutMs} ms`)), timeoutMs);
      waiters.push({
        resolve: (f) => {
          clearTimeout(timer);
          resolve(f);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
    });
  };
  return {
    socket,
    send: (message) => socket.write(encodeMllpFrame(message)),
    write: (bytes) => socket.write(bytes),
    next,
    async request(message, count = 1) {
      socket.write(encodeMllpFrame(message));
      const out: string[] = [];
      for (let i = 0; i < count; i++) out.push(await next());
      return out;
    },
    closed,
    close: () => socket.destroy(),
  };
}
