import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateR4 } from '../../../../fhir-adapter/src/testing/validate.js';
import { UNWELL, vitalSignsOru, WELL } from '../../../../fhir-adapter/src/hl7v2/testing/vital-signs-oru.js';
import { DB_KINDS } from '../../testing/test-databases.js';
import { encodeMllpFrame } from './frame-decoder.js';
import { msaOf, startHl7Harness, type Hl7Harness } from '../../use-cases/hl7-ingest/testing/hl7-harness.js';

const T = '20240501095500+0000';

describe.each(DB_KINDS)('HL7 listener on $kind', ({ kind, skip }) => {
  let h: Hl7Harness;
  const get = (path: string) => request(h.t.app).get(path).set('Authorization', `Bearer ${h.t.keys.integration}`);
  beforeAll(async () => {
    if (!skip) h = await startHl7Harness(kind);
  });
  afterAll(async () => h?.dispose());

  it.skipIf(skip)(
    'stores an ORU and its FHIR resources, then acknowledges AA; the data is readable over FHIR REST and audited as the sender',
    async () => {
      const client = await h.connect();
      const [ack] = await client.request(vitalSignsOru({ mrn: 'MRN-A', controlId: 'V-A-1', time: T, values: UNWELL }));
      expect(msaOf(ack!)).toMatchObject({ code: 'AA', controlId: 'V-A-1', type: 'ACK^R01^ACK' });
      expect(ack!.split('\r')[0]!.split('|').slice(2, 6)).toEqual(['MERIDIAN', 'HOSP', 'MONITOR', 'WARD5']);

      const patients = await get('/fhir/Patient?identifier=MRN-A');
      expect(patients.status).toBe(200);
      expect(patients.body.entry).toHaveLength(1);
      const patient = patients.body.entry[0].resource;
      expect(validateR4(patient).valid).toBe(true);
      const rr = await get(
        `/fhir/Observation?patient=Patient/${patient.id}&code=${encodeURIComponent('http://loinc.org|9279-1')}`,
      );
      expect(
        rr.body.entry.map((e: { resource: { valueQuantity: { value: number } } }) => e.resource.valueQuantity.value),
      ).toEqual([26]);

      const { rows } = await h.t.db.query<{ status: string; ack_code: string; patient_refs: string[] }>(
        `SELECT status, ack_code, patient_refs FROM hl7_message WHERE control_id = 'V-A-1'`,
      );
      expect(rows).toEqual([{ status: 'processed', ack_code: 'AA', patient_refs: [`Patient/${patient.id}`] }]);
      const audit = await request(h.t.app)
        .get(`/fhir/AuditEvent?patient=Patient/${patient.id}`)
        .set('Authorization', `Bearer ${h.t.keys.auditor}`);
      const written = audit.body.entry
        .map((e: { resource: { agent: { who: { identifier: { system: string; value: string } } }[] } }) => e.resource)
        .find(
          (e: { agent: { who: { identifier: { system: string } } }[] }) =>
            e.agent[0]!.who.identifier.system === 'https://meridian.dev/fhir/sid/hl7-sender',
        );
      expect(written).toMatchObject({
        action: 'C',
        agent: [{ who: { identifier: { value: h.sender.id }, display: 'Ward 5 monitors (MONITOR^WARD5)' } }],
      });
    },
  );

  it.skipIf(skip)(
    'answers a duplicate with the stored acknowledgement, byte for byte, and applies it once',
    async () => {
      const client = await h.connect();
      const message = vitalSignsOru({ mrn: 'MRN-B', controlId: 'V-B-1', time: T, values: WELL });
      const [first] = await client.request(message);
      const before = await h.count('fhir_resource');
      const [again] = await client.request(message);
      const [third] = await (await h.connect()).request(message);
      expect([again, third]).toEqual([first, first]);
      expect(await h.count('fhir_resource')).toBe(before);
      const { rows } = await h.t.db.query<{ deliveries: number }>(
        `SELECT deliveries FROM hl7_message WHERE control_id = 'V-B-1'`,
      );
      expect(rows[0]!.deliveries).toBe(3);
    },
  );

  it.skipIf(skip)(
    'applies a corrected result (OBX-11 C) over the first value, as a new version of the same Observation',
    async () => {
      const client = await h.connect();
      await client.request(vitalSignsOru({ mrn: 'MRN-C', controlId: 'V-C-1', time: T, values: WELL, order: 'ORD-C' }));
      const [ack] = await client.request(
        vitalSignsOru({
          mrn: 'MRN-C',
          controlId: 'V-C-2',
          time: T,
          values: { ...WELL, respiratoryRate: 30 },
          status: 'C',
          order: 'ORD-C',
        }),
      );
      expect(msaOf(ack!).code).toBe('AA');
      const patient = (await get('/fhir/Patient?identifier=MRN-C')).body.entry[0].resource;
      const found = (
        await get(
          `/fhir/Observation?patient=Patient/${patient.id}&code=${encodeURIComponent('http://loinc.org|9279-1')}`,
        )
      ).body.entry;
      expect(found).toHaveLength(1);
      expect(found[0].resource).toMatchObject({
        status: 'corrected',
        valueQuantity: { value: 30 },
        meta: { versionId: '2' },
      });
      const history = await get(`/fhir/Observation/${found[0].resource.id}/_history`);
      expect(history.body.entry.map((e: { resource: { status: string } }) => e.resource.status)).toEqual([
        'corrected',
        'final',
      ]);
    },
  );

  it.skipIf(skip)('refuses an unknown sender with AR and stores nothing', async () => {
    const before = [await h.count('hl7_message'), await h.count('fhir_resource')];
    const [ack] = await (
      await h.connect()
    ).request(vitalSignsOru({ mrn: 'MRN-X', controlId: 'X-1', time: T, values: WELL, sendingApp: 'ROGUE' }));
    expect(msaOf(ack!)).toMatchObject({ code: 'AR', controlId: 'X-1', errCode: '207' });
    expect(msaOf(ack!).text).toMatch(/not registered/);
    expect([await h.count('hl7_message'), await h.count('fhir_resource')]).toEqual(before);
  });

  it.skipIf(skip)(
    'answers content it cannot map with AE and ERR, stores it as failed, writes no resource',
    async () => {
      const before = await h.count('fhir_resource');
      const text = vitalSignsOru({ mrn: 'MRN-D', controlId: 'BAD-1', time: T, values: WELL }).replace(
        '|85353-1^Vital signs panel^LN|',
        '||',
      );
      const [ack] = await (await h.connect()).request(text);
      expect(msaOf(ack!)).toMatchObject({ code: 'AE', controlId: 'BAD-1', errCode: '101' });
      expect(ack).toContain('ERR|OBR^1^4^');
      expect(await h.count('fhir_resource')).toBe(before);
      const { rows } = await h.t.db.query<{
        status: string;
        error: { code: string; location: { segment: string; field: number } };
      }>(`SELECT status, error FROM hl7_message WHERE control_id = 'BAD-1'`);
      expect(rows[0]).toMatchObject({
        status: 'failed',
        error: { code: 'missing-field', location: { segment: 'OBR', field: 4 } },
      });
    },
  );

  it.skipIf(skip)(
    'rejects what is not HL7 (AR naming the problem), and an unsupported event (AR, stored as rejected)',
    async () => {
      const client = await h.connect();
      const [garbage] = await client.request('this is not HL7 at all');
      expect(msaOf(garbage!)).toMatchObject({ code: 'AR', errCode: '100' });
      const [badMsh] = await client.request('MSH|^|MONITOR|WARD5|MERIDIAN|HOSP|2024||ADT^A01|Z1|P|2.5');
      expect(msaOf(badMsh!)).toMatchObject({ code: 'AR', controlId: 'Z1', errCode: '102' });
      const [a05] = await client.request(
        'MSH|^~\\&|MONITOR|WARD5|MERIDIAN|HOSP|2024||ADT^A05|Z2|P|2.5\rPID|1||Z^^^H^MR',
      );
      expect(msaOf(a05!)).toMatchObject({ code: 'AR', controlId: 'Z2', errCode: '201' });
      const { rows } = await h.t.db.query<{ status: string }>(
        `SELECT status FROM hl7_message WHERE control_id IN ('Z1', 'Z2')`,
      );
      expect(rows).toEqual([{ status: 'rejected' }]);
    },
  );

  it.skipIf(skip)('never acknowledges an acknowledgement', async () => {
    const client = await h.connect();
    client.send('MSH|^~\\&|MONITOR|WARD5|MERIDIAN|HOSP|2024||ACK^R01^ACK|K1|P|2.5\rMSA|AA|V-A-1');
    const [next] = await client.request(vitalSignsOru({ mrn: 'MRN-E', controlId: 'E-1', time: T, values: WELL }));
    expect(msaOf(next!).controlId).toBe('E-1');
  });

  it.skipIf(skip)('honours enhanced acknowledgement modes (MSH-15/16)', async () => {
    const client = await h.connect();
    const enhanced = (id: string, accept: string, app: string) =>
      vitalSignsOru({ mrn: 'MRN-F', controlId: id, time: T, values: WELL }).replace(
        '|2.5.1||||||',
        `|2.5.1|||${accept}|${app}||`,
      );
    expect((await client.request(enhanced('F-1', 'AL', 'AL'), 2)).map((a) => msaOf(a).code)).toEqual(['CA', 'AA']);
    expect((await client.request(enhanced('F-2', 'AL', 'NE'))).map((a) => msaOf(a).code)).toEqual(['CA']);
    expect((await client.request(enhanced('F-3', 'NE', 'SU'))).map((a) => msaOf(a).code)).toEqual(['AA']);
    client.send(enhanced('F-4', 'ER', 'ER'));
    // F-4 succeeded, so ER/ER sent nothing; F-5 is stored (no CE, so no commit ack under ER) but fails: AE.
    const [bad] = await client.request(enhanced('F-5', 'ER', 'AL').replace('|85353-1^Vital signs panel^LN|', '||'));
    expect([msaOf(bad!).code, msaOf(bad!).controlId]).toEqual(['AE', 'F-5']);
    expect(await h.count('hl7_message', `control_id = 'F-4'`)).toBe(1);
  });

  it.skipIf(skip)('answers a batch with a batch of acknowledgements', async () => {
    const messages = ['G-1', 'G-2'].map((id) =>
      vitalSignsOru({ mrn: `MRN-${id}`, controlId: id, time: T, values: WELL }),
    );
    const [reply] = await (
      await h.connect()
    ).request(['BHS|^~\\&|MONITOR|WARD5|MERIDIAN|HOSP|2024||||B-1', ...messages, 'BTS|2'].join('\r'));
    const lines = reply!.split('\r');
    expect(lines[0]).toMatch(/^BHS\|\^~\\&\|MERIDIAN\|HOSP\|MONITOR\|WARD5\|.*\|B-1$/);
    expect(lines.filter((l) => l.startsWith('MSA'))).toEqual(['MSA|AA|G-1', 'MSA|AA|G-2']);
    expect(lines.at(-1)).toBe('BTS|2');
  });

  it.skipIf(skip)('applies a pipelined stream for one patient in arrival order', async () => {
    const client = await h.connect();
    const n = 15;
    client.write(
      Buffer.concat(
        Array.from({ length: n }, (_, i) =>
          encodeMllpFrame(
            vitalSignsOru({
              mrn: 'MRN-H',
              controlId: `H-${i}`,
              time: T,
              values: { ...WELL, heartRate: 60 + i },
              order: 'ORD-H',
            }),
          ),
        ),
      ),
    );
    const acks = [];
    for (let i = 0; i < n; i++) acks.push(msaOf(await client.next()));
    expect(acks.map((a) => a.controlId)).toEqual(Array.from({ length: n }, (_, i) => `H-${i}`));
    const patient = (await get('/fhir/Patient?identifier=MRN-H')).body.entry[0].resource;
    const hr = (
      await get(`/fhir/Observation?patient=Patient/${patient.id}&code=${encodeURIComponent('http://loinc.org|8867-4')}`)
    ).body.entry[0].resource;
    expect([hr.valueQuantity.value, hr.meta.versionId]).toEqual([60 + n - 1, String(n)]);
  });

  it.skipIf(skip)(
    'stores a message sent on two connections at once only once, and both get the same acknowledgement',
    async () => {
      const [a, b] = [await h.connect(), await h.connect()];
      const message = vitalSignsOru({ mrn: 'MRN-I', controlId: 'I-1', time: T, values: WELL });
      const [[ackA], [ackB]] = await Promise.all([a.request(message), b.request(message)]);
      expect(ackA).toBe(ackB);
      expect(await h.count('hl7_message', `control_id = 'I-1'`)).toBe(1);
      const patient = (await get('/fhir/Patient?identifier=MRN-I')).body.entry[0].resource;
      expect(patient.meta.versionId).toBe('1');
    },
  );

  it.skipIf(skip)('keeps the audit chain whole through all of it', async () => {
    const verify = await request(h.t.app).get('/audit/verify').set('Authorization', `Bearer ${h.t.keys.auditor}`);
    expect(verify.body).toMatchObject({ valid: true });
  });
});
