import type { AllergyIntolerance, Condition, Encounter, Patient } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { type Hl7MappingError, mapHl7Message, parseHl7Message, type Hl7MappingResult } from '../../index.js';
import { validateR4 } from '../../testing/validate.js';
import { segment } from '../testing/hl7-fixtures.js';

const map = (text: string): Hl7MappingResult => mapHl7Message(parseHl7Message(text));
const find = <T>(r: Hl7MappingResult, type: string) =>
  r.bundle.entry.map((e) => e.resource).find((x) => x?.resourceType === type) as T | undefined;

function adt(event: string, opts: { pv1?: string; extra?: string[]; pid?: string } = {}): string {
  const pv1 =
    opts.pv1 ??
    segment('PV1', {
      1: '1',
      2: 'I',
      3: 'W5^12^A',
      7: '1234^HOUSE^GREG^^^DR',
      10: 'MED',
      19: 'V77^^^HOSP^VN',
      44: '20240501080000+0000',
    });
  return [
    `MSH|^~\\&|ADT|HOSP|MER|HOSP|20240501080000+0000||ADT^${event}|${event}-1|P|2.5.1`,
    `EVN|${event}|20240501080000+0000`,
    opts.pid ??
      'PID|1||MRN7^^^HOSP&2.16.840.1.113883.19.5&ISO^MR~999-00-1111^^^SSA^SS||DOE^JANE^Q^^MRS^^L||19480203|F|||1 MAIN ST^APT 2^TOWN^ST^12345^USA^H||^PRN^PH^^1^555^5551234~^NET^Internet^jane@example.org|^WPN^CP^^1^555^5559876',
    pv1,
    ...(opts.extra ?? []),
  ].join('\r');
}

describe('ADT -> Patient', () => {
  const r = map(adt('A01'));
  const patient = find<Patient>(r, 'Patient')!;

  it('maps identifiers with their assigning authority, names, birth date, sex, address and telecom', () => {
    expect(patient.identifier?.[0]).toEqual({
      value: 'MRN7',
      system: 'urn:oid:2.16.840.1.113883.19.5',
      type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] },
    });
    expect(patient.identifier?.[1]).toMatchObject({ value: '999-00-1111', assigner: { display: 'SSA' } });
    expect(patient.name).toEqual([{ family: 'DOE', given: ['JANE', 'Q'], prefix: ['MRS'], use: 'official' }]);
    expect([patient.birthDate, patient.gender]).toEqual(['1948-02-03', 'female']);
    expect(patient.address).toEqual([
      { line: ['1 MAIN ST', 'APT 2'], city: 'TOWN', state: 'ST', postalCode: '12345', country: 'USA', use: 'home' },
    ]);
    expect(patient.telecom).toEqual([
      { system: 'phone', value: '+1 555 5551234', use: 'home' },
      { system: 'email', value: 'jane@example.org' },
      { system: 'phone', value: '+1 555 5559876', use: 'work' },
    ]);
    expect(validateR4(patient).valid).toBe(true);
  });

  it('gives the same Patient id for the same MRN in any message, and another for another authority', () => {
    expect(find<Patient>(map(adt('A08')), 'Patient')!.id).toBe(patient.id);
    const otherAuthority = adt('A08', { pid: 'PID|1||MRN7^^^CLINIC^MR||DOE^JANE' });
    expect(find<Patient>(map(otherAuthority), 'Patient')!.id).not.toBe(patient.id);
  });
});

describe('ADT -> Encounter by trigger event', () => {
  it('A01 admits: in progress, class, bed, attending doctor, admit time, visit number', () => {
    const r = map(adt('A01'));
    const encounter = find<Encounter>(r, 'Encounter')!;
    expect(encounter).toMatchObject({
      status: 'in-progress',
      class: { code: 'IMP' },
      period: { start: '2024-05-01T08:00:00Z' },
      identifier: [{ value: 'V77', assigner: { display: 'HOSP' }, type: { coding: [{ code: 'VN' }] } }],
      participant: [
        { type: [{ coding: [{ code: 'ATND' }] }], individual: { reference: expect.stringMatching(/^Practitioner\//) } },
      ],
      location: [{ status: 'active' }],
    });
    const practitioner = r.bundle.entry.find((e) => e.resource?.resourceType === 'Practitioner')!.resource;
    expect(practitioner).toMatchObject({
      name: [{ family: 'HOUSE', given: ['GREG'], prefix: ['DR'] }],
      identifier: [{ value: '1234' }],
    });
    expect(r.bundle.entry.filter((e) => e.resource?.resourceType === 'Location')).toHaveLength(3);
    for (const entry of r.bundle.entry) expect(validateR4(entry.resource).valid).toBe(true);
  });

  it('A02, A03, A08, A11 and A13 update the same Encounter with the status the IG gives', () => {
    const admitted = find<Encounter>(map(adt('A01')), 'Encounter')!;
    const discharge = (event: string) =>
      adt(event, {
        pv1: segment('PV1', {
          1: '1',
          2: 'I',
          3: 'W6^3^B',
          7: '1234^HOUSE^GREG',
          19: 'V77^^^HOSP^VN',
          44: '20240501080000+0000',
          45: '20240503120000+0000',
        }),
      });
    const transferred = find<Encounter>(
      map(adt('A02', { pv1: segment('PV1', { 1: '1', 2: 'I', 3: 'W6^3^B', 6: 'W5^12^A', 19: 'V77^^^HOSP^VN' }) })),
      'Encounter',
    )!;
    const discharged = find<Encounter>(map(discharge('A03')), 'Encounter')!;
    const updated = find<Encounter>(map(adt('A08')), 'Encounter')!;
    const cancelled = find<Encounter>(map(adt('A11')), 'Encounter')!;
    const undischarged = find<Encounter>(map(discharge('A13')), 'Encounter')!;
    expect(new Set([admitted.id, transferred.id, discharged.id, updated.id, cancelled.id, undischarged.id]).size).toBe(
      1,
    );
    expect(transferred.location?.map((l) => l.status)).toEqual(['active', 'completed']);
    expect(transferred.location?.[0]?.location.reference).not.toBe(admitted.location?.[0]?.location.reference);
    expect([discharged.status, discharged.period?.end]).toEqual(['finished', '2024-05-03T12:00:00Z']);
    expect([updated.status, cancelled.status]).toEqual(['in-progress', 'cancelled']);
    expect([undischarged.status, undischarged.period?.end]).toEqual(['in-progress', undefined]);
  });

  it('A28 and A31 concern the person only: no Encounter', () => {
    for (const event of ['A28', 'A31'])
      expect(map(adt(event)).bundle.entry.map((e) => e.resource?.resourceType)).toEqual(['Patient']);
  });
});

describe('ADT allergies, diagnoses and merges', () => {
  it('maps AL1 to AllergyIntolerance and DG1 to an encounter Condition', () => {
    const r = map(
      adt('A01', {
        extra: [
          'AL1|1|DA|7980^Penicillin G^RXNORM|SV|HIVES~WHEEZING|20100101',
          'DG1|1||I10^Essential hypertension^I10|||A',
        ],
      }),
    );
    const allergy = find<AllergyIntolerance>(r, 'AllergyIntolerance')!;
    expect(allergy).toMatchObject({
      category: ['medication'],
      type: 'allergy',
      criticality: 'high',
      onsetDateTime: '2010-01-01',
      code: { coding: [{ code: '7980', system: 'http://www.nlm.nih.gov/research/umls/rxnorm' }] },
      reaction: [{ manifestation: [{ text: 'HIVES' }, { text: 'WHEEZING' }] }],
      clinicalStatus: { coding: [{ code: 'active' }] },
    });
    const condition = find<Condition>(r, 'Condition')!;
    expect(condition).toMatchObject({
      code: { coding: [{ code: 'I10', system: 'http://hl7.org/fhir/sid/icd-10' }] },
      encounter: { reference: `Encounter/${find<Encounter>(r, 'Encounter')!.id}` },
      category: [{ coding: [{ code: 'encounter-diagnosis' }] }],
    });
    expect([validateR4(allergy).valid, validateR4(condition).valid]).toEqual([true, true]);
  });

  it('A40 links the surviving Patient to the retired one and names both for the store', () => {
    const survivor = find<Patient>(map(adt('A01')), 'Patient')!;
    const retiredRef = `Patient/${find<Patient>(map(adt('A01', { pid: 'PID|1||OLD9^^^HOSP&2.16.840.1.113883.19.5&ISO^MR||DOE^J' })), 'Patient')!.id}`;
    const r = map(adt('A40', { extra: ['MRG|OLD9^^^HOSP&2.16.840.1.113883.19.5&ISO^MR'] }));
    expect(r.merge).toEqual({ survivor: `Patient/${survivor.id}`, retired: retiredRef });
    expect(find<Patient>(r, 'Patient')!.link).toEqual([{ other: { reference: retiredRef }, type: 'replaces' }]);
    expect(r.patients).toEqual([`Patient/${survivor.id}`, retiredRef]);
  });

  it('refuses with typed errors: unsupported events (AR), no PID, no MRG, empty PID-3 (AE)', () => {
    const error = (text: string) => {
      try {
        map(text);
      } catch (e) {
        return e as Hl7MappingError;
      }
      throw new Error('no error');
    };
    expect([error(adt('A05')).code, error(adt('A05')).hl7Error.code]).toEqual(['unsupported-event', '201']);
    expect(error(adt('A01').replace(/\rPID[^\r]*/, '')).code).toBe('missing-segment');
    expect(error(adt('A40')).location).toMatchObject({ segment: 'MRG', field: 1 });
    expect(error(adt('A01', { pid: 'PID|1||' })).location).toMatchObject({ segment: 'PID', field: 3 });
  });
});
