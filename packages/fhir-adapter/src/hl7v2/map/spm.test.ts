import type { DiagnosticReport, Observation, Specimen } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { decodeHl7Bytes, mapHl7Message, parseHl7Message } from '../../index.js';
import { validateR4 } from '../../testing/validate.js';
import { hl7Fixtures } from '../testing/hl7-fixtures.js';

describe('SPM -> Specimen in an ORU^R01 (fixture CBC)', () => {
  const fixture = hl7Fixtures().find((f) => f.path.endsWith('fhir-converter/oru_r01_cbc_v25.hl7'))!;
  const { text, charset } = decodeHl7Bytes(fixture.bytes);
  const entries = mapHl7Message(parseHl7Message(text, charset)).bundle.entry.map((e) => e.resource);
  const specimens = entries.filter((r) => r?.resourceType === 'Specimen') as Specimen[];

  it('maps identifier, type (table 0487), collected and received times and availability; valid R4', () => {
    expect(specimens).toHaveLength(1);
    expect(specimens[0]).toMatchObject({
      identifier: [{ value: 'SpecimenID' }],
      type: { coding: [{ code: 'BLD', system: 'http://terminology.hl7.org/CodeSystem/v2-0487' }] },
      collection: { collectedDateTime: '2014-10-06T05:35:00+07:00' },
      receivedTime: '2014-10-06T08:21:00+07:00',
      status: 'available',
    });
    expect(validateR4(specimens[0]).valid).toBe(true);
  });

  it('is one resource for the two orders that name it, named by both reports and by each of their results', () => {
    const reference = `Specimen/${specimens[0]!.id}`;
    const reports = entries.filter((r) => r?.resourceType === 'DiagnosticReport') as DiagnosticReport[];
    expect(reports.map((r) => r.specimen)).toEqual([[{ reference }], [{ reference }]]);
    const results = entries.filter((r) => r?.resourceType === 'Observation') as Observation[];
    expect(results.length).toBeGreaterThan(0);
    for (const o of results) expect(o.specimen).toEqual({ reference });
    for (const r of entries) expect(validateR4(r).valid, r?.resourceType).toBe(true);
  });
});
