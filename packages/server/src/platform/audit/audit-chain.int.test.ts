import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../tenancy/actor.js';
import { ensureTenant } from '../tenancy/tenants.js';
import { DB_KINDS, createTestDb, type TestDb } from '../../testing/test-databases.js';
import { appendAuditEvent } from './append-audit-event.js';
import { buildAuditEvent } from './build-audit-event.js';
import { verifyAuditChain } from './verify-audit-chain.js';
import { apiKeyActor } from '../../testing/actors.js';

const actor = (tenantId: string): Actor =>
  apiKeyActor(tenantId, 'key-1', 'admin', { name: 'test key', requestId: 'req-1' });

async function appendOne(t: TestDb, tenantId: string, patient = 'Patient/p1') {
  return t.db.transaction((tx) =>
    appendAuditEvent(
      tx,
      tenantId,
      buildAuditEvent(actor(tenantId), { action: 'R', interaction: 'read', patients: [patient] }, new Date()),
    ),
  );
}

describe.each(DB_KINDS)('audit hash chain on $kind', ({ kind, skip }) => {
  let t: TestDb;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestDb(kind);
    for (const id of ['chain-a', 'chain-b', 'tamper', 'deleted', 'concurrent'])
      await ensureTenant(t.db, { id, name: id });
  });
  afterAll(async () => t?.dispose());

  it.skipIf(skip)('links each tenant its own chain, starting at seq 1', async () => {
    const a1 = await appendOne(t, 'chain-a');
    const b1 = await appendOne(t, 'chain-b');
    const a2 = await appendOne(t, 'chain-a');
    expect([a1.seq, a2.seq, b1.seq]).toEqual([1, 2, 1]);
    const report = await verifyAuditChain(t.db, 'chain-a');
    expect(report).toMatchObject({
      valid: true,
      eventsChecked: 2,
      headSeq: 2,
      headHash: a2.chainHash,
      firstBrokenLink: null,
    });
  });

  it.skipIf(skip)('refuses UPDATE, DELETE and TRUNCATE of audit rows', async () => {
    await appendOne(t, 'chain-a');
    await expect(t.db.query(`UPDATE audit_event SET action = 'D' WHERE tenant_id = 'chain-a'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query(`DELETE FROM audit_event WHERE tenant_id = 'chain-a'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`TRUNCATE audit_event CASCADE`)).rejects.toThrow(/append-only/);
    const { rows } = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE tenant_id = 'chain-a' AND action = 'R'`,
    );
    expect(rows[0]!.n).toBe(3);
  });

  it.skipIf(skip)('finds a row altered behind the trigger, at the right link', async () => {
    for (let i = 0; i < 8; i++) await appendOne(t, 'tamper');
    await t.db.execScript(`
      ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only;
      UPDATE audit_event SET resource = jsonb_set(resource, '{action}', '"D"') WHERE tenant_id = 'tamper' AND seq = 5;
      ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only;`);
    const report = await verifyAuditChain(t.db, 'tamper');
    expect(report.valid).toBe(false);
    expect(report.firstBrokenLink).toMatchObject({ seq: 5, reason: 'event-hash-mismatch' });
    expect(report.eventsChecked).toBe(4);
  });

  it.skipIf(skip)('finds a deleted row (a gap) and a deleted tail', async () => {
    for (let i = 0; i < 6; i++) await appendOne(t, 'deleted');
    await t.db.execScript(`
      ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only;
      DELETE FROM audit_event WHERE tenant_id = 'deleted' AND seq = 3;
      ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only;`);
    expect((await verifyAuditChain(t.db, 'deleted')).firstBrokenLink).toMatchObject({
      seq: 4,
      reason: 'sequence-gap',
      expected: '3',
    });

    await t.db.execScript(`
      ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only;
      DELETE FROM audit_event WHERE tenant_id = 'deleted' AND seq >= 3;
      ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only;`);
    expect((await verifyAuditChain(t.db, 'deleted')).firstBrokenLink).toMatchObject({ seq: 3, reason: 'sequence-gap' });
  });

  it.skipIf(skip)('finds a re-hashed row whose link no longer matches its predecessor', async () => {
    // An attacker who recomputes event_hash after editing still breaks chain_hash.
    await t.db.execScript(`
      ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only;
      UPDATE audit_event SET event_hash = repeat('a', 64) WHERE tenant_id = 'chain-b' AND seq = 1;
      ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only;`);
    const report = await verifyAuditChain(t.db, 'chain-b');
    expect(report.firstBrokenLink?.seq).toBe(1);
    expect(report.firstBrokenLink?.reason).toBe('event-hash-mismatch');
  });

  it.skipIf(skip)('50 concurrent writers leave one unbroken chain', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => appendOne(t, 'concurrent', `Patient/c${i}`)),
    );
    expect(new Set(results.map((r) => r.seq)).size).toBe(50);
    expect(Math.max(...results.map((r) => r.seq))).toBe(50);
    const report = await verifyAuditChain(t.db, 'concurrent');
    expect(report).toMatchObject({ valid: true, eventsChecked: 50, headSeq: 50 });
  });
});
