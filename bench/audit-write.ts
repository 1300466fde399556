/**
 * bench/audit-write: AuditEvents per second appended to the hash chain, against
 * plain inserts of the same rows (no hashing, no chain head), in the same run,
 * on Postgres and PGlite. One transaction per event, as in a request; both
 * statements are named prepared statements on Postgres.
 *
 *   npm run bench:audit            (ROUNDS=7 EVENTS=1000 WRITERS=1,8 to change)
 */
import { randomUUID } from 'node:crypto';
import { appendAuditEvent, patientRefsOf } from '../packages/server/src/platform/audit/append-audit-event.js';
import { buildAuditEvent } from '../packages/server/src/platform/audit/build-audit-event.js';
import type { Db } from '../packages/server/src/platform/store/db.js';
import { ensureTenant } from '../packages/server/src/platform/tenancy/tenants.js';
import { createTestDb, postgresUnavailableReason } from '../packages/server/src/testing/test-databases.js';
import { fmt, median, timed } from './stats.js';
import { apiKeyActor } from '../packages/server/src/testing/actors.js';

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const EVENTS = Number(process.env.EVENTS ?? 1000);
const WRITERS = (process.env.WRITERS ?? '1,8').split(',').map(Number);

const actor = apiKeyActor('bench', 'key-bench', 'clinician', { name: 'bench', requestId: 'r' });
const makeEvent = (i: number) =>
  buildAuditEvent(
    actor,
    { action: 'R', interaction: 'read', patients: [`Patient/p${i % 100}`], resources: [`Observation/o${i}`] },
    new Date(),
  );

let plainSeq = 0;
async function insertPlain(db: Db, event: ReturnType<typeof makeEvent>) {
  await db.transaction((tx) =>
    tx.query(
      `INSERT INTO audit_event_plain (tenant_id, seq, id, recorded, action, outcome, agent_id, patient_refs, resource, event_hash, prev_hash, chain_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, '', '', '')`,
      [
        'bench',
        ++plainSeq,
        event.id,
        event.recorded,
        event.action,
        event.outcome,
        'key-bench',
        patientRefsOf(event),
        JSON.stringify(event),
      ],
      { name: 'bench-plain-insert' },
    ),
  );
}
const insertChained = (db: Db, event: ReturnType<typeof makeEvent>) =>
  db.transaction((tx) => appendAuditEvent(tx, 'bench', event));

async function runWriters(
  writers: number,
  events: ReturnType<typeof makeEvent>[],
  write: (e: ReturnType<typeof makeEvent>) => Promise<unknown>,
) {
  let next = 0;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < events.length) await write(events[next++]!);
    }),
  );
}

async function benchEngine(kind: 'postgres' | 'pglite') {
  const t = await createTestDb(kind, { max: Math.max(...WRITERS) + 2 });
  try {
    await ensureTenant(t.db, { id: 'bench', name: 'bench' });
    // The same table, constraints, indexes and foreign key as audit_event; only the chain differs.
    await t.db.execScript(`CREATE TABLE audit_event_plain (LIKE audit_event INCLUDING ALL);
      ALTER TABLE audit_event_plain ADD FOREIGN KEY (tenant_id) REFERENCES tenant(id);`);
    for (const writers of kind === 'pglite' ? [1] : WRITERS) {
      const plain: number[] = [];
      const chained: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const a = Array.from({ length: EVENTS }, (_, i) => ({ ...makeEvent(i), id: randomUUID() }));
        const b = Array.from({ length: EVENTS }, (_, i) => ({ ...makeEvent(i), id: randomUUID() }));
        // Alternate the order each round so drift on a shared machine hits both alike.
        const runPlain = async () =>
          plain.push(EVENTS / (await timed(() => runWriters(writers, a, (e) => insertPlain(t.db, e)))));
        const runChained = async () =>
          chained.push(EVENTS / (await timed(() => runWriters(writers, b, (e) => insertChained(t.db, e)))));
        if (round % 2) {
          await runChained();
          await runPlain();
        } else {
          await runPlain();
          await runChained();
        }
      }
      const p = median(plain);
      const c = median(chained);
      console.log(`| ${kind} | ${writers} | ${fmt(p)} | ${fmt(c)} | ${fmt((p / c - 1) * 100, 1)}% |`);
    }
  } finally {
    await t.dispose();
  }
}

console.log(
  `audit-write: ${ROUNDS} rounds x ${EVENTS} events, one transaction per event; medians of per-round events/s`,
);
console.log('| engine | writers | plain insert (events/s) | hash-chained (events/s) | chain overhead (time) |');
console.log('|---|---|---|---|---|');
const reason = await postgresUnavailableReason();
if (reason) console.log(`| postgres | - | skipped: ${reason} | | |`);
else await benchEngine('postgres');
await benchEngine('pglite');
