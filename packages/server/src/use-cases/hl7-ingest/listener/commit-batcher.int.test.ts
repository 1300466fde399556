import { mapHl7Message, parseHl7Message } from '@meridian/fhir-adapter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vitalSignsOru, WELL } from '../../../../../fhir-adapter/src/hl7v2/testing/vital-signs-oru.js';
import { verifyAuditChain } from '../../../platform/audit/verify-audit-chain.js';
import { OutcomeError } from '../../../platform/errors/outcome-error.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { actorFor } from '../../../platform/tenancy/actor.js';
import { registerHl7Sender, senderPrincipal, type Hl7Sender } from '../senders/hl7-senders.js';
import { createSenderCache } from '../senders/sender-cache.js';
import type { Hl7MessageRow } from '../store/hl7-messages.js';
import { RISK_RESCORE_QUEUE } from '../../../platform/jobs/rescore-jobs.js';
import type { ApplyJob } from './apply-batch.js';
import { createCommitBatcher } from './commit-batcher.js';

describe.each(DB_KINDS)('group commit on $kind', ({ kind, skip }) => {
  let t: TestApp;
  let sender: Hl7Sender;
  beforeAll(async () => {
    if (skip) return;
    t = await createTestApp(kind);
    sender = await registerHl7Sender(t.db, {
      tenantId: t.tenantId,
      sendingApplication: 'MONITOR',
      sendingFacility: 'WARD5',
      name: 'monitors',
    });
  });
  afterAll(async () => {
    await t?.services.jobs.stop(500);
    await t?.dispose();
  });

  const job = (i: number, controlId = `GC-${i}`): ApplyJob => {
    const text = vitalSignsOru({ mrn: `GC-${i}`, controlId, time: '20240501095500+0000', values: WELL });
    const mapped = mapHl7Message(parseHl7Message(text));
    const row: Hl7MessageRow = {
      id: `hl7m-gc-${i}-${Math.random().toString(36).slice(2, 8)}`,
      tenantId: t.tenantId,
      senderId: sender.id,
      sendingApplication: 'MONITOR',
      sendingFacility: 'WARD5',
      controlId,
      messageType: 'ORU^R01',
      status: 'processed',
      receivedAt: new Date(),
      raw: text,
      charset: 'utf-8',
      patients: mapped.patients,
      resources: mapped.bundle.entry.map((e) => e.request!.url),
      acks: ['ACK'],
      ackCode: 'AA',
      warnings: [],
    };
    return { row, mapped, actor: actorFor(senderPrincipal(sender), row.id) };
  };

  it.skipIf(skip)(
    'stores concurrent messages in shared transactions, each once, with one AuditEvent each',
    async () => {
      const batcher = createCommitBatcher(t.services, { maxBatch: 8 });
      const jobs = Array.from({ length: 20 }, (_, i) => job(i));
      const outcomes = await Promise.all([...jobs.map((j) => batcher.apply(j)), batcher.apply(job(0, 'GC-0'))]);
      expect(outcomes.filter((o) => o === 'applied')).toHaveLength(20);
      expect(outcomes.at(-1)).toBe('duplicate');
      const { rows } = await t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM hl7_message WHERE control_id LIKE 'GC-%'`,
      );
      expect(rows[0]!.n).toBe(20);
      const audits = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE agent_id = $1`, [
        sender.id,
      ]);
      expect(audits.rows[0]!.n).toBe(20);
      // The patients' re-scorings are queued in the same transactions, one job each.
      expect(await (await t.services.jobs.ready()).getQueueSize(RISK_RESCORE_QUEUE)).toBe(20);
      expect((await verifyAuditChain(t.db, t.tenantId)).valid).toBe(true);
    },
  );

  it.skipIf(skip)(
    'isolates a message that cannot be stored: the batch is retried one by one and the others commit',
    async () => {
      const batcher = createCommitBatcher(t.services, { maxBatch: 8 });
      const bad = job(100);
      bad.mapped.bundle.entry[0]!.resource!.id = 'not a valid id!';
      const results = await Promise.allSettled([job(101), bad, job(102)].map((j) => batcher.apply(j)));
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(OutcomeError);
      const { rows } = await t.db.query<{ control_id: string }>(
        `SELECT control_id FROM hl7_message WHERE control_id IN ('GC-100', 'GC-101', 'GC-102') ORDER BY 1`,
      );
      expect(rows.map((r) => r.control_id)).toEqual(['GC-101', 'GC-102']);
    },
  );

  it.skipIf(skip)(
    'under load, waits briefly to gather as many messages as were outstanding: staggered arrivals share one transaction',
    async () => {
      let transactions = 0;
      const db = Object.create(t.db) as typeof t.db;
      db.transaction = (fn) => {
        transactions += 1;
        return t.db.transaction(fn);
      };
      const batcher = createCommitBatcher({ ...t.services, db }, { gatherMs: 3_000 });
      const first = batcher.apply(job(200));
      const burst = Array.from({ length: 7 }, (_, i) => batcher.apply(job(201 + i)));
      await Promise.all([first, ...burst]);
      expect(transactions).toBe(2); // the lone first message, then the seven that queued behind it
      transactions = 0;
      const staggered: Promise<unknown>[] = [];
      for (let i = 0; i < 8; i++) {
        staggered.push(batcher.apply(job(210 + i)));
        await new Promise((r) => setTimeout(r, 10));
      }
      await Promise.all(staggered);
      expect(transactions).toBe(1);
      // A sender left alone waits gatherMs once; from then on the batch expects one message
      // (waiting twice would take 6 s or more; the bound leaves 2.5 s for a loaded machine).
      const started = Date.now();
      await batcher.apply(job(220));
      await batcher.apply(job(221));
      expect(Date.now() - started).toBeLessThan(5_500);
      expect(transactions).toBe(3);
    },
  );

  it.skipIf(skip)('caches known senders and forgets unknown ones', async () => {
    let clock = 0;
    const cache = createSenderCache(t.db, { ttlMs: 1000, now: () => clock });
    expect(await cache.find('LATE', 'WARD5')).toBeUndefined();
    await registerHl7Sender(t.db, {
      tenantId: t.tenantId,
      sendingApplication: 'LATE',
      sendingFacility: 'WARD5',
      name: 'late',
    });
    const found = await cache.find('LATE', 'WARD5');
    expect(found?.sendingApplication).toBe('LATE');
    await t.db.query(`UPDATE hl7_sender SET revoked_at = now() WHERE id = $1`, [found!.id]);
    expect(await cache.find('LATE', 'WARD5')).toBeDefined();
    clock = 2000;
    expect(await cache.find('LATE', 'WARD5')).toBeUndefined();
    // Told of a change (the admin use case after a revocation), it looks the sender up again at once.
    const again = await registerHl7Sender(t.db, {
      tenantId: t.tenantId,
      sendingApplication: 'LATE2',
      sendingFacility: 'WARD5',
      name: 'late 2',
    });
    expect(await cache.find('LATE2', 'WARD5')).toBeDefined();
    await t.db.query(`UPDATE hl7_sender SET revoked_at = now() WHERE id = $1`, [again.id]);
    expect(await cache.find('LATE2', 'WARD5')).toBeDefined();
    cache.forget('LATE2', 'WARD5');
    expect(await cache.find('LATE2', 'WARD5')).toBeUndefined();
  });
});
