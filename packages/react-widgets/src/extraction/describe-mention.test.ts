import { describe, expect, it } from 'vitest';
import { mentionLabel, mentionsOf } from './describe-mention.js';

const BASE = 'https://meridian.example.org/fhir/StructureDefinition';
const span = (start: number, end: number, text: string) => ({
  url: `${BASE}/source-span`,
  extension: [
    { url: 'start', valueInteger: start },
    { url: 'end', valueInteger: end },
    { url: 'text', valueString: text },
  ],
});

describe('mentionsOf', () => {
  it('reads the span, the assertions other than affirmed, the code and the mapped status', () => {
    const [negated, family, plain] = mentionsOf({
      bundle: {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [
          {
            resource: {
              resourceType: 'Condition',
              extension: [span(7, 17, 'chest pain'), { url: `${BASE}/assertion`, valueCode: 'negated' }],
              verificationStatus: { coding: [{ code: 'refuted' }] },
              code: { text: 'chest pain' },
            },
          },
          {
            resource: {
              resourceType: 'FamilyMemberHistory',
              extension: [span(18, 24, 'cancer'), { url: `${BASE}/assertion`, valueCode: 'family' }],
              status: 'completed',
              relationship: { coding: [{ code: 'MTH', display: 'mother' }] },
              condition: [
                {
                  code: {
                    coding: [
                      { system: 'http://snomed.info/sct', code: '363346000', display: 'Malignant neoplastic disease' },
                    ],
                  },
                },
              ],
            },
          },
          {
            resource: {
              resourceType: 'Observation',
              extension: [{ url: `${BASE}/assertion`, valueCode: 'affirmed' }],
              status: 'final',
            },
          },
        ],
      } as never,
    });
    expect(negated).toMatchObject({
      index: 0,
      span: { start: 7, end: 17, text: 'chest pain' },
      assertions: ['negated'],
      display: 'chest pain',
      code: undefined,
      status: 'verification: refuted',
    });
    expect(mentionLabel(negated!)).toBe('Condition: chest pain (negated)');
    expect(family).toMatchObject({
      assertions: ['family'],
      display: 'Malignant neoplastic disease',
      code: 'http://snomed.info/sct|363346000',
      status: 'status: completed, relative: mother',
    });
    expect(mentionLabel(family!)).toBe('FamilyMemberHistory: Malignant neoplastic disease (family history)');
    expect(plain).toMatchObject({ span: undefined, assertions: [], display: undefined });
    expect(mentionLabel(plain!)).toBe('Observation');
  });
});
