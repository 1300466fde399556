/**
 * An MLLP server on `node:net` (or `node:tls`): one frame decoder per
 * connection, frames handled one at a time per connection in arrival order
 * and answered in that order, a frame-size cap, a per-frame deadline, an idle
 * timeout, a connection cap, and no `error` event left unhandled. What a frame
 * means is the handler's business.
 *
 * @module
 */
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { encodeMllpFrame, MllpFrameDecoder } from './frame-decoder.js';

/**
 * A complete frame, or what is left of one that exceeded the size cap.
 *
 * @example
 * ```ts
 * if (frame.truncated) rejectOversized(frame.payload, frame.size);
 * ```
 */
export type MllpFrame = { payload: Buffer; truncated: false } | { payload: Buffer; truncated: true; size: number };

/** Who sent a frame. @example `const peer: MllpPeer = { connectionId: 3, remoteAddress: '10.0.0.5' };` */
export interface MllpPeer {
  connectionId: number;
  remoteAddress: string | undefined;
}

/**
 * Answers a frame: the payload of the reply frame(s), or nothing. A rejected
 * promise closes the connection without an answer (the sender will resend).
 */
export type MllpHandler = (frame: MllpFrame, peer: MllpPeer) => Promise<readonly (string | Buffer)[]>;

/** What the server reports (for logs and metrics; never payload bytes). */
export type MllpServerEvent =
  | { type: 'connection' | 'close'; connectionId: number }
  | { type: 'refused-connection'; reason: 'connection-cap' }
  | { type: 'junk'; connectionId: number; bytes: number; reason: string }
  | { type: 'oversized'; connectionId: number; size: number }
  | { type: 'timeout'; connectionId: number; reason: 'frame' | 'idle' }
  | { type: 'handler-error' | 'socket-error'; connectionId: number; error: unknown };

/**
 * Options of {@link startMllpServer}.
 *
 * @example
 * ```ts
 * const options: MllpServerOptions = { port: 2575, host: '127.0.0.1', maxFrameBytes: 10 * 1024 * 1024 };
 * ```
 */
export interface MllpServerOptions {
  port: number;
  host: string;
  /** Largest frame accepted (default 10 MiB). */
  maxFrameBytes?: number;
  /** Longest time from a start block to its end block (default 30 s). */
  frameTimeoutMs?: number;
  /** A connection with no bytes and nothing in progress for this long is closed (default 10 min). */
  idleTimeoutMs?: number;
  /** Most concurrent connections; more are closed at once (default 64). */
  maxConnections?: number;
  /** Junk bytes (outside frames) tolerated per connection before it is closed (default 1 MiB). */
  maxJunkBytes?: number;
  /** PEM certificate and key: listen with TLS. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  onEvent?: (event: MllpServerEvent) => void;
}

/** A running MLLP server. @example `const { port } = server.address(); await server.close();` */
export interface MllpServer {
  address(): { host: string; port: number };
  /** Connections open now. */
  connectionCount(): number;
  /** Stops accepting, lets frames in progress finish (up to `graceMs`), then closes every connection. */
  close(graceMs?: number): Promise<void>;
}

const MAX_QUEUED_FRAMES = 256;

/**
 * Starts an MLLP server and resolves once it listens.
 *
 * @example
 * ```ts
 * import { startMllpServer } from '@meridian/server';
 * const server = await startMllpServer({ port: 2575, host: '0.0.0.0' }, async (frame) => [buildAckFor(frame)]);
 * ```
 */
export async function startMllpServer(options: MllpServerOptions, handler: MllpHandler): Promise<MllpServer> {
  const settings = {
    maxFrameBytes: options.maxFrameBytes ?? 10 * 1024 * 1024,
    frameTimeoutMs: options.frameTimeoutMs ?? 30_000,
    idleTimeoutMs: options.idleTimeoutMs ?? 600_000,
    maxConnections: options.maxConnections ?? 64,
    maxJunkBytes: options.maxJunkBytes ?? 1024 * 1024,
  };
  const emit = (event: MllpServerEvent) => {
    try {
      options.onEvent?.(event);
    } catch {
      // a listener's failure must not break the connection
    }
  };
  const sockets = new Set<Socket>();
  const idle = new Set<Promise<void>>();
  let nextId = 1;

  const onConnection = (socket: Socket) => {
    if (sockets.size >= settings.maxConnections) {
      emit({ type: 'refused-connection', reason: 'connection-cap' });
      socket.on('error', () => undefined);
      socket.destroy();
      return;
    }
    const connectionId = nextId++;
    const peer: MllpPeer = { connectionId, remoteAddress: socket.remoteAddress };
    sockets.add(socket);
    emit({ type: 'connection', connectionId });
    const decoder = new MllpFrameDecoder({ maxFrameBytes: settings.maxFrameBytes });
    let queue: Promise<void> = Promise.resolve();
    let pending = 0;
    let junk = 0;
    let frameTimer: NodeJS.Timeout | undefined;
    socket.setNoDelay(true);
    socket.setTimeout(settings.idleTimeoutMs);

    const fail = (error: unknown) => {
      emit({ type: 'handler-error', connectionId, error });
      socket.destroy();
    };
    const enqueue = (frame: MllpFrame) => {
      pending += 1;
      if (pending >= MAX_QUEUED_FRAMES) socket.pause();
      const work = queue
        .then(async () => {
          if (socket.destroyed) return;
          const replies = await handler(frame, peer);
          if (!socket.destroyed && replies.length > 0)
            socket.write(Buffer.concat(replies.map((r) => encodeMllpFrame(r))));
        })
        .catch(fail)
        .finally(() => {
          pending -= 1;
          if (pending < MAX_QUEUED_FRAMES / 2 && socket.isPaused() && !socket.destroyed) socket.resume();
        });
      idle.add(work);
      void work.finally(() => idle.delete(work));
      queue = work;
    };

    socket.on('data', (chunk: Buffer) => {
      for (const event of decoder.push(chunk)) {
        if (event.type === 'frame') enqueue({ payload: event.payload, truncated: false });
        else if (event.type === 'oversized') {
          emit({ type: 'oversized', connectionId, size: event.size });
          enqueue({ payload: event.head, truncated: true, size: event.size });
        } else {
          junk += event.bytes;
          emit({ type: 'junk', connectionId, bytes: event.bytes, reason: event.reason });
        }
      }
      if (junk > settings.maxJunkBytes) socket.destroy();
      if (decoder.frameInProgress && frameTimer === undefined) {
        frameTimer = setTimeout(() => {
          emit({ type: 'timeout', connectionId, reason: 'frame' });
          socket.destroy();
        }, settings.frameTimeoutMs);
      } else if (!decoder.frameInProgress && frameTimer !== undefined) {
        clearTimeout(frameTimer);
        frameTimer = undefined;
      }
    });
    socket.on('timeout', () => {
      if (pending > 0) return;
      emit({ type: 'timeout', connectionId, reason: 'idle' });
      socket.destroy();
    });
    socket.on('error', (error) => emit({ type: 'socket-error', connectionId, error }));
    socket.on('close', () => {
      if (frameTimer) clearTimeout(frameTimer);
      sockets.delete(socket);
      emit({ type: 'close', connectionId });
    });
  };

  const server: Server = options.tls
    ? createTlsServer({ cert: options.tls.cert, key: options.tls.key }, onConnection)
    : createServer(onConnection);
  server.on('error', () => undefined);
  if (options.tls) server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    address: () => ({ host: address.address, port: address.port }),
    connectionCount: () => sockets.size,
    async close(graceMs = 5_000) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.race([Promise.allSettled([...idle]), new Promise((r) => setTimeout(r, graceMs).unref())]);
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
