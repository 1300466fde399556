/**
 * Nothing acknowledged that is not stored: the server is killed (SIGKILL)
 * while messages are in flight; every message it acknowledged is in the
 * store, and every other one, resent to a restarted server, is applied
 * exactly once. The first server runs no job workers, so the re-scorings its
 * commits queued are all pending when it dies; the restarted server runs them.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vitalSignsOru, WELL } from '../../../../fhir-adapter/src/hl7v2/testing/vital-signs-oru.js';
import { verifyAuditChain } from '../../platform/audit/verify-audit-chain.js';
import { openPgDb } from '../../platform/store/pg-db.js';
import { migrate } from '../../platform/store/migrate.js';
import { postgresUnavailableReason, TEST_POSTGRES_URL } from '../../testing/test-databases.js';
import { ensureTenant } from '../../platform/tenancy/tenants.js';
import { registerHl7Sender } from './senders/hl7-senders.js';
import { connectMllp } from './testing/mllp-client.js';
import { msaOf } from './testing/hl7-harness.js';
import { spawnServer } from './testing/spawn-server.js';

const reason = await postgresUnavailableReason();
if (reason) console.warn(`[meridian tests] kill test skipped: ${reason}`);

const TOTAL = 240;
const CONNECTIONS = 4;
const message = (i: number) =>
  vitalSignsOru({
    mrn: `K-${i % 12}`,
    controlId: `KILL-${i}`,
    time: '20240501095500+0000',
    values: { ...WELL, heartRate: 50 + (i % 50) },
    order: `ORD-K-${i}`,
  });

/** Sends messages one at a time per connection (as interface engines do) until done or the connection dies. */
async function sendAll(port: number, ids: number[], acked: Set<number>, onAck?: () => void): Promise<void> {
  const client = await connectMllp(port);
  try {
    for (const i of ids) {
      const [ack] = await client.request(message(i));
      expect(msaOf(ack!)).toMatchObject({ code: 'AA', controlId: `KILL-${i}` });
      acked.add(i);
      onAck?.();
    }
  } catch (error) {
    if (process.env.KILL_DEBUG) console.log('sender stopped:', (error as Error).message);
    // the server died under us: what was not acknowledged will be resent
  } finally {
    client.close();
  }
}

describe.skipIf(reason !== undefined)('kill -9 during an HL7 feed (Postgres)', () => {
  const database = `kill_${randomBytes(4).toString('hex')}`;
  const url = TEST_POSTGRES_URL.replace(/\/[^/]*$/, `/${database}`);
  const admin = () => new pg.Client({ connectionString: TEST_POSTGRES_URL });

  beforeAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`CREATE DATABASE ${database}`);
    await c.end();
    const db = await openPgDb({ connectionString: url });
    await migrate(db);
    await ensureTenant(db, { id: 'ward', name: 'Ward' });
    await registerHl7Sender(db, {
      tenantId: 'ward',
      sendingApplication: 'MONITOR',
      sendingFacility: 'WARD5',
      name: 'Ward monitors',
    });
    await db.close();
  });
  afterAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await c.end();
  });

  it('keeps every acknowledged message and applies every resent one exactly once', { timeout: 180_000 }, async () => {
    const env = {
      DATABASE_URL: url,
      MERIDIAN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      MERIDIAN_SEED_DEMO: 'false',
      LOG_LEVEL: process.env.MERIDIAN_TEST_SERVER_OUTPUT ? 'error' : 'silent',
    };
    const first = await spawnServer({ ...env, MERIDIAN_WORKERS: '0' });
    const acked = new Set<number>();
    const ids = Array.from({ length: TOTAL }, (_, i) => i);
    const shares = Array.from({ length: CONNECTIONS }, (_, c) => ids.filter((i) => i % CONNECTIONS === c));
    let killed: Promise<void> | undefined;
    const senders = shares.map((share) =>
      sendAll(first.hl7Port, share, acked, () => {
        if (acked.size >= TOTAL / 3 && !killed) killed = first.kill();
      }),
    );
    await Promise.all(senders);
    await killed;
    expect(acked.size).toBeGreaterThan(0);
    expect(acked.size).toBeLessThan(TOTAL);

    const db = await openPgDb({ connectionString: url });
    try {
      const stored = async () =>
        new Set(
          (await db.query<{ control_id: string }>(`SELECT control_id FROM hl7_message`)).rows.map((r) =>
            Number(r.control_id.slice(5)),
          ),
        );
      const afterKill = await stored();
      for (const i of acked) expect(afterKill.has(i), `acknowledged KILL-${i} is stored`).toBe(true);
      const inFlight = afterKill.size - acked.size;
      const pendingRescores = async () =>
        Number(
          (
            await db.query<{ n: string }>(
              `SELECT count(*) AS n FROM pgboss.job WHERE name = 'risk-rescore' AND state IN ('created', 'retry', 'active')`,
            )
          ).rows[0]!.n,
        );
      const rescored = async () =>
        Number(
          (
            await db.query<{ n: string }>(
              `SELECT count(DISTINCT resource->'subject'->>'reference') AS n FROM fhir_resource WHERE tenant_id = 'ward' AND resource_type = 'RiskAssessment'`,
            )
          ).rows[0]!.n,
        );
      const queuedAtKill = (
        await db.query<{ id: string }>(`SELECT id FROM pgboss.job WHERE name = 'risk-rescore' AND state = 'created'`)
      ).rows.map((r) => r.id);
      expect(queuedAtKill.length).toBeGreaterThan(0);
      expect(await rescored()).toBe(0);

      const second = await spawnServer(env);
      const resent = new Set<number>();
      const missing = ids.filter((i) => !acked.has(i));
      // The sender resends everything it has no ACK for, and (as senders do after a reconnect) a few it has.
      const again = [...missing, ...[...acked].slice(0, 10)];
      await Promise.all(
        Array.from({ length: CONNECTIONS }, (_, c) =>
          sendAll(
            second.hl7Port,
            again.filter((_, k) => k % CONNECTIONS === c),
            resent,
          ),
        ),
      );
      const until = Date.now() + 60_000;
      while ((await pendingRescores()) > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
      await second.kill();
      expect(resent.size).toBe(again.length);
      // Every patient re-scored: the jobs committed before the kill ran in the restarted server.
      expect(await pendingRescores()).toBe(0);
      expect(await rescored()).toBe(12);
      const states = (
        await db.query<{ state: string }>(`SELECT state FROM pgboss.job WHERE id = ANY($1::uuid[])`, [queuedAtKill])
      ).rows.map((r) => r.state);
      expect(states).toEqual(queuedAtKill.map(() => 'completed'));

      const rows = (
        await db.query<{ control_id: string; n: string; deliveries: string }>(
          `SELECT control_id, count(*) AS n, max(deliveries) AS deliveries FROM hl7_message GROUP BY control_id`,
        )
      ).rows;
      expect(rows).toHaveLength(TOTAL);
      expect(rows.every((r) => Number(r.n) === 1)).toBe(true);
      const reports = (
        await db.query<{ versions: string }>(
          `SELECT count(*) AS versions FROM fhir_resource WHERE tenant_id = 'ward' AND resource_type = 'DiagnosticReport' GROUP BY id`,
        )
      ).rows;
      expect(reports).toHaveLength(TOTAL);
      expect(reports.every((r) => Number(r.versions) === 1)).toBe(true);
      const delivered = rows.filter((r) => Number(r.deliveries) > 1).length;
      expect(delivered).toBeGreaterThanOrEqual(10 + inFlight);
      expect((await verifyAuditChain(db, 'ward')).valid).toBe(true);
      console.log(
        `[kill test] acknowledged before the kill: ${acked.size}/${TOTAL}; committed but unacknowledged: ${inFlight}; resent: ${again.length}`,
      );
    } finally {
      await db.close();
    }
  });
});
