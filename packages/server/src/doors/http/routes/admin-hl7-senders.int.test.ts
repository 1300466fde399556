import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, Meridian, NotFoundError, PermissionDeniedError } from '@meridian/sdk';
import { startHl7Listener } from '../../mllp/hl7-listener.js';
import { connectMllp } from '../../../use-cases/hl7-ingest/testing/mllp-client.js';
import { msaOf } from '../../../use-cases/hl7-ingest/testing/hl7-harness.js';
import { listen } from '../../../testing/listen.js';
import { DB_KINDS } from '../../../testing/test-databases.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

const adt = (app: string, facility: string, control: string) =>
  [
    `MSH|^~\\&|${app}|${facility}|MERIDIAN|MERIDIAN|20261123101500||ADT^A04|${control}|P|2.5`,
    'EVN|A04|20261123101500',
    'PID|1||MRN-77^^^HOSP^MR||Doe^Jane||19700101|F',
  ].join('\r');

/** Sends one message to a fresh listener (no sender cache carried over) and returns the MSA code. */
async function ackCode(t: TestApp, message: string): Promise<string> {
  const listener = await startHl7Listener(t.services, { port: 0, host: '127.0.0.1' });
  const client = await connectMllp(listener.address().port);
  try {
    const [ack] = await client.request(message);
    return msaOf(ack!).code;
  } finally {
    client.close();
    await listener.close(1000);
  }
}

describe.each(DB_KINDS)('HL7 sender administration on $kind', ({ kind, skip }) => {
  let t: TestApp;
  let baseUrl: string;
  let close: () => Promise<void>;
  const as = (apiKey: string) => new Meridian({ baseUrl, apiKey, maxRetries: 0 });
  beforeAll(async () => {
    if (skip) return;
    t = await createTestApp(kind, 'clinic-a');
    ({ baseUrl, close } = await listen(t.app));
  });
  afterAll(async () => {
    await close?.();
    await t?.services.jobs.stop();
    await t?.dispose();
  });

  it.skipIf(skip)(
    'maps a sender registered through the SDK to the tenant: its messages are stored and acknowledged; revoked, refused',
    async () => {
      const admin = as(t.keys.admin).admin.hl7Senders;
      expect(await ackCode(t, adt('LAB', 'MAIN', 'C1'))).toBe('AR');
      const sender = await admin.create('clinic-a', {
        sendingApplication: 'LAB',
        sendingFacility: 'MAIN',
        name: 'Main lab feed',
      });
      expect(sender).toMatchObject({
        tenantId: 'clinic-a',
        sendingApplication: 'LAB',
        sendingFacility: 'MAIN',
        revokedAt: null,
      });
      expect(await ackCode(t, adt('LAB', 'MAIN', 'C2'))).toBe('AA');
      expect((await admin.list('clinic-a')).map((s) => s.id)).toEqual([sender.id]);
      expect((await admin.revoke('clinic-a', sender.id)).revokedAt).not.toBeNull();
      expect(await ackCode(t, adt('LAB', 'MAIN', 'C3'))).toBe('AR');
      await expect(admin.revoke('clinic-a', sender.id)).rejects.toBeInstanceOf(NotFoundError);
    },
  );

  it.skipIf(skip)(
    'refuses a revoked sender at once on a listener that has it cached (this process), without waiting for the TTL',
    async () => {
      const admin = as(t.keys.admin).admin.hl7Senders;
      const sender = await admin.create('clinic-a', {
        sendingApplication: 'LIVE',
        sendingFacility: 'WEST',
        name: 'Live feed',
      });
      const listener = await startHl7Listener(t.services, { port: 0, host: '127.0.0.1' });
      const client = await connectMllp(listener.address().port);
      try {
        expect(msaOf((await client.request(adt('LIVE', 'WEST', 'L1')))[0]!).code).toBe('AA');
        await admin.revoke('clinic-a', sender.id);
        expect(msaOf((await client.request(adt('LIVE', 'WEST', 'L2')))[0]!).code).toBe('AR');
      } finally {
        client.close();
        await listener.close(1000);
      }
    },
  );

  it.skipIf(skip)(
    'keeps one tenant per sender, each admin in their tenant, and answers bad input with 400',
    async () => {
      const operator = as(t.keys.operator);
      await operator.admin.tenants.create({ id: 'other-hosp', name: 'Other' });
      await as(t.keys.admin).admin.hl7Senders.create('clinic-a', {
        sendingApplication: 'ADT',
        sendingFacility: 'EAST',
        name: 'ADT feed',
      });
      await expect(
        operator.admin.hl7Senders.create('other-hosp', {
          sendingApplication: 'ADT',
          sendingFacility: 'EAST',
          name: 'x',
        }),
      ).rejects.toBeInstanceOf(ConflictError);
      await expect(as(t.keys.admin).admin.hl7Senders.list('other-hosp')).rejects.toBeInstanceOf(PermissionDeniedError);
      for (const body of [
        { sendingApplication: '', name: 'x' },
        { sendingApplication: 'A', name: 'x', tenant: 'other-hosp' },
        { name: 'x' },
      ]) {
        const res = await request(t.app)
          .post('/admin/tenants/clinic-a/hl7-senders')
          .set('Authorization', `Bearer ${t.keys.admin}`)
          .send(body);
        expect(res.status, JSON.stringify(body)).toBe(400);
      }
      const trail = await request(t.app)
        .get('/fhir/AuditEvent?_count=100')
        .set('Authorization', `Bearer ${t.keys.admin}`);
      const ops = trail.body.entry.map(
        (e: { resource: { subtype: { code: string }[] } }) => e.resource.subtype[1]?.code,
      );
      expect(ops).toEqual(
        expect.arrayContaining(['admin-hl7-sender-create', 'admin-hl7-sender-list', 'admin-hl7-sender-revoke']),
      );
    },
  );
});
