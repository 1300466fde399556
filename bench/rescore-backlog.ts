/**
 * bench/rescore-backlog: does HL7 re-scoring keep up with ingest? The real
 * server (`packages/server/src/main.ts`, its default two in-process job
 * workers ON) on Postgres, HL7 v2 ORU^R01 (10 OBX, vital signs and a basic
 * metabolic panel, observation time = now) for 200 patients over 8 MLLP
 * connections, each paced towards RATE messages/s in all and waiting for its
 * ACK (as interface engines do).
 *
 * Measured, per round:
 * - the rate the listener reached, and ACK latency;
 * - the re-score backlog: for every acknowledged message, how long after its
 *   ACK a re-scoring of its patient started that sees it (the first
 *   RiskAssessment of the patient dated at or after the ACK: a re-scoring
 *   dates its assessments when it starts reading); p50 / p99 / max;
 * - for each patient, whether its latest re-scoring saw its last message (its
 *   newest RiskAssessments cite one of that message's Observations):
 *   must be none missed, the last message of a burst is never lost;
 * - the oldest queued re-scoring job, sampled every 100 ms while sending;
 * - how long the queue took to drain after the last ACK;
 * - re-scorings run per message (coalescing: below 1 when one re-scoring
 *   covers several messages).
 *
 *   npm run bench:rescore        (RATE=1000 SECONDS=10 ROUNDS=3 CONNECTIONS=8 WORKERS=2 to change)
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { hl7Timestamp } from '../packages/fhir-adapter/src/index.js';
import { registerHl7Sender } from '../packages/server/src/use-cases/hl7-ingest/senders/hl7-senders.js';
import { connectMllp } from '../packages/server/src/use-cases/hl7-ingest/testing/mllp-client.js';
import { spawnServer } from '../packages/server/src/use-cases/hl7-ingest/testing/spawn-server.js';
import { ensureTenant } from '../packages/server/src/platform/tenancy/tenants.js';
import {
  createTestDb,
  postgresUnavailableReason,
  TEST_POSTGRES_URL,
} from '../packages/server/src/testing/test-databases.js';
import { fmt, median } from './stats.js';

const RATE = Number(process.env.RATE ?? 1000);
const SECONDS = Number(process.env.SECONDS ?? 10);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 8);
const WORKERS = process.env.WORKERS ?? '2';
const PATIENTS = 200;
const TENANT = 'bench';

let sequence = 0;
/** An ORU^R01 of one of 200 patients, observed now; its heart rate changes from one message of a patient to the next. */
function oru(): { controlId: string; text: string } {
  const n = ++sequence;
  const patient = n % PATIENTS;
  const round = Math.floor(n / PATIENTS);
  const t = hl7Timestamp(new Date());
  const obx = [
    ['2951-2', 'Sodium', 'mmol/L', 140],
    ['2823-3', 'Potassium', 'mmol/L', 4.1],
    ['2075-0', 'Chloride', 'mmol/L', 101],
    ['2028-9', 'Carbon dioxide', 'mmol/L', 24],
    ['3094-0', 'Urea nitrogen', 'mg/dL', 14],
    ['2160-0', 'Creatinine', 'mg/dL', 0.9],
    ['2345-7', 'Glucose', 'mg/dL', 98],
    ['8867-4', 'Heart rate', '/min', 60 + (round % 40)],
    ['9279-1', 'Respiratory rate', '/min', 16],
    ['8310-5', 'Body temperature', 'Cel', 37],
  ].map(([code, name, unit, value], i) => `OBX|${i + 1}|NM|${code}^${name}^LN||${value}|${unit}^^UCUM|||||F|||${t}`);
  const controlId = `R${n}`;
  return {
    controlId,
    text: [
      `MSH|^~\\&|BENCHLAB|HOSP|MERIDIAN|HOSP|${t}||ORU^R01^ORU_R01|${controlId}|P|2.5.1`,
      `PID|1||RB${patient}^^^HOSP^MR||BENCH^PATIENT${patient}||19600101|F`,
      `PV1|1|I|W1^${patient % 20}^A||||1001^DOC^ANN|||MED|||||||||V${patient}^^^HOSP^VN`,
      `OBR|1||F${n}^LAB|80048-3^Basic metabolic panel^LN|||${t}${'|'.repeat(18)}F`,
      ...obx,
    ].join('\r'),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;

/** Sends for `seconds`, each connection paced to its share of `rate`; returns each ACKed message's control id and time. */
async function drive(port: number, rate: number, seconds: number) {
  const acked: { controlId: string; at: number }[] = [];
  const latencies: number[] = [];
  const interval = (1000 * CONNECTIONS) / rate;
  const start = Date.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, c) => {
      const client = await connectMllp(port);
      try {
        for (let k = 0; ; k++) {
          const due = start + (c * interval) / CONNECTIONS + k * interval;
          if (due >= end || Date.now() >= end) break; // behind schedule: the rate reached is what it is
          if (due > Date.now()) await sleep(due - Date.now());
          const message = oru();
          const sent = Date.now();
          const [ack] = await client.request(message.text);
          if (ack!.includes('MSA|AA|')) {
            acked.push({ controlId: message.controlId, at: Date.now() });
            latencies.push(Date.now() - sent);
          }
        }
      } finally {
        client.close();
      }
    }),
  );
  return { acked, latencies: latencies.sort((a, b) => a - b), seconds: (Date.now() - start) / 1000 };
}

const reason = await postgresUnavailableReason();
if (reason) {
  console.log(`rescore-backlog: skipped: ${reason}`);
  process.exit(0);
}
const t = await createTestDb('postgres');
const { rows: schemaRows } = await t.db.query<{ schema: string }>('SELECT current_schema() AS schema');
const schema = schemaRows[0]!.schema;
const url = `${TEST_POSTGRES_URL}${TEST_POSTGRES_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
await ensureTenant(t.db, { id: TENANT, name: 'bench' });
await registerHl7Sender(t.db, {
  tenantId: TENANT,
  sendingApplication: 'BENCHLAB',
  sendingFacility: 'HOSP',
  name: 'lab',
});
const server = await spawnServer({
  DATABASE_URL: url,
  MERIDIAN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  MERIDIAN_SEED_DEMO: 'false',
  MERIDIAN_WORKERS: WORKERS,
});

const pending = async () => {
  const { rows } = await t.db.query<{ queued: string; active: string; oldest: number | null }>(
    `SELECT count(*) FILTER (WHERE state < 'active') AS queued, count(*) FILTER (WHERE state = 'active') AS active,
       extract(epoch FROM now() - min(created_on) FILTER (WHERE state < 'active')) AS oldest
     FROM ${schema}.job WHERE name = 'risk-rescore' AND state < 'completed'`,
  );
  return { queued: Number(rows[0]!.queued), active: Number(rows[0]!.active), oldest: Number(rows[0]!.oldest ?? 0) };
};
const drained = async (timeoutMs = 120_000) => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const p = await pending();
    if (p.queued === 0 && p.active === 0) return Date.now();
    if (Date.now() > until) return NaN;
    await sleep(20);
  }
};
const rescorings = async () =>
  Number(
    (
      await t.db.query<{ n: string }>(
        `SELECT count(*) AS n FROM audit_event WHERE tenant_id = $1 AND resource->'subtype' @> '[{"code":"risk-rescore"}]'`,
        [TENANT],
      )
    ).rows[0]!.n,
  );

try {
  await drive(server.hl7Port, 200, 3); // warm up: JIT, prepared statements, the 200 patients' first versions
  await drained();
  console.log(
    `rescore-backlog: ${ROUNDS} rounds of ${SECONDS} s, ${CONNECTIONS} connections paced towards ${RATE} msg/s, ${PATIENTS} patients, server with ${WORKERS} in-process workers, Postgres`,
  );
  console.log(
    '| round | msg/s reached | ACK p50 / p99 ms | wait for a re-scoring after the ACK, p50 / p99 / max ms | patients whose last message the last re-scoring missed | oldest queued job, sampled p99 / max ms | drain after the last ACK ms | re-scorings per message | load average |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  const summary: { waitP99: number; waitMax: number; rate: number; drain: number }[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const before = await rescorings();
    const samples: number[] = [];
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        samples.push((await pending()).oldest * 1000);
        await sleep(100);
      }
    })();
    const run = await drive(server.hl7Port, RATE, SECONDS);
    sampling = false;
    await sampler;
    const lastAck = Math.max(...run.acked.map((a) => a.at));
    const drainedAt = await drained();
    const { rows } = await t.db.query<{ wait: number | null }>(
      `SELECT extract(epoch FROM (
         SELECT min(f.effective_at) FROM fhir_resource f
         WHERE f.tenant_id = $1 AND f.patient_ref = m.patient_refs[1] AND f.resource_type = 'RiskAssessment'
           AND f.is_current AND f.effective_at >= a.at) - a.at) * 1000 AS wait
       FROM unnest($2::text[], $3::timestamptz[]) AS a(control_id, at)
       JOIN hl7_message m ON m.tenant_id = $1 AND m.control_id = a.control_id`,
      [TENANT, run.acked.map((a) => a.controlId), run.acked.map((a) => new Date(a.at).toISOString())],
    );
    const waits = rows.flatMap((r) => (r.wait === null ? [] : [Number(r.wait)])).sort((a, b) => a - b);
    // The last message of each patient must be seen by the patient's latest re-scoring: one of the
    // RiskAssessments it stored cites one of that message's Observations.
    const { rows: lost } = await t.db.query<{ n: string }>(
      `WITH last AS (
         SELECT DISTINCT ON (m.patient_refs[1]) m.patient_refs[1] AS patient, m.resource_refs
         FROM unnest($2::text[]) AS a(control_id) JOIN hl7_message m ON m.tenant_id = $1 AND m.control_id = a.control_id
         ORDER BY m.patient_refs[1], m.received_at DESC)
       SELECT count(*) AS n FROM last
       WHERE NOT EXISTS (
         SELECT 1 FROM fhir_resource f CROSS JOIN LATERAL jsonb_array_elements(f.resource->'basis') b
         WHERE f.tenant_id = $1 AND f.patient_ref = last.patient AND f.resource_type = 'RiskAssessment' AND f.is_current
           AND f.effective_at = (SELECT max(g.effective_at) FROM fhir_resource g WHERE g.tenant_id = $1
             AND g.patient_ref = last.patient AND g.resource_type = 'RiskAssessment' AND g.is_current)
           AND b->>'reference' = ANY(last.resource_refs))`,
      [TENANT, run.acked.map((a) => a.controlId)],
    );
    const uncovered = Number(lost[0]!.n);
    const ran = (await rescorings()) - before;
    const rate = run.acked.length / run.seconds;
    const sorted = samples.sort((a, b) => a - b);
    summary.push({ waitP99: pct(waits, 99), waitMax: waits.at(-1) ?? NaN, rate, drain: drainedAt - lastAck });
    const patients = new Set(run.acked.map((a) => Number(a.controlId.slice(1)) % PATIENTS)).size;
    console.log(
      `| ${round} | ${fmt(rate)} | ${fmt(pct(run.latencies, 50), 1)} / ${fmt(pct(run.latencies, 99), 1)} | ${fmt(pct(waits, 50))} / ${fmt(pct(waits, 99))} / ${fmt(waits.at(-1) ?? NaN)} | ${uncovered} of ${patients} | ${fmt(pct(sorted, 99))} / ${fmt(sorted.at(-1) ?? 0)} | ${fmt(drainedAt - lastAck)} | ${fmt(ran / run.acked.length, 2)} | ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} |`,
    );
  }
  console.log(
    `| median | ${fmt(median(summary.map((s) => s.rate)))} | | p99 ${fmt(median(summary.map((s) => s.waitP99)))}, max ${fmt(median(summary.map((s) => s.waitMax)))} | | | ${fmt(median(summary.map((s) => s.drain)))} | | |`,
  );
} finally {
  await server.kill();
  await t.dispose();
}
