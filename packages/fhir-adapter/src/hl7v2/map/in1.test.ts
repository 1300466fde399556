import type { Coverage, Organization } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { decodeHl7Bytes, mapHl7Message, parseHl7Message } from '../../index.js';
import { validateR4 } from '../../testing/validate.js';
import { hl7, hl7Fixtures, segment } from '../testing/hl7-fixtures.js';

const resources = (text: string, charset?: string) =>
  mapHl7Message(parseHl7Message(text, charset)).bundle.entry.map((e) => e.resource);

describe('IN1 -> Coverage (ADT)', () => {
  it('maps the insurer of a fixture ADT^A01 as the payor Organization; valid R4', () => {
    const fixture = hl7Fixtures().find((f) => f.path.endsWith('hapi-hl7v2/adt_a01_v24.hl7'))!;
    const { text, charset } = decodeHl7Bytes(fixture.bytes);
    const all = resources(text, charset);
    const [coverage] = all.filter((r) => r?.resourceType === 'Coverage') as Coverage[];
    const payor = all.find((r) => `Organization/${r?.id}` === coverage!.payor[0]!.reference) as Organization;
    expect(payor).toMatchObject({ name: 'OHIP', identifier: [{ value: '001001' }] });
    expect(coverage).toMatchObject({
      status: 'active',
      beneficiary: { reference: expect.stringMatching(/^Patient\//) },
    });
    expect(validateR4(coverage).valid).toBe(true);
    expect(validateR4(payor).valid).toBe(true);
  });

  it('keeps one Coverage per IN1, the patient as payor when no insurer is named, ids stable across resends', () => {
    const text = hl7(
      'PID|1||MRN1^^^HOSP^MR||DOE^JANE',
      'PV1|1|I',
      segment('IN1', {
        1: '1',
        2: 'PLAN-7',
        3: '67',
        4: 'PARTNERS HMO',
        12: '20240101',
        13: '20241231',
        15: 'HMO',
        17: 'SEL',
      }),
      'IN1|2',
    );
    const coverages = resources(text).filter((r) => r?.resourceType === 'Coverage') as Coverage[];
    expect(coverages).toHaveLength(2);
    expect(coverages[0]).toMatchObject({
      identifier: [{ value: 'PLAN-7' }],
      period: { start: '2024-01-01', end: '2024-12-31' },
      relationship: { coding: [{ code: 'SEL' }] },
    });
    expect(coverages[1]!.payor[0]!.reference).toBe(coverages[1]!.beneficiary.reference);
    expect((resources(text).filter((r) => r?.resourceType === 'Coverage') as Coverage[]).map((c) => c.id)).toEqual(
      coverages.map((c) => c.id),
    );
    for (const c of coverages) expect(validateR4(c).valid).toBe(true);
  });
});
