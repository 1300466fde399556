import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyActor } from '../../testing/actors.js';
import { createTestDb, DB_KINDS, type TestDb } from '../../testing/test-databases.js';
import { ensureTenant } from '../tenancy/tenants.js';
import { appendAuditEvent } from './append-audit-event.js';
import { appendAuditEvents } from './append-audit-events.js';
import { buildAuditEvent } from './build-audit-event.js';
import { verifyAuditChain } from './verify-audit-chain.js';

describe.each(DB_KINDS)('appendAuditEvents on $kind', ({ kind, skip }) => {
  let t: TestDb;
  const actor = apiKeyActor('t1', 'key-1', 'clinician', { name: 'k', requestId: 'r' });
  const event = (i: number) =>
    buildAuditEvent(actor, { action: 'R', interaction: 'read', patients: [`Patient/p${i}`] }, new Date());
  beforeAll(async () => {
    if (skip) return;
    t = await createTestDb(kind);
    await ensureTenant(t.db, { id: 't1', name: 't1' });
  });
  afterAll(async () => t?.dispose());

  it.skipIf(skip)('starts a chain, continues one, and mixes with single appends into one valid chain', async () => {
    await t.db.transaction((tx) => appendAuditEvents(tx, 't1', [event(1), event(2), event(3)]));
    await t.db.transaction((tx) => appendAuditEvent(tx, 't1', event(4)));
    await t.db.transaction((tx) => appendAuditEvents(tx, 't1', [event(5), event(6)]));
    await t.db.transaction((tx) => appendAuditEvent(tx, 't1', event(7)));
    const { rows } = await t.db.query<{ seq: number }>(
      `SELECT seq FROM audit_event WHERE tenant_id = 't1' ORDER BY seq`,
    );
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await verifyAuditChain(t.db, 't1')).toMatchObject({ valid: true });
  });

  it.skipIf(skip)('keeps the chain whole under concurrent batch and single appends', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.db.transaction((tx) =>
          i % 2
            ? appendAuditEvents(tx, 't1', [event(i), event(i + 100)])
            : appendAuditEvent(tx, 't1', event(i)).then(() => undefined),
        ),
      ),
    );
    const result = await verifyAuditChain(t.db, 't1');
    expect(result).toMatchObject({ valid: true });
    const { rows } = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE tenant_id = 't1'`,
    );
    expect(rows[0]!.n).toBe(7 + 18);
  });
});
