/**
 * Every message in fixtures/hl7v2 through the listener over real MLLP: the
 * well-formed ones are stored and acknowledged AA, their resources valid R4;
 * the malformed ones are refused (AR) and leave the store as it was.
 */
import { peekHl7Header } from '@meridian/fhir-adapter';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hl7Fixtures } from '../../../../fhir-adapter/src/hl7v2/testing/hl7-fixtures.js';
import { validateR4 } from '../../../../fhir-adapter/src/testing/validate.js';
import { DB_KINDS } from '../../testing/test-databases.js';
import { registerHl7Sender } from './senders/hl7-senders.js';
import { msaOf, startHl7Harness, type Hl7Harness } from './testing/hl7-harness.js';

const fixtures = hl7Fixtures();
const readable = fixtures.filter((f) => !f.malformed || f.path.endsWith('malformed_bom_lf_adt_a04_v23.hl7'));
const broken = fixtures.filter((f) => !readable.includes(f));

describe.each(DB_KINDS)('every HL7 v2 fixture through the listener on $kind', ({ kind, skip }) => {
  let h: Hl7Harness;
  beforeAll(async () => {
    if (skip) return;
    h = await startHl7Harness(kind);
    const senders = new Set(
      fixtures.map((f) => {
        const header = peekHl7Header(f.bytes.toString('latin1').replace(/^\u00ef\u00bb\u00bf/, ''));
        return `${header.sendingApplication}\u0000${header.sendingFacility}`;
      }),
    );
    for (const pair of senders) {
      const [app, facility] = pair.split('\u0000') as [string, string];
      if (app !== '' && !(app === 'MONITOR' && facility === 'WARD5')) {
        await registerHl7Sender(h.t.db, {
          tenantId: h.t.tenantId,
          sendingApplication: app,
          sendingFacility: facility,
          name: `fixture ${app}`,
        });
      }
    }
  });
  afterAll(async () => h?.dispose());

  it.skipIf(skip).each(readable.map((f) => [f.path, f] as const))(
    '%s: stored, then AA; resources valid R4',
    async (_path, fixture) => {
      const client = await h.connect();
      const header = peekHl7Header(fixture.bytes.toString('latin1').replace(/^\u00ef\u00bb\u00bf/, ''));
      // Enhanced mode (MSH-15/16 valued): CA once stored, then AA, each as the sender asked.
      const enhanced = header.acceptAckType !== undefined || header.applicationAckType !== undefined;
      const expected = enhanced
        ? [
            ...(['AL', 'SU'].includes(header.acceptAckType ?? 'AL') ? ['CA'] : []),
            ...(['AL', 'SU'].includes(header.applicationAckType ?? 'AL') ? ['AA'] : []),
          ]
        : ['AA'];
      const acks = await client.request(fixture.bytes, expected.length);
      expect(acks.map((a) => msaOf(a).code)).toEqual(expected);
      const controlId = msaOf(acks[0]!).controlId;
      const { rows } = await h.t.db.query<{ status: string; resource_refs: string[] }>(
        `SELECT status, resource_refs FROM hl7_message WHERE control_id = $1 AND sending_application = $2 AND sending_facility = $3`,
        [controlId, header.sendingApplication, header.sendingFacility],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]!.status).toBe('processed');
      for (const ref of rows[0]!.resource_refs) {
        const res = await request(h.t.app).get(`/fhir/${ref}`).set('Authorization', `Bearer ${h.t.keys.integration}`);
        expect(res.status).toBe(200);
        const { meta: _meta, ...resource } = res.body;
        expect({ ref, ...validateR4(resource) }).toMatchObject({ valid: true });
      }
    },
  );

  it.skipIf(skip)('refuses every malformed fixture with AR and leaves the store as it was', async () => {
    const counts = async () => Promise.all([h.count('hl7_message'), h.count('fhir_resource'), h.count('audit_event')]);
    const before = await counts();
    const client = await h.connect();
    for (const fixture of broken) {
      const [ack] = await client.request(fixture.bytes);
      // AR, or CR when the refused header asked for enhanced acknowledgements.
      expect({ path: fixture.path, code: msaOf(ack!).code }).toEqual({
        path: fixture.path,
        code: expect.stringMatching(/^[AC]R$/),
      });
      expect(msaOf(ack!).errCode).toMatch(/^[12]\d\d$/);
    }
    expect(await counts()).toEqual(before);
    const verify = await request(h.t.app).get('/audit/verify').set('Authorization', `Bearer ${h.t.keys.auditor}`);
    expect(verify.body.valid).toBe(true);
  });
});
