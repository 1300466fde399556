import { describe, expect, it } from 'vitest';
import { effectiveTime, locateValue, primaryCode, valueAt } from './observation-values.js';

const LOINC = 'http://loinc.org';
const bpPanel = (systolic: number, diastolic: number, status = 'final') => ({
  resourceType: 'Observation',
  status,
  code: { coding: [{ system: LOINC, code: '85354-9', display: 'Blood pressure panel' }] },
  effectivePeriod: { start: '2026-03-01T10:00:00Z' },
  component: [
    {
      code: { coding: [{ system: LOINC, code: '8480-6', display: 'Systolic blood pressure' }] },
      valueQuantity: { value: systolic, unit: 'mmHg', code: 'mm[Hg]' },
    },
    {
      code: { coding: [{ system: LOINC, code: '8462-4', display: 'Diastolic blood pressure' }] },
      valueQuantity: { value: diastolic, unit: 'mmHg', code: 'mm[Hg]' },
    },
  ],
});

describe('reading Observations for the trend charts', () => {
  it('finds the component of a panel that holds the value the score used', () => {
    const site = locateValue(bpPanel(98, 58), 58);
    expect(site).toEqual({
      kind: 'component',
      code: { system: LOINC, code: '8462-4', display: 'Diastolic blood pressure' },
    });
    expect(valueAt(bpPanel(131, 77), site!)).toEqual({ value: 77, unit: 'mm[Hg]' });
    expect(effectiveTime(bpPanel(1, 2))).toBe('2026-03-01T10:00:00Z');
  });

  it('prefers LOINC, takes the UCUM code over the unit text, and skips entered-in-error values', () => {
    const hr = {
      status: 'final',
      code: {
        coding: [
          { system: 'http://snomed.info/sct', code: '364075005' },
          { system: LOINC, code: '8867-4' },
        ],
        text: 'Pulse',
      },
      valueQuantity: { value: 88, unit: 'beats/minute', code: '/min' },
      effectiveDateTime: 'not a date',
      issued: '2026-03-01T10:05:00Z',
    };
    expect(primaryCode(hr)).toEqual({ system: LOINC, code: '8867-4', display: 'Pulse' });
    expect(locateValue(hr, 88)).toEqual({ kind: 'value' });
    expect(valueAt(hr, { kind: 'value' })).toEqual({ value: 88, unit: '/min' });
    expect(effectiveTime(hr)).toBe('2026-03-01T10:05:00Z');
    expect(valueAt({ ...hr, status: 'entered-in-error' }, { kind: 'value' })).toBeUndefined();
  });

  it('gives nothing for shapes that carry no number', () => {
    for (const bad of [
      {},
      { valueQuantity: { value: '12' } },
      { valueQuantity: { value: Number.NaN } },
      { component: 'x' },
      { valueString: '12' },
    ]) {
      expect(locateValue(bad, 12)).toBeUndefined();
      expect(valueAt(bad, { kind: 'value' })).toBeUndefined();
    }
  });
});
