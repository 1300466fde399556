import type { DiagnosticReport, Encounter, Observation, ServiceRequest } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { decodeHl7Bytes, mapHl7Message, parseHl7Message, type Hl7MappingResult } from '../../index.js';
import { validateR4 } from '../../testing/validate.js';
import { hl7, hl7Fixtures } from '../testing/hl7-fixtures.js';

const map = (text: string): Hl7MappingResult => mapHl7Message(parseHl7Message(text));
const ofType = <T>(r: Hl7MappingResult, type: string) =>
  r.bundle.entry.map((e) => e.resource).filter((x) => x?.resourceType === type) as T[];
const MSH = 'MSH|^~\\&|LAB|HOSP|MER|HOSP|20240501100000+0000||ORU^R01^ORU_R01|L1|P|2.5.1';
const OBR = `OBR|1|PL1^ORD|FI1^LAB|24331-1^Lipid panel^LN|||20240501080000+0000${'|'.repeat(18)}F`;
const OBX = 'OBX|1|NM|2093-3^Cholesterol^LN||5.2|mmol/L|||||F';

describe('ORC -> ServiceRequest and NTE -> notes in an ORU^R01 (the IG benchmark message)', () => {
  const fixture = hl7Fixtures().find((f) => f.path.endsWith('oru_r01_v251_benchmark.hl7'))!;
  const { text, charset } = decodeHl7Bytes(fixture.bytes);
  const result = mapHl7Message(parseHl7Message(text, charset));
  const [request] = ofType<ServiceRequest>(result, 'ServiceRequest');

  it('maps the order: status from ORC-5, intent order, placer and filler numbers, requester, the OBR code; valid R4', () => {
    expect(request).toMatchObject({
      status: 'completed',
      intent: 'order',
      code: { coding: [{ code: '51523-9', system: 'http://loinc.org' }] },
    });
    expect(request!.identifier?.map((i) => [i.value, i.type?.coding?.[0]?.code])).toEqual([
      ['ORD777888', 'PLAC'],
      ['LAB4432', 'FILL'],
    ]);
    expect(request!.requester?.reference).toMatch(/^Practitioner\//);
    expect(request!.authoredOn).toBeUndefined(); // ORC-1 is RE, not a new order
    expect(request!.subject.reference).toBe(result.patients[0]);
    for (const e of result.bundle.entry) expect(validateR4(e.resource).valid, e.resource?.resourceType).toBe(true);
  });

  it('names the order in the report (basedOn) and keeps the NTE after the OBR as the order note, with author and time', () => {
    const [report] = ofType<DiagnosticReport>(result, 'DiagnosticReport');
    expect(report!.basedOn).toEqual([{ reference: `ServiceRequest/${request!.id}` }]);
    expect(request!.note).toEqual([
      {
        text: 'Allergy test interpretations are subjective.',
        authorReference: { reference: expect.stringMatching(/^Practitioner\//) },
        time: '2015-06-01T18:10:00Z',
      },
    ]);
  });
});

describe('PV2 in the same message', () => {
  const fixture = hl7Fixtures().find((f) => f.path.endsWith('oru_r01_v251_benchmark.hl7'))!;
  const { text, charset } = decodeHl7Bytes(fixture.bytes);
  const [encounter] = ofType<Encounter>(mapHl7Message(parseHl7Message(text, charset)), 'Encounter');

  it('adds the admit reason and the referral source (a REF participant) to the Encounter; valid R4', () => {
    expect(encounter!.reasonCode?.map((r) => r.text ?? r.coding?.[0]?.display)).toEqual(['Not feeling well']);
    const referrers = encounter!.participant?.filter((p) => p.type?.[0]?.coding?.[0]?.code === 'REF') ?? [];
    expect(referrers).toHaveLength(1);
    expect(referrers[0]!.individual?.reference).toMatch(/^Practitioner\//);
    expect(validateR4(encounter).valid).toBe(true);
  });
});

describe('ORC and NTE in built messages', () => {
  it('adds NTE after an OBX to that Observation, in order, and not to the next one', () => {
    const result = map(
      hl7(
        MSH,
        'PID|1||MRN1^^^HOSP^MR',
        'ORC|NW|PL1^ORD|||||||20240501070000+0000',
        OBR,
        OBX,
        'NTE|1||Fasting sample',
        'NTE|2||Repeat~in 3 months',
        'OBX|2|NM|2085-9^HDL^LN||1.3|mmol/L|||||F',
      ),
    );
    const [cholesterol, hdl] = ofType<Observation>(result, 'Observation');
    expect(cholesterol!.note?.map((n) => n.text)).toEqual(['Fasting sample', 'Repeat\nin 3 months']);
    expect(hdl!.note).toBeUndefined();
    const [request] = ofType<ServiceRequest>(result, 'ServiceRequest');
    expect(request).toMatchObject({ status: 'active', authoredOn: '2024-05-01T07:00:00Z' });
    expect(request!.identifier?.map((i) => i.value)).toEqual(['PL1', 'FI1']); // OBR-2/3 first
  });

  it('gives the same ServiceRequest id on a resend, and a status of unknown for an order control it cannot map', () => {
    const message = (control: string) => hl7(MSH, 'PID|1||MRN1^^^HOSP^MR', `ORC|${control}`, OBR, OBX);
    const first = ofType<ServiceRequest>(map(message('NW')), 'ServiceRequest')[0]!;
    const again = ofType<ServiceRequest>(map(message('SC')), 'ServiceRequest')[0]!;
    expect(again.id).toBe(first.id);
    expect(again.status).toBe('unknown');
    expect(validateR4(again).valid).toBe(true);
  });

  it('warns, without the text, when an NTE follows an OBR that has no ORC (an R4 report has no note)', () => {
    const result = map(hl7(MSH, 'PID|1||MRN1^^^HOSP^MR', OBR, 'NTE|1||Secret remark', OBX));
    expect(ofType(result, 'ServiceRequest')).toEqual([]);
    expect(result.warnings.map((w) => w.text).join(' ')).toMatch(/NTE after an OBR without ORC/);
    expect(JSON.stringify(result.warnings)).not.toContain('Secret');
  });
});
