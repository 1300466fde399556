/**
 * examples/hl7-feed against a real listener and server: every message
 * acknowledged AA, the deteriorating patient alerted on every run, and a
 * message sent twice still applied once.
 */
import { Meridian } from '@meridian/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHl7Feed } from '../../../../../examples/hl7-feed/feed.js';
import { DEMO_HL7_SENDERS } from '../demo/seed-demo-hl7.js';
import { listen } from '../../testing/listen.js';
import { registerHl7Sender } from './senders/hl7-senders.js';
import { msaOf, startHl7Harness, type Hl7Harness } from './testing/hl7-harness.js';

const ALERT_RULES = ['news2-high', 'qsofa-positive'];

describe('examples/hl7-feed (PGlite)', () => {
  let h: Hl7Harness;
  let baseUrl: string;
  let close: () => Promise<void>;
  let meridian: Meridian;
  beforeAll(async () => {
    h = await startHl7Harness('pglite', { react: true });
    for (const s of DEMO_HL7_SENDERS) await registerHl7Sender(h.t.db, { tenantId: h.t.tenantId, ...s });
    ({ baseUrl, close } = await listen(h.t.app));
    meridian = new Meridian({ baseUrl, apiKey: h.t.keys.admin });
  });
  afterAll(async () => {
    await close?.();
    await h?.dispose();
  });

  const feed = async (lines: string[] = []) => {
    const run = await runHl7Feed({
      hl7Host: '127.0.0.1',
      hl7Port: h.port,
      baseUrl,
      apiKey: h.t.keys.clinician,
      log: (l) => lines.push(l),
      settleMs: 0,
    });
    await h.reactor!.idle();
    return { ...run, lines };
  };

  it('sends a day of ADT and ORU traffic, all acknowledged AA, and prints the alerts of the patient who deteriorates', async () => {
    const first = await feed();
    expect(first.acks.length).toBe(22);
    expect(new Set(first.acks)).toEqual(new Set(['AA']));
    expect(first.alerts.map((a) => a.rule)).toEqual(expect.arrayContaining(ALERT_RULES));
    expect(new Set(first.alerts.map((a) => a.patient)).size).toBe(1);
    expect(first.lines.some((l) => l.includes('ADT^A02 transfer'))).toBe(true);
    expect(first.lines.some((l) => /alert\(s\) raised/.test(l))).toBe(true);
  });

  it('raises the alerts again on the next run: a new day, with new control ids, times and values', async () => {
    const before = new Set((await meridian.alerts.list({ _count: 500 })).map((a) => a.id));
    const storedBefore = (await meridian.hl7.messages({ _count: 500 })).messages;
    const second = await feed();
    expect(new Set(second.acks)).toEqual(new Set(['AA']));
    const raised = (await meridian.alerts.list({ _count: 500 })).filter((a) => !before.has(a.id));
    expect(raised.map((a) => a.rule)).toEqual(expect.arrayContaining(ALERT_RULES));
    expect(second.alerts.map((a) => a.id).sort()).toEqual(
      raised
        .filter((a) => second.alerts.some((r) => r.id === a.id))
        .map((a) => a.id)
        .sort(),
    );
    // Every message of the run was new: none was answered as a resend of the first run's.
    const stored = (await meridian.hl7.messages({ _count: 500 })).messages;
    expect(stored.length).toBe(storedBefore.length + 22);
    expect(stored.every((m) => m.deliveries === 1 && m.status === 'processed')).toBe(true);
    const controlIds = stored.map((m) => m.controlId);
    expect(new Set(controlIds).size).toBe(controlIds.length);
    // The new day starts after the first run's vital signs.
    expect(second.lines[0]).toMatch(/after the last run's vital signs/);
  });

  it('a true duplicate (the same message sent again) is acknowledged, not applied again, and raises nothing', async () => {
    const third = await feed();
    expect(third.alerts.length).toBeGreaterThan(0);
    const alertsBefore = (await meridian.alerts.list({ _count: 500 })).length;
    const vitals = third.messages.filter((m) => m.awaitRescore).at(-1)!;
    const controlId = vitals.text.split('\r')[0]!.split('|')[9]!;
    const client = await h.connect();
    const [ack] = await client.request(vitals.text);
    expect(msaOf(ack!)).toMatchObject({ code: 'AA', controlId });
    await h.reactor!.idle();
    const stored = (await meridian.hl7.messages({ _count: 500 })).messages.filter((m) => m.controlId === controlId);
    expect(stored).toMatchObject([{ deliveries: 2, status: 'processed' }]);
    expect((await meridian.alerts.list({ _count: 500 })).length).toBe(alertsBefore);
  });
});
