import type { Procedure } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { Hl7MappingError, mapHl7Message, parseHl7Message } from '../../index.js';
import { validateR4 } from '../../testing/validate.js';
import { hl7, segment } from '../testing/hl7-fixtures.js';

const adt = (...pr1: string[]) =>
  hl7(
    'MSH|^~\\&|ADT|HOSP|MER|HOSP|20240101120000+0000||ADT^A03^ADT_A03|P1|P|2.5.1',
    'PID|1||MRN7^^^HOSP^MR||DOE^JANE',
    'PV1|1|I||||||||||||||||||V7^^^HOSP^VN',
    ...pr1,
  );
const procedures = (text: string) =>
  mapHl7Message(parseHl7Message(text))
    .bundle.entry.map((e) => e.resource)
    .filter((r) => r?.resourceType === 'Procedure') as Procedure[];

describe('PR1 -> Procedure (ADT)', () => {
  it('maps code, time, surgeon and anesthesiologist with their SNOMED CT functions, reason, identifier; valid R4', () => {
    const [procedure] = procedures(
      adt(
        segment('PR1', {
          1: '1',
          3: '80146002^Appendectomy^SCT',
          4: 'Laparoscopic appendectomy',
          5: '20240101083000+0000',
          6: 'A^Anesthesia^HL70230',
          8: '2002^GAS^ANNA',
          11: '2001^KNIFE^SAM',
          15: 'K35.80^Acute appendicitis^I10',
          19: 'PROC-1^HOSP',
        }),
      ),
    );
    expect(procedure).toMatchObject({
      status: 'unknown',
      code: { coding: [{ code: '80146002', system: 'http://snomed.info/sct' }], text: 'Laparoscopic appendectomy' },
      performedDateTime: '2024-01-01T08:30:00Z',
      identifier: [{ value: 'PROC-1' }],
      encounter: { reference: expect.stringMatching(/^Encounter\//) },
    });
    expect(procedure!.performer?.map((p) => p.function?.coding?.[0]?.code)).toEqual(['88189002', '304292004']);
    expect(procedure!.reasonCode?.[0]?.coding?.[0]?.code).toBe('K35.80');
    expect(validateR4(procedure).valid).toBe(true);
  });

  it('keeps one Procedure per PR1, with ids stable across resends, and takes PR1-4 alone as the code text', () => {
    const text = adt(
      'PR1|1||80146002^Appendectomy^SCT||20240101083000+0000',
      'PR1|2|||Wound dressing|20240102090000+0000',
    );
    const first = procedures(text);
    expect(first.map((p) => p.code?.text ?? p.code?.coding?.[0]?.code)).toEqual(['80146002', 'Wound dressing']);
    expect(procedures(text).map((p) => p.id)).toEqual(first.map((p) => p.id));
    for (const p of first) expect(validateR4(p).valid).toBe(true);
  });

  it('answers a PR1 without a code or description with an AE error naming PR1-3', () => {
    expect(() => procedures(adt('PR1|1||||20240101083000+0000'))).toThrow(Hl7MappingError);
    try {
      procedures(adt('PR1|1||||20240101083000+0000'));
    } catch (error) {
      expect((error as Hl7MappingError).location).toMatchObject({ segment: 'PR1', field: 3 });
    }
  });
});
