import { Meridian, NotFoundError, PermissionDeniedError, BadRequestError } from '@meridian/sdk';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vitalSignsOru, WELL } from '../../../../../fhir-adapter/src/hl7v2/testing/vital-signs-oru.js';
import { msaOf, startHl7Harness, type Hl7Harness } from '../../../use-cases/hl7-ingest/testing/hl7-harness.js';
import { listen } from '../../../testing/listen.js';
import { DB_KINDS } from '../../../testing/test-databases.js';

const T = '20240501095500+0000';

describe.each(DB_KINDS)('GET /hl7/messages and POST /hl7/messages/{id}/reprocess on $kind', ({ kind, skip }) => {
  let h: Hl7Harness;
  let baseUrl: string;
  let close: () => Promise<void>;
  const as = (key: string) => new Meridian({ baseUrl, apiKey: key, maxRetries: 0 });

  beforeAll(async () => {
    if (skip) return;
    h = await startHl7Harness(kind);
    ({ baseUrl, close } = await listen(h.t.app));
    const client = await h.connect();
    await client.request(vitalSignsOru({ mrn: 'R-1', controlId: 'OK-1', time: T, values: WELL }));
    await client.request(vitalSignsOru({ mrn: 'R-2', controlId: 'OK-2', time: T, values: WELL }));
    const [ae] = await client.request(
      vitalSignsOru({ mrn: 'R-3', controlId: 'BAD-1', time: T, values: WELL }).replace(
        '|85353-1^Vital signs panel^LN|',
        '||',
      ),
    );
    expect(msaOf(ae!).code).toBe('AE');
  });
  afterAll(async () => {
    await close?.();
    await h?.dispose();
  });

  it.skipIf(skip)('lists messages newest first, by status, a page at a time, through the SDK', async () => {
    const integration = as(h.t.keys.integration);
    const all = await integration.hl7.messages();
    expect(all.messages.map((m) => m.controlId)).toEqual(['BAD-1', 'OK-2', 'OK-1']);
    const failed = await integration.hl7.messages({ status: 'failed' });
    expect(failed.messages).toEqual([
      expect.objectContaining({
        controlId: 'BAD-1',
        status: 'failed',
        ackCode: 'AE',
        messageType: 'ORU^R01',
        sendingApplication: 'MONITOR',
        deliveries: 1,
        error: expect.objectContaining({
          code: 'missing-field',
          hl7ErrorCode: '101',
          location: { segment: 'OBR', sequence: 1, field: 4 },
        }),
      }),
    ]);
    const first = await integration.hl7.messages({ _count: 2 });
    expect(first.messages).toHaveLength(2);
    const second = await integration.hl7.messages({ _count: 2, _cursor: first.nextCursor! });
    expect([second.messages.map((m) => m.controlId), second.nextCursor]).toEqual([['OK-1'], undefined]);
    expect(JSON.stringify(all)).not.toContain('R-1');
  });

  it.skipIf(skip)(
    'reprocesses a stored message: a failed one that now maps is applied and audited as the operator',
    async () => {
      const admin = as(h.t.keys.admin);
      const bad = (await admin.hl7.messages({ status: 'failed' })).messages[0]!;
      // As if an earlier version had failed on a message the current mapping reads: put the complete text in its place.
      await h.t.db.query(`UPDATE hl7_message SET raw = $1 WHERE id = $2`, [
        vitalSignsOru({ mrn: 'R-3', controlId: 'BAD-1', time: T, values: WELL }),
        bad.id,
      ]);
      const done = await admin.hl7.reprocess(bad.id);
      expect(done).toMatchObject({
        id: bad.id,
        status: 'processed',
        reprocessed: 1,
        error: null,
        patients: [expect.stringMatching(/^Patient\//)],
      });
      const patients = await request(h.t.app)
        .get('/fhir/Patient?identifier=R-3')
        .set('Authorization', `Bearer ${h.t.keys.clinician}`);
      expect(patients.body.entry).toHaveLength(1);
      const audit = await request(h.t.app)
        .get(`/fhir/AuditEvent?agent=${h.t.keyIds.admin}`)
        .set('Authorization', `Bearer ${h.t.keys.auditor}`);
      expect(
        audit.body.entry.map((e: { resource: { subtype: { code: string }[] } }) =>
          e.resource.subtype.map((s) => s.code),
        ),
      ).toContainEqual(['operation', 'hl7-reprocess']);
    },
  );

  it.skipIf(skip)('keeps a message that still fails failed, with its error', async () => {
    const ok = (await as(h.t.keys.admin).hl7.messages({ status: 'processed' })).messages.find(
      (m) => m.controlId === 'OK-1',
    )!;
    await h.t.db.query(
      `UPDATE hl7_message SET raw = replace(raw, '|85353-1^Vital signs panel^LN|', '||') WHERE id = $1`,
      [ok.id],
    );
    expect(await as(h.t.keys.integration).hl7.reprocess(ok.id)).toMatchObject({
      status: 'failed',
      error: { code: 'missing-field' },
    });
  });

  it.skipIf(skip)('refuses other roles, unknown ids and bad queries with OperationOutcomes', async () => {
    await expect(as(h.t.keys.clinician).hl7.messages()).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(as(h.t.keys.admin).hl7.reprocess('hl7m-nope')).rejects.toBeInstanceOf(NotFoundError);
    await expect(as(h.t.keys.admin).hl7.reprocess('../etc')).rejects.toBeInstanceOf(BadRequestError);
    for (const query of ['status=lost', '_count=0', '_cursor=zzz', 'other=1']) {
      const res = await request(h.t.app).get(`/hl7/messages?${query}`).set('Authorization', `Bearer ${h.t.keys.admin}`);
      expect(res.status).toBe(400);
      expect(res.body.resourceType).toBe('OperationOutcome');
    }
    expect((await request(h.t.app).get('/hl7/messages')).status).toBe(401);
  });
});
