/** examples/hl7-feed against a real listener and server: every message acknowledged AA, the deteriorating patient alerted. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHl7Feed } from '../../../../../examples/hl7-feed/feed.js';
import { DEMO_HL7_SENDERS } from '../demo/seed-demo-hl7.js';
import { listen } from '../../testing/listen.js';
import { registerHl7Sender } from './senders/hl7-senders.js';
import { startHl7Harness, type Hl7Harness } from './testing/hl7-harness.js';

describe('examples/hl7-feed (PGlite)', () => {
  let h: Hl7Harness;
  let baseUrl: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    h = await startHl7Harness('pglite', { react: true });
    for (const s of DEMO_HL7_SENDERS) await registerHl7Sender(h.t.db, { tenantId: h.t.tenantId, ...s });
    ({ baseUrl, close } = await listen(h.t.app));
  });
  afterAll(async () => {
    await close?.();
    await h?.dispose();
  });

  it('sends a day of ADT and ORU traffic, all acknowledged AA, and prints the alerts of the patient who deteriorates', async () => {
    const lines: string[] = [];
    const { acks, alerts } = await runHl7Feed({
      hl7Host: '127.0.0.1',
      hl7Port: h.port,
      baseUrl,
      apiKey: h.t.keys.clinician,
      log: (l) => lines.push(l),
      settleMs: 0,
    });
    await h.reactor!.idle();
    expect(acks.length).toBe(22);
    expect(new Set(acks)).toEqual(new Set(['AA']));
    const after = (await import('@meridian/sdk')).Meridian;
    const all = await new after({ baseUrl, apiKey: h.t.keys.clinician }).alerts.list();
    expect(all.map((a) => a.rule)).toEqual(expect.arrayContaining(['news2-high', 'qsofa-positive']));
    expect(new Set(all.map((a) => a.patient)).size).toBe(1);
    expect(lines.some((l) => l.includes('ADT^A02 transfer'))).toBe(true);
    expect(alerts.length).toBeLessThanOrEqual(all.length);
  });
});
