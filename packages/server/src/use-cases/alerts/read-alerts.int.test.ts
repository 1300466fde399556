import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFor, type Actor } from '../../platform/tenancy/actor.js';
import { ensureTenant } from '../../platform/tenancy/tenants.js';
import { createTestDb, DB_KINDS, type TestDb } from '../../testing/test-databases.js';
import { createServices, type Services } from '../services.js';
import { insertAlert } from './alert-store.js';
import { ALERT_FEED_BATCH, openAlertFeed, readAlerts } from './read-alerts.js';

const TENANT = 'clinic-alerts';

const raise = (t: TestDb, n: number) =>
  t.db.transaction(async (tx) => {
    for (let i = 0; i < n; i++)
      await insertAlert(tx, TENANT, {
        id: crypto.randomUUID(),
        patient: `Patient/p${i % 3}`,
        calculator: 'news2',
        rule: 'news2-high',
        severity: 'high',
        band: 'high',
        total: 7,
        previousBand: 'medium',
        detectedIssue: `DetectedIssue/d-${crypto.randomUUID()}`,
        riskAssessment: null,
        triggeredBy: null,
        createdAt: new Date().toISOString(),
      });
  });

describe.each(DB_KINDS)('reading alerts without HTTP, on $kind', ({ kind, skip }) => {
  let t: TestDb;
  let services: Services;
  let actor: Actor;
  const deliveries = async () =>
    Number(
      (
        await t.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM audit_event WHERE tenant_id = $1 AND resource->'subtype' @> '[{"code":"alerts"}]'`,
          [TENANT],
        )
      ).rows[0]!.n,
    );

  beforeAll(async () => {
    if (skip) return;
    t = await createTestDb(kind);
    await ensureTenant(t.db, { id: TENANT, name: 'Alerts' });
    services = createServices({ db: t.db });
    actor = actorFor({ kind: 'api-key', tenantId: TENANT, apiKeyId: 'k-1', name: 'Ward', role: 'clinician' }, 'req-1');
  });
  afterAll(async () => t?.dispose());

  it.skipIf(skip)('a feed opened now delivers each later alert once, oldest first, in batches, audited', async () => {
    await raise(t, 2);
    const feed = await openAlertFeed(services, actor);
    expect(await feed.next()).toEqual([]);
    let woken = 0;
    const stop = feed.subscribe(() => void (woken += 1));
    services.alerts.publish(TENANT);
    stop();
    services.alerts.publish(TENANT);
    expect(woken).toBe(1);

    await raise(t, ALERT_FEED_BATCH + 5);
    const before = await deliveries();
    const first = await feed.next();
    const second = await feed.next();
    expect([first.length, second.length]).toEqual([ALERT_FEED_BATCH, 5]);
    const seqs = [...first, ...second].map((a) => a.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(await feed.next()).toEqual([]);
    expect((await deliveries()) - before).toBe(3);
  });

  it.skipIf(skip)('a feed resumed after a sequence number starts just after it; a page is newest first', async () => {
    const page = await readAlerts(services, actor, { _count: 4 });
    expect(page.map((a) => a.seq)).toEqual([...page.map((a) => a.seq)].sort((a, b) => b - a));
    const resumed = await openAlertFeed(services, actor, page[3]!.seq);
    expect((await resumed.next()).map((a) => a.seq)).toEqual(
      page
        .slice(0, 3)
        .map((a) => a.seq)
        .reverse(),
    );
    const forPatient = await readAlerts(services, actor, { patient: 'p1', _count: 500 });
    expect(forPatient.length).toBeGreaterThan(0);
    expect(forPatient.every((a) => a.patient === 'Patient/p1')).toBe(true);
  });
});
