/**
 * examples/hl7-feed: sends a day of ADT and ORU traffic for three patients to
 * Meridian's MLLP listener, waits for each acknowledgement, then prints the
 * alerts Meridian raised as the risk scores crossed their thresholds. Every
 * run is a new day after the last one, so every run raises its alerts.
 *
 *   MERIDIAN_DEMO_API_KEY=mrd_demo_local_key_change_me npm start     (one shell)
 *   MERIDIAN_API_KEY=mrd_demo_local_key_change_me npm run example:hl7-feed
 *
 * HL7_HOST / HL7_PORT (default 127.0.0.1:2575) and MERIDIAN_URL (default
 * http://localhost:8080) say where the server is.
 */
import { connect } from 'node:net';
import { Meridian, type Alert } from '@meridian/sdk';
import { dayOfTraffic, fixturePatients, type FeedMessage, type FeedPatient } from './traffic.js';

/** Options of {@link runHl7Feed}. */
export interface FeedOptions {
  hl7Host: string;
  hl7Port: number;
  baseUrl: string;
  apiKey: string;
  log?: (line: string) => void;
  /** How long to wait after the last message for the last re-scorings (default 2 s). */
  settleMs?: number;
  /** The longest wait for the deteriorating patient's re-scoring after each of its vital signs (default 15 s). */
  rescoreTimeoutMs?: number;
  /** The end of the day sent (default: now). */
  now?: Date;
}

const HEART_RATE = 'http://loinc.org|8867-4';

/** The `Patient/{id}` Meridian filed an MRN under, if any. */
async function patientOf(meridian: Meridian, mrn: string): Promise<string | undefined> {
  const id = (await meridian.fhir.search('Patient', { identifier: mrn })).resources[0]?.id;
  return id ? `Patient/${id}` : undefined;
}

/** The time of the newest vital signs stored for the patients (an earlier run's), if any. */
async function newestVitalSigns(meridian: Meridian, patients: readonly FeedPatient[]): Promise<Date | undefined> {
  let newest: number | undefined;
  for (const p of patients) {
    const patient = await patientOf(meridian, p.mrn);
    if (!patient) continue;
    const [last] = (await meridian.fhir.search('Observation', { patient, code: HEART_RATE, _count: 1 })).resources;
    const t = Date.parse(String((last as { effectiveDateTime?: string } | undefined)?.effectiveDateTime));
    if (Number.isFinite(t)) newest = Math.max(newest ?? t, t);
  }
  return newest === undefined ? undefined : new Date(newest);
}

/**
 * Waits until Meridian re-scored the patient from data sent at or after
 * `sentAt` (a RiskAssessment made since), as two hours on a ward would allow;
 * gives up quietly after `timeoutMs`.
 */
async function rescoredSince(meridian: Meridian, patient: string, sentAt: Date, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  const date = `ge${sentAt.toISOString()}`;
  while (Date.now() < until) {
    if ((await meridian.fhir.search('RiskAssessment', { patient, date, _count: 1 })).resources.length > 0) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Sends the messages one at a time over one MLLP connection, calling
 * `afterAck` with each message and the time it was sent once it is
 * acknowledged; returns each MSA-1.
 */
async function sendAll(
  host: string,
  port: number,
  messages: readonly FeedMessage[],
  log: (line: string) => void,
  afterAck: (message: FeedMessage, sentAt: Date) => Promise<void> = async () => undefined,
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
    const sentAt = new Date();
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
    log(`${message.at.toISOString().slice(11, 19)}  ${code}  ${message.label}`);
    await afterAck(message, sentAt);
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
export async function runHl7Feed(
  options: FeedOptions,
): Promise<{ acks: string[]; alerts: Alert[]; messages: FeedMessage[] }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const meridian = new Meridian({ baseUrl: options.baseUrl, apiKey: options.apiKey });
  const before = new Set((await meridian.alerts.list({ _count: 500 })).map((a) => a.id));
  const patients = fixturePatients();
  const since = await newestVitalSigns(meridian, patients);
  const messages = dayOfTraffic(patients, options.now ?? new Date(), { since });
  log(
    `Sending a day of traffic for ${patients.map((p) => `${p.given} ${p.family}`).join(', ')} to ${options.hl7Host}:${options.hl7Port}` +
      `${since ? ` (after the last run's vital signs, ${since.toISOString()})` : ''}\n`,
  );
  const filed = new Map<string, string | undefined>();
  const acks = await sendAll(options.hl7Host, options.hl7Port, messages, log, async (message, sentAt) => {
    if (!message.awaitRescore) return;
    if (!filed.get(message.awaitRescore))
      filed.set(message.awaitRescore, await patientOf(meridian, message.awaitRescore));
    const patient = filed.get(message.awaitRescore);
    if (patient) await rescoredSince(meridian, patient, sentAt, options.rescoreTimeoutMs ?? 15_000);
  });
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
  return { acks, alerts, messages };
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
