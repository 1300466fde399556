import { describe, expect, it } from 'vitest';
import { describeResource } from './describe-resource.js';

describe('describeResource', () => {
  it('names an Observation by reference, code, value and time', () => {
    expect(
      describeResource({
        resourceType: 'Observation',
        id: 'rr',
        status: 'final',
        code: { coding: [{ code: '9279-1', display: 'Respiratory rate' }] },
        valueQuantity: { value: 24, unit: '/min' },
        effectiveDateTime: '2026-01-01T08:00:00Z',
      }),
    ).toEqual(['Observation/rr', 'Respiratory rate', 'Value: 24 /min', 'When: 2026-01-01T08:00:00Z', 'Status: final']);
  });

  it('names a Condition by its text and clinical status, and leaves out what is absent', () => {
    expect(
      describeResource({
        resourceType: 'Condition',
        id: 'c',
        code: { text: 'Pneumonia' },
        clinicalStatus: { coding: [{ code: 'active' }] },
      }),
    ).toEqual(['Condition/c', 'Pneumonia', 'Status: active']);
    expect(describeResource({ resourceType: 'Patient', id: 'p' })).toEqual(['Patient/p']);
  });
});
