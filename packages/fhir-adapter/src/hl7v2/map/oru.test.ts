import type { Observation } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import {
  buildPatientContext,
  type Hl7MappingError,
  mapHl7Message,
  OBSERVATION_CATEGORY_VITAL_SIGNS,
  parseHl7Message,
  type Hl7MappingResult,
} from '../../index.js';
import { validateR4 } from '../../testing/validate.js';
import { hl7 } from '../testing/hl7-fixtures.js';
import { UNWELL, vitalSignsOru } from '../testing/vital-signs-oru.js';

const map = (text: string): Hl7MappingResult => mapHl7Message(parseHl7Message(text));
const observations = (r: Hl7MappingResult) =>
  r.bundle.entry.map((e) => e.resource).filter((x): x is Observation => x?.resourceType === 'Observation');
const byCode = (r: Hl7MappingResult, code: string) => observations(r).find((o) => o.code.coding?.[0]?.code === code)!;
const ORU = (...obx: string[]) =>
  hl7(
    'MSH|^~\\&|LAB|HOSP|MER|HOSP|20240501100000+0000||ORU^R01^ORU_R01|L1|P|2.5.1',
    'PID|1||MRN1^^^HOSP^MR',
    `OBR|1|PL1^ORD|FI1^LAB|24331-1^Lipid panel^LN|||20240501080000+0000${'|'.repeat(18)}F`,
    ...obx,
  );

describe('ORU^R01 vital signs', () => {
  const result = map(vitalSignsOru({ mrn: 'MRN100', controlId: 'V1', time: '20240501095500+0000', values: UNWELL }));

  it('files LOINC-coded vital signs under vital-signs, with UCUM quantities, valid R4', () => {
    const rr = byCode(result, '9279-1');
    expect(rr.category).toEqual([{ coding: [OBSERVATION_CATEGORY_VITAL_SIGNS] }]);
    expect(rr.valueQuantity).toEqual({
      value: 26,
      unit: 'breaths/min',
      system: 'http://unitsofmeasure.org',
      code: '/min',
    });
    expect(rr.code.coding?.[0]).toEqual({ code: '9279-1', system: 'http://loinc.org', display: 'Respiratory rate' });
    expect(rr.effectiveDateTime).toBe('2024-05-01T09:55:00Z');
    expect(rr.referenceRange?.[0]).toMatchObject({ text: '12-20', low: { value: 12 }, high: { value: 20 } });
    for (const o of observations(result)) expect(validateR4(o).valid).toBe(true);
    expect(result.bundle.entry.find((e) => e.resource?.resourceType === 'DiagnosticReport')?.resource).toMatchObject({
      status: 'final',
      result: expect.any(Array),
    });
  });

  it('gives a PatientContext that Meridian risk engines read (values in canonical units)', () => {
    const context = buildPatientContext(
      { resourceType: 'Bundle', type: 'collection', entry: result.bundle.entry.map((e) => ({ resource: e.resource })) },
      { referenceTime: '2024-05-01T10:00:00Z' },
    );
    expect(context.patient.reference).toBe(result.patients[0]);
    expect(context.measurements.respiratoryRate?.value).toBe(26);
    expect(context.measurements.oxygenSaturation?.value).toBe(90);
    expect(context.measurements.systolicBp?.value).toBe(95);
    expect(context.measurements.heartRate?.value).toBe(125);
    expect(context.measurements.temperature?.value).toBe(39.2);
    expect(context.measurements.inhaledOxygenFlow?.value).toBe(4);
    expect(context.findings.levelOfConsciousness?.value).toEqual([expect.objectContaining({ code: 'LA6560-2' })]);
  });
});

describe('ORU^R01 values and statuses', () => {
  it('maps NM, ST/TX, CWE, SN (quantity, range, ratio, text), NR, DTM and TM values', () => {
    const r = map(
      ORU(
        'OBX|1|NM|2093-3^Cholesterol^LN||210|mg/dl|90-200|H|||F',
        'OBX|2|ST|8251-1^Service comment^LN||Sample slightly haemolysed||||||F',
        'OBX|3|TX|11526-1^Report^LN||Line one~Line two||||||F',
        'OBX|4|CWE|882-1^ABO and Rh^LN||278149003^Blood group A Rh(D) positive^SCT||||||F',
        'OBX|5|SN|1554-5^Glucose^LN||>^180|mg/dL||H|||F',
        'OBX|6|SN|5778-6^Color^LN||^10^-^20|/[HPF]||||||F',
        'OBX|7|SN|5196-1^HBsAg titer^LN||^1^:^128|||||||F',
        'OBX|8|SN|X1^Odd^L||<>^5|||||||F',
        'OBX|9|NR|X2^Range^L||3^7|mmol/L||||||F',
        'OBX|10|DTM|X3^When^L||20240101093000+0100|||||||F',
        'OBX|11|TM|X4^At^L||0930|||||||F',
      ),
    );
    const o = observations(r);
    expect(o[0]).toMatchObject({
      valueQuantity: { value: 210, unit: 'mg/dl', code: 'mg/dL', system: 'http://unitsofmeasure.org' },
      interpretation: [{ coding: [{ code: 'H' }] }],
    });
    expect(o[1]!.valueString).toBe('Sample slightly haemolysed');
    expect(o[2]!.valueString).toBe('Line one\nLine two');
    expect(o[3]!.valueCodeableConcept?.coding?.[0]).toEqual({
      code: '278149003',
      system: 'http://snomed.info/sct',
      display: 'Blood group A Rh(D) positive',
    });
    expect(o[4]!.valueQuantity).toMatchObject({ value: 180, comparator: '>', code: 'mg/dL' });
    expect(o[5]!.valueRange).toMatchObject({ low: { value: 10 }, high: { value: 20 } });
    expect(o[6]!.valueRatio).toEqual({ numerator: { value: 1 }, denominator: { value: 128 } });
    expect(o[7]!.valueString).toBe('<> 5');
    expect(o[8]!.valueRange).toMatchObject({ low: { value: 3, code: 'mmol/L' }, high: { value: 7 } });
    expect(o[9]!.valueDateTime).toBe('2024-01-01T09:30:00+01:00');
    expect(o[10]!.valueTime).toBe('09:30:00');
    for (const obs of o) expect(validateR4(obs).schemaErrors).toEqual([]);
    expect(o.every((x) => x.category?.[0]?.coding?.[0]?.code === 'laboratory')).toBe(true);
  });

  it('maps result statuses F, P, C, X (with its alternate code) and N (not asked)', () => {
    const r = map(
      ORU(
        'OBX|1|NM|A^a^L||1||||||F',
        'OBX|2|NM|B^b^L||1||||||P',
        'OBX|3|NM|C^c^L||1||||||C',
        'OBX|4|NM|D^d^L||||||||X',
        'OBX|5|NM|E^e^L||||||||N',
      ),
    );
    const o = observations(r);
    expect(o.map((x) => x.status)).toEqual(['final', 'preliminary', 'corrected', 'cancelled', 'final']);
    expect(
      (o[3] as Observation & { _status?: { extension: { valueCodeableConcept: { coding: { code: string }[] } }[] } })
        ._status?.extension[0]?.valueCodeableConcept.coding[0]?.code,
    ).toBe('X');
    expect(o[4]!.dataAbsentReason?.coding?.[0]?.code).toBe('not-asked');
    for (const obs of o) expect(validateR4(obs).valid).toBe(true);
  });

  it('gives a corrected OBX the id of the value it corrects, so it supersedes it', () => {
    const first = byCode(map(ORU('OBX|1|NM|2093-3^Cholesterol^LN||210|mg/dL|||||F')), '2093-3');
    const corrected = byCode(map(ORU('OBX|1|NM|2093-3^Cholesterol^LN||190|mg/dL|||||C')), '2093-3');
    expect(corrected.id).toBe(first.id);
    expect([first.status, corrected.status, corrected.valueQuantity?.value]).toEqual(['final', 'corrected', 190]);
    const other = byCode(map(ORU('OBX|1|NM|2093-3^Cholesterol^LN|2|210|mg/dL|||||F')), '2093-3');
    expect(other.id).not.toBe(first.id);
  });

  it('keeps two OBX of the same code apart, and their ids stable across resends', () => {
    const text = ORU('OBX|1|TX|FIND^Findings^L||first||||||F', 'OBX|2|TX|FIND^Findings^L||second||||||F');
    const ids = observations(map(text)).map((o) => o.id);
    expect(new Set(ids).size).toBe(2);
    expect(observations(map(text)).map((o) => o.id)).toEqual(ids);
  });

  it('warns, without values, when it cannot read a value, and never invents one', () => {
    const r = map(ORU('OBX|1|NM|A^a^L||about five||||||F', 'OBX|2|ED|B^b^L||^AP^PDF^Base64^JVBERi0=||||||F'));
    const o = observations(r);
    expect(o[0]!.valueString).toBe('about five');
    expect(o[1]!.valueString).toBeUndefined();
    expect(r.warnings.map((w) => w.text)).toEqual([
      'OBX-5 is not a number although OBX-2 is NM; value kept as text',
      "OBX-5 of type 'ED' could not be read; value left out",
    ]);
  });

  it('refuses, as typed errors, results with no patient and orders with no code or a Y/Z status', () => {
    const error = (text: string) => {
      try {
        map(text);
      } catch (e) {
        return e as Hl7MappingError;
      }
      throw new Error('no error');
    };
    expect(error(hl7('MSH|^~\\&|L|H|M|H|2024||ORU^R01|1|P|2.5', 'OBR|1|||X^x^L', 'OBX|1|NM|A^a^L||1')).code).toBe(
      'missing-segment',
    );
    expect(error(hl7('MSH|^~\\&|L|H|M|H|2024||ORU^R01|1|P|2.5', 'PID|1||1^^^H^MR', 'OBR|1')).location).toMatchObject({
      segment: 'OBR',
      field: 4,
    });
    expect(
      error(hl7('MSH|^~\\&|L|H|M|H|2024||ORU^R01|1|P|2.5', 'PID|1||1^^^H^MR', 'OBR|1|||X^x^L|||||||||||||||||||||Y'))
        .hl7Error.code,
    ).toBe('103');
    expect(error(hl7('MSH|^~\\&|L|H|M|H|2024||ORU^R30|1|P|2.5', 'PID|1||1^^^H^MR')).code).toBe('unsupported-event');
    expect(error(hl7('MSH|^~\\&|L|H|M|H|2024||ORM^O01|1|P|2.5', 'PID|1||1^^^H^MR')).hl7Error.code).toBe('200');
  });
});
