import type { Patient } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { decodeHl7Bytes, mapHl7Message, parseHl7Message } from '../../index.js';
import { validateR4 } from '../../testing/validate.js';
import { hl7, hl7Fixtures } from '../testing/hl7-fixtures.js';

const patientOf = (text: string, charset?: string) =>
  mapHl7Message(parseHl7Message(text, charset))
    .bundle.entry.map((e) => e.resource)
    .find((r) => r?.resourceType === 'Patient') as Patient;

describe('NK1 -> Patient.contact', () => {
  it('maps the next of kin of a fixture ADT^A04 (name, relationship, phone, contact role); valid R4', () => {
    const fixture = hl7Fixtures().find((f) => f.path.endsWith('simple-hl7/adt_a04_v25.hl7'))!;
    const { text, charset } = decodeHl7Bytes(fixture.bytes);
    const patient = patientOf(text, charset);
    expect(patient.contact).toHaveLength(1);
    const [contact] = patient.contact!;
    expect(contact!.name).toMatchObject({ family: 'ROE', given: ['MARIE'] });
    expect(contact!.relationship?.map((r) => r.coding?.[0]?.code)).toEqual(['SPO', 'EC']);
    expect(contact!.telecom?.[0]).toMatchObject({ value: '(216)123-4567', use: 'home' });
    expect(validateR4(patient).valid).toBe(true);
  });

  it('keeps several NK1 in order, marks NK1-6 work, and leaves out an NK1 that names nobody', () => {
    const patient = patientOf(
      hl7(
        'PID|1||MRN1^^^HOSP^MR||DOE^JANE',
        'NK1|1|DOE^JOHN|SPO^Spouse^HL70063||^PRN^PH^^^555^1234567|^PRN^PH^^^555^7654321||20200101|||||||M',
        'NK1|2|||',
        'NK1|3|SMITH^ANN|FND^Friend^HL70063',
        'PV1|1|I',
      ),
    );
    expect(patient.contact?.map((c) => c.name?.family)).toEqual(['DOE', 'SMITH']);
    expect(patient.contact![0]).toMatchObject({ gender: 'male', period: { start: '2020-01-01' } });
    expect(patient.contact![0]!.telecom?.map((t) => t.use)).toEqual(['home', 'work']);
    expect(validateR4(patient).valid).toBe(true);
  });
});
