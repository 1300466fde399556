/**
 * bench/hl7: sustained HL7 v2 messages per second over real MLLP (loopback),
 * ORU^R01 with 10 OBX each, one sender waiting for each ACK per connection (as
 * interface engines do), 1 and 8 connections, on Postgres and PGlite; the
 * full listener (parse, map, store message + FHIR resources + AuditEvent in
 * one transaction, then ACK) against the same MLLP server doing parse-and-ACK
 * only, against the full listener without its durable re-scoring job (the
 * cost of queueing it in the commit) and against the full listener without
 * gathering (`gatherMs: 0`: a batch commits what is queued at once),
 * rotating the order in the same run. Reports medians of rounds and p50/p99 ACK latency, and checks that no
 * message was lost.
 *
 *   npm run bench:hl7            (ROUNDS=3 MESSAGES=1000 CONNECTIONS=1,8 ENGINES=postgres,pglite to change)
 */
import { loadavg } from 'node:os';
import {
  buildHl7Ack,
  decodeHl7Bytes,
  parseHl7Message,
  readHl7Header,
  splitHl7Payload,
} from '../packages/fhir-adapter/src/index.js';
import { startHl7Listener } from '../packages/server/src/doors/mllp/hl7-listener.js';
import { startMllpServer, type MllpServer } from '../packages/server/src/doors/mllp/mllp-server.js';
import { registerHl7Sender } from '../packages/server/src/use-cases/hl7-ingest/senders/hl7-senders.js';
import { connectMllp } from '../packages/server/src/use-cases/hl7-ingest/testing/mllp-client.js';
import { createServices } from '../packages/server/src/use-cases/services.js';
import { ensureTenant } from '../packages/server/src/platform/tenancy/tenants.js';
import { createTestDb, postgresUnavailableReason } from '../packages/server/src/testing/test-databases.js';
import { fmt, median } from './stats.js';

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const MESSAGES = Number(process.env.MESSAGES ?? 1000);
const ENGINES = (process.env.ENGINES ?? 'postgres,pglite').split(',');
const CONNECTIONS = (process.env.CONNECTIONS ?? '1,8').split(',').map(Number);

let sequence = 0;
/** An ORU^R01 with 10 numeric OBX (a basic metabolic panel plus vital signs), for one of 200 patients. */
function oru(): string {
  const n = ++sequence;
  const patient = n % 200;
  const t = '20240501095500+0000';
  const obx = [
    ['2951-2', 'Sodium', 'mmol/L', 140],
    ['2823-3', 'Potassium', 'mmol/L', 4.1],
    ['2075-0', 'Chloride', 'mmol/L', 101],
    ['2028-9', 'Carbon dioxide', 'mmol/L', 24],
    ['3094-0', 'Urea nitrogen', 'mg/dL', 14],
    ['2160-0', 'Creatinine', 'mg/dL', 0.9],
    ['2345-7', 'Glucose', 'mg/dL', 98],
    ['8867-4', 'Heart rate', '/min', 60 + (n % 40)],
    ['9279-1', 'Respiratory rate', '/min', 16],
    ['8310-5', 'Body temperature', 'Cel', 37],
  ].map(([code, name, unit, value], i) => `OBX|${i + 1}|NM|${code}^${name}^LN||${value}|${unit}^^UCUM|||||F|||${t}`);
  return [
    `MSH|^~\\&|BENCHLAB|HOSP|MERIDIAN|HOSP|${t}||ORU^R01^ORU_R01|B${n}|P|2.5.1`,
    `PID|1||BP${patient}^^^HOSP^MR||BENCH^PATIENT${patient}||19600101|F`,
    `PV1|1|I|W1^${patient % 20}^A||||1001^DOC^ANN|||MED|||||||||V${patient}^^^HOSP^VN`,
    `OBR|1||F${n}^LAB|80048-3^Basic metabolic panel^LN|||${t}${'|'.repeat(18)}F`,
    ...obx,
  ].join('\r');
}

/** A parse-and-ACK MLLP server: decode, split, parse, read the header, answer AA. No storage. */
function parseOnly(): Promise<MllpServer> {
  let id = 0;
  return startMllpServer({ port: 0, host: '127.0.0.1' }, async (frame) => {
    const { text, charset } = decodeHl7Bytes(frame.payload);
    return splitHl7Payload(text).messages.map((m) => {
      const message = parseHl7Message(m, charset);
      return buildHl7Ack(
        { ...readHl7Header(message), delimiters: message.delimiters },
        { code: 'AA', controlId: `P${++id}`, now: new Date() },
      );
    });
  });
}

interface RunResult {
  perSecond: number;
  p50: number;
  p99: number;
  acked: number;
}

async function drive(port: number, connections: number, messages: string[]): Promise<RunResult> {
  const latencies: number[] = [];
  let next = 0;
  let acked = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = await connectMllp(port);
      try {
        while (next < messages.length) {
          const message = messages[next++]!;
          const sent = process.hrtime.bigint();
          const [ack] = await client.request(message);
          latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
          if (ack!.includes('MSA|AA|')) acked += 1;
        }
      } finally {
        client.close();
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
  return { perSecond: messages.length / seconds, p50: pct(50), p99: pct(99), acked };
}

async function benchEngine(kind: 'postgres' | 'pglite') {
  const t = await createTestDb(kind, { max: 20 });
  const services = createServices({ db: t.db });
  await ensureTenant(t.db, { id: 'bench', name: 'bench' });
  await registerHl7Sender(t.db, {
    tenantId: 'bench',
    sendingApplication: 'BENCHLAB',
    sendingFacility: 'HOSP',
    name: 'bench lab',
  });
  const full = await startHl7Listener(services, { port: 0, host: '127.0.0.1' });
  const noJob = await startHl7Listener(services, { port: 0, host: '127.0.0.1', rescore: false });
  const noGather = await startHl7Listener(services, { port: 0, host: '127.0.0.1', gatherMs: 0 });
  const parse = await parseOnly();
  try {
    // Warm up (JIT, prepared statements, a first version of the shared Practitioner and Locations), then
    // refresh the planner's statistics as autovacuum would on a table that is not brand new.
    await drive(full.address().port, 4, Array.from({ length: 400 }, oru));
    await t.db.query('ANALYZE');
    const warm = 400;
    const median3 = (runs: RunResult[]) => ({
      perSecond: median(runs.map((r) => r.perSecond)),
      p50: median(runs.map((r) => r.p50)),
      p99: median(runs.map((r) => r.p99)),
    });
    for (const connections of CONNECTIONS) {
      const stored: RunResult[] = [];
      const storedNoJob: RunResult[] = [];
      const storedNoGather: RunResult[] = [];
      const parsed: RunResult[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const modes = [
          async () => stored.push(await drive(full.address().port, connections, Array.from({ length: MESSAGES }, oru))),
          async () =>
            storedNoJob.push(await drive(noJob.address().port, connections, Array.from({ length: MESSAGES }, oru))),
          async () =>
            storedNoGather.push(
              await drive(noGather.address().port, connections, Array.from({ length: MESSAGES }, oru)),
            ),
          async () =>
            parsed.push(await drive(parse.address().port, connections, Array.from({ length: MESSAGES }, oru))),
        ];
        for (let m = 0; m < modes.length; m++) await modes[(m + round) % modes.length]!();
      }
      const { rows } = await t.db.query<{ n: string | number }>('SELECT count(*) AS n FROM hl7_message');
      const s = median3(stored);
      const n = median3(storedNoJob);
      const g = median3(storedNoGather);
      const p = median3(parsed);
      const allAcked = [...stored, ...storedNoJob, ...storedNoGather].every((r) => r.acked === MESSAGES);
      console.log(
        `| ${kind} | ${connections} | ${fmt(p.perSecond)} | ${fmt(g.perSecond)} | ${fmt(n.perSecond)} | ${fmt(s.perSecond)} | ${fmt(s.p50, 2)} / ${fmt(s.p99, 2)} | ${fmt(s.perSecond / p.perSecond, 3)} | ${fmt(s.perSecond / n.perSecond, 2)} | ${fmt(s.perSecond / g.perSecond, 2)} | ${allAcked ? 'all AA' : 'NOT ALL AA'}, ${Number(rows[0]!.n) - warm} stored | ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')} |`,
      );
    }
    const { rows } = await t.db.query<{ n: string | number }>('SELECT count(*) AS n FROM hl7_message');
    const expected = warm + 3 * ROUNDS * MESSAGES * CONNECTIONS.length;
    if (Number(rows[0]!.n) !== expected) console.log(`LOST MESSAGES: ${rows[0]!.n} stored of ${expected} sent`);
  } finally {
    await full.close();
    await noJob.close();
    await noGather.close();
    await parse.close();
    await services.jobs.stop(500);
    await t.dispose();
  }
}

console.log(
  `hl7: ${ROUNDS} rounds x ${MESSAGES} ORU^R01 (10 OBX) per mode and connection count; medians; latency = send to ACK, ms`,
);
console.log(
  '| engine | connections | parse + ACK (msg/s) | store, no gathering (msg/s) | store, no re-score job (msg/s) | store + ACK (msg/s) | p50 / p99 ms | store / parse | with job / without | gathering / without | check | load average (1/5/15 min) |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
if (ENGINES.includes('postgres')) {
  const reason = await postgresUnavailableReason();
  if (reason) console.log(`| postgres | - | skipped: ${reason} | | | | | | | | | |`);
  else await benchEngine('postgres');
}
if (ENGINES.includes('pglite')) await benchEngine('pglite');
