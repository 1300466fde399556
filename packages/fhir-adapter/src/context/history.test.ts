import { describe, expect, it } from 'vitest';
import { buildPatientContext } from '../index.js';

const observation = (id: string, value: number, unit: string, at: string, status = 'final') => ({
  resource: {
    resourceType: 'Observation',
    id,
    status,
    subject: { reference: 'Patient/p1' },
    effectiveDateTime: at,
    code: { coding: [{ system: 'http://loinc.org', code: '8310-5' }] },
    valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit },
  },
});
const bundle = {
  resourceType: 'Bundle',
  type: 'collection',
  entry: [
    { resource: { resourceType: 'Patient', id: 'p1' } },
    observation('t3', 38.5, 'Cel', '2024-05-03T08:00:00Z'),
    observation('t1', 98.6, '[degF]', '2024-05-01T08:00:00Z'),
    observation('t2', 37.2, 'Cel', '2024-05-02T16:00:00Z'),
    observation('bad', 3700, 'Cel', '2024-05-02T09:00:00Z'),
    observation('err', 39, 'Cel', '2024-05-02T10:00:00Z', 'entered-in-error'),
  ],
};

describe('PatientContext history (keepHistory)', () => {
  it('keeps every valid value oldest first, in the canonical unit, marking stale ones', () => {
    const context = buildPatientContext(bundle, { referenceTime: '2024-05-03T12:00:00Z', keepHistory: true });
    const history = context.history!.temperature!;
    expect(history.map((m) => m.source)).toEqual(['Observation/t1', 'Observation/t2', 'Observation/t3']);
    expect(history.map((m) => m.value)).toEqual([37, 37.2, 38.5]);
    expect(history.every((m) => m.unit === 'Cel')).toBe(true);
    expect(history.map((m) => m.stale)).toEqual([true, false, false]);
    expect(history.at(-1)!.source).toBe(context.measurements.temperature!.source);
  });

  it('is absent unless asked for, and the rest of the context is unchanged', () => {
    const plain = buildPatientContext(bundle, { referenceTime: '2024-05-03T12:00:00Z' });
    const withHistory = buildPatientContext(bundle, { referenceTime: '2024-05-03T12:00:00Z', keepHistory: true });
    expect(plain.history).toBeUndefined();
    const { history: _history, ...rest } = withHistory;
    expect(rest).toEqual(plain);
  });
});
