import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { connectMllp } from '../../use-cases/hl7-ingest/testing/mllp-client.js';
import { encodeMllpFrame } from './frame-decoder.js';
import {
  startMllpServer,
  type MllpHandler,
  type MllpServer,
  type MllpServerEvent,
  type MllpServerOptions,
} from './mllp-server.js';

const servers: MllpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close(100)));
});

const echo: MllpHandler = async (frame) => [
  frame.truncated
    ? `TRUNCATED ${frame.size} ${frame.payload.subarray(0, 8).toString()}`
    : `ECHO ${frame.payload.toString()}`,
];

async function start(options: Partial<MllpServerOptions> = {}, handler: MllpHandler = echo) {
  const events: MllpServerEvent[] = [];
  const server = await startMllpServer(
    { port: 0, host: '127.0.0.1', onEvent: (e) => events.push(e), ...options },
    handler,
  );
  servers.push(server);
  return { server, port: server.address().port, events };
}

describe('startMllpServer over loopback', () => {
  it('answers frames in order: several frames in one write, frames split across writes, junk before the start block', async () => {
    const { port, events } = await start();
    const client = await connectMllp(port);
    client.write(
      Buffer.concat([encodeMllpFrame('one'), Buffer.from('junk\r\n'), encodeMllpFrame('two'), encodeMllpFrame('thr')]),
    );
    const split = encodeMllpFrame('four-split');
    for (let i = 0; i < split.length; i += 3) {
      client.write(split.subarray(i, i + 3));
      await new Promise((r) => setTimeout(r, 2));
    }
    const replies = [await client.next(), await client.next(), await client.next(), await client.next()];
    expect(replies).toEqual(['ECHO one', 'ECHO two', 'ECHO thr', 'ECHO four-split']);
    expect(events).toContainEqual(expect.objectContaining({ type: 'junk', bytes: 6 }));
    client.close();
  });

  it('answers one pipelined connection in order even when later frames finish first', async () => {
    const { port } = await start({}, async (frame) => {
      const n = Number(frame.payload.toString());
      await new Promise((r) => setTimeout(r, (20 - n) * 2));
      return [String(n)];
    });
    const client = await connectMllp(port);
    client.write(Buffer.concat(Array.from({ length: 20 }, (_, i) => encodeMllpFrame(String(i)))));
    const replies: string[] = [];
    for (let i = 0; i < 20; i++) replies.push(await client.next());
    expect(replies).toEqual(Array.from({ length: 20 }, (_, i) => String(i)));
    client.close();
  });

  it('keeps 1,000 messages on one persistent connection to one handler call each', async () => {
    let calls = 0;
    const { port } = await start({}, async () => {
      calls += 1;
      return ['ok'];
    });
    const client = await connectMllp(port);
    for (let i = 0; i < 1000; i++) expect(await client.request(`m${i}`)).toEqual(['ok']);
    expect(calls).toBe(1000);
    client.close();
  });

  it('hands an oversized frame to the handler as truncated, and the connection goes on', async () => {
    const { port, events } = await start({ maxFrameBytes: 1024 });
    const client = await connectMllp(port);
    client.send(`MSH|^~\\&|${'x'.repeat(5000)}`);
    expect(await client.next()).toBe('TRUNCATED 5009 MSH|^~\\&');
    expect(await client.request('small')).toEqual(['ECHO small']);
    expect(events).toContainEqual(expect.objectContaining({ type: 'oversized', size: 5009 }));
    client.close();
  });

  it('closes a connection whose frame does not finish in time, and one that stays idle', async () => {
    const { port, events } = await start({ frameTimeoutMs: 150, idleTimeoutMs: 300 });
    const slow = await connectMllp(port);
    slow.write('\x0bMSH|^~\\&|never ends');
    await slow.closed;
    expect(events).toContainEqual(expect.objectContaining({ type: 'timeout', reason: 'frame' }));
    const idle = await connectMllp(port);
    expect(await idle.request('hi')).toEqual(['ECHO hi']);
    await idle.closed;
    expect(events).toContainEqual(expect.objectContaining({ type: 'timeout', reason: 'idle' }));
  });

  it('refuses connections beyond the cap, and accepts again when one closes', async () => {
    const { port, server, events } = await start({ maxConnections: 2 });
    const [a, b] = [await connectMllp(port), await connectMllp(port)];
    expect(await a.request('a')).toEqual(['ECHO a']);
    expect(await b.request('b')).toEqual(['ECHO b']);
    const c = await connectMllp(port);
    await c.closed;
    expect(events).toContainEqual({ type: 'refused-connection', reason: 'connection-cap' });
    a.close();
    await a.closed;
    await new Promise((r) => setTimeout(r, 20));
    expect(server.connectionCount()).toBe(1);
    const d = await connectMllp(port);
    expect(await d.request('d')).toEqual(['ECHO d']);
    b.close();
    d.close();
  });

  it('closes the connection of a frame its handler fails on (no answer, so the sender resends), and serves the others', async () => {
    const { port, events } = await start({}, async (frame) => {
      if (frame.payload.toString() === 'boom') throw new Error('store down');
      return ['fine'];
    });
    const failing = await connectMllp(port);
    failing.send('boom');
    await failing.closed;
    expect(events).toContainEqual(expect.objectContaining({ type: 'handler-error' }));
    const other = await connectMllp(port);
    expect(await other.request('ok')).toEqual(['fine']);
    other.close();
  });

  it('closes a connection that sends only junk past the limit', async () => {
    const { port } = await start({ maxJunkBytes: 1000 });
    const client = await connectMllp(port);
    client.write(Buffer.alloc(5000, 0x41));
    await client.closed;
  });

  it('lets a frame in progress finish on close()', async () => {
    let finished = false;
    const { port, server } = await start({}, async () => {
      await new Promise((r) => setTimeout(r, 100));
      finished = true;
      return ['late'];
    });
    const client = await connectMllp(port);
    client.send('x');
    await new Promise((r) => setTimeout(r, 20));
    await server.close(2000);
    expect(finished).toBe(true);
  });

  it('speaks MLLP over TLS', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mllp-tls-'));
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '1',
          '-subj',
          '/CN=localhost',
          '-addext',
          'subjectAltName=DNS:localhost',
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          join(dir, 'cert.pem'),
        ],
        { stdio: 'ignore' },
      );
    } catch {
      console.warn('skipped: openssl is not available to make a test certificate');
      return;
    }
    const [cert, key] = [readFileSync(join(dir, 'cert.pem')), readFileSync(join(dir, 'key.pem'))];
    const { port } = await start({ tls: { cert, key } });
    const client = await connectMllp(port, { tls: { ca: cert } });
    expect(await client.request('secure')).toEqual(['ECHO secure']);
    client.close();
  });
});

describe('interoperability with an independent MLLP client (Debian python3-hl7 mllp_send)', () => {
  const available = (() => {
    try {
      execFileSync('mllp_send', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  if (!available) console.warn('skipped: mllp_send is not installed (apt-get install -y python3-hl7)');

  it.skipIf(!available)('receives one answer per message from a file of framed messages', async () => {
    const { port } = await start({}, async (frame) => [`ACK for ${frame.payload.toString().split('|')[9]}`]);
    const dir = mkdtempSync(join(tmpdir(), 'mllp-send-'));
    const file = join(dir, 'messages.hl7');
    const messages = ['A1', 'B2', 'C3'].map(
      (id) => `MSH|^~\\&|SND|FAC|RCV|FAC|20240101||ADT^A01|${id}|P|2.5\rPID|1||${id}^^^H^MR`,
    );
    writeFileSync(file, Buffer.concat(messages.map((m) => encodeMllpFrame(m))));
    const { stdout } = await promisify(execFile)('mllp_send', ['-p', String(port), '-f', file, '127.0.0.1'], {
      timeout: 20_000,
    });
    expect(stdout.split('\n').filter((l) => l.includes('ACK for'))).toEqual(
      ['\x0bACK for A1\x1c\r', '\x0bACK for B2\x1c\r', '\x0bACK for C3\x1c\r'].map((s) => s),
    );
  });
});
