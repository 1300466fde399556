/**
 * examples/hl7-feed: sends a day of ADT and ORU traffic for three patients to
 * Meridian's MLLP listener, waits for each acknowledgement, then prints the
 * alerts Meridian raised as the risk scores crossed their thresholds.
 *
 *   MERIDIAN_DEMO_API_KEY=mrd_demo_local_key_change_me npm start     (one shell)
 *   MERIDIAN_API_KEY=mrd_demo_local_key_change_me npm run example:hl7-feed
 *
 * HL7_HOST / HL7_PORT (default 127.0.0.1:2575) and MERIDIAN_URL (default
 * http://localhost:8080) say where the server is.
 */
import { connect } from 'node:net';
import { Meridian, type Alert } from '@meridian/sdk';
import { dayOfTraffic, fixturePatients, type FeedMessage } from './traffic.js';

/** Options of {@link runHl7Feed}. */
export interface FeedOptions {
  hl7Host: string;
  hl7Port: number;
  baseUrl: string;
  apiKey: string;
  log?: (line: string) => void;
  settleMs?: number;
}

/** Sends the messages one at a time over one MLLP connection; returns each MSA-1. */
async function sendAll(
  host: string,
  port: number,
  messages: readonly FeedMessage[],
  log: (line: string) => void,
): Promise<string[]> {
  const socket = connect({ host, port });
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let buffer = Buffer.alloc(0);
  const waiting: ((frame: string) => void)[] = [];
  socket.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    let end: number;
    while ((end = buffer.indexOf(0x1c)) !== -1) {
      const frame = buffer.subarray(buffer.indexOf(0x0b) + 1, end).toString('utf8');
      buffer = buffer.subarray(end + 2);
      waiting.shift()?.(frame);
    }
  });
  const codes: string[] = [];
  for (const message of messages) {
    const ack = await new Promise<string>((resolve) => {
      waiting.push(resolve);
      socket.write(Buffer.concat([Buffer.of(0x0b), Buffer.from(message.text, 'utf8'), Buffer.of(0x1c, 0x0d)]));
    });
    const code =
      ack
        .split('\r')
        .find((s) => s.startsWith('MSA'))
        ?.split('|')[1] ?? '??';
    codes.push(code);
    log(`${message.at.toISOString().slice(11, 16)}  ${code}  ${message.label}`);
  }
  socket.end();
  return codes;
}

/**
 * Runs the feed and returns the acknowledgement codes and the alerts raised.
 *
 * @example
 * ```ts
 * const { acks, alerts } = await runHl7Feed({ hl7Host: '127.0.0.1', hl7Port: 2575, baseUrl: 'http://localhost:8080', apiKey });
 * ```
 */
export async function runHl7Feed(options: FeedOptions): Promise<{ acks: string[]; alerts: Alert[] }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const meridian = new Meridian({ baseUrl: options.baseUrl, apiKey: options.apiKey });
  const before = new Set((await meridian.alerts.list({ _count: 500 })).map((a) => a.id));
  const patients = fixturePatients();
  log(
    `Sending a day of traffic for ${patients.map((p) => `${p.given} ${p.family}`).join(', ')} to ${options.hl7Host}:${options.hl7Port}\n`,
  );
  const acks = await sendAll(options.hl7Host, options.hl7Port, dayOfTraffic(patients, new Date()), log);
  await new Promise((r) => setTimeout(r, options.settleMs ?? 2_000));
  const alerts = (await meridian.alerts.list({ _count: 500 })).filter((a) => !before.has(a.id)).reverse();
  const names = new Map<string, string>();
  for (const p of patients) {
    const found = await meridian.fhir.search('Patient', { identifier: p.mrn });
    if (found.resources[0]) names.set(`Patient/${found.resources[0].id}`, `${p.given} ${p.family}`);
  }
  log(`\n${alerts.length} alert(s) raised:`);
  for (const a of alerts) {
    log(
      `  ${a.createdAt.slice(11, 19)}  ${a.severity.padEnd(8)} ${a.rule.padEnd(15)} ${names.get(a.patient) ?? a.patient}: ${a.calculator} ${a.total ?? ''} (band ${a.band}, was ${a.previousBand ?? 'none'})  ${a.detectedIssue}`,
    );
  }
  return { acks, alerts };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const apiKey = process.env.MERIDIAN_API_KEY ?? process.env.MERIDIAN_DEMO_API_KEY;
  if (!apiKey) {
    console.error(
      'Set MERIDIAN_API_KEY to the demo API key that `npm start` printed (or fixed with MERIDIAN_DEMO_API_KEY).',
    );
    process.exit(2);
  }
  await runHl7Feed({
    hl7Host: process.env.HL7_HOST ?? '127.0.0.1',
    hl7Port: Number(process.env.HL7_PORT ?? 2575),
    baseUrl: process.env.MERIDIAN_URL ?? 'http://localhost:8080',
    apiKey,
  });
}
