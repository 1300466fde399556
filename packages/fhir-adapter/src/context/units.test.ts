import { describe, expect, it } from 'vitest';
import { buildPatientContext, MEASURES, MOLECULAR_WEIGHTS, toCanonicalValue } from '../index.js';

const NOW = '2024-05-01T12:00:00Z';

function observation(
  id: string,
  code: string,
  valueQuantity: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    subject: { reference: 'Patient/p1' },
    code: { coding: [{ system: 'http://loinc.org', code }] },
    effectiveDateTime: '2024-05-01T11:00:00Z',
    valueQuantity,
    ...extra,
  };
}

function contextOf(...resources: unknown[]) {
  return buildPatientContext(
    {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { resource: { resourceType: 'Patient', id: 'p1', birthDate: '1950-06-01', gender: 'female' } },
        ...resources.map((resource) => ({ resource })),
      ],
    },
    { referenceTime: NOW },
  );
}

describe('unit conversions (UCUM)', () => {
  it('°F -> °C, from the UCUM code or the common "degF" spelling', () => {
    expect(
      toCanonicalValue(MEASURES.temperature, { value: 98.6, code: '[degF]', system: 'http://unitsofmeasure.org' }),
    ).toEqual({ ok: true, value: 37, unit: 'Cel' });
    expect(toCanonicalValue(MEASURES.temperature, { value: 101.3, unit: 'degF' })).toMatchObject({
      ok: true,
      value: expect.closeTo(38.5, 6),
    });
  });

  it('lb -> kg and [in_i] -> cm', () => {
    expect(toCanonicalValue(MEASURES.bodyWeight, { value: 150, code: '[lb_av]' })).toMatchObject({
      value: expect.closeTo(68.0389, 3),
    });
    expect(toCanonicalValue(MEASURES.bodyWeight, { value: 150, unit: 'lbs' })).toMatchObject({
      value: expect.closeTo(68.0389, 3),
    });
    expect(toCanonicalValue(MEASURES.bodyHeight, { value: 70, code: '[in_i]' })).toMatchObject({
      value: expect.closeTo(177.8, 6),
    });
  });

  it('glucose mg/dL -> mmol/L divides by 18.0156 (molar mass 180.156 g/mol), and back is identity in mmol/L', () => {
    expect(MOLECULAR_WEIGHTS.glucose).toBe(180.156);
    expect(toCanonicalValue(MEASURES.glucose, { value: 180.156, code: 'mg/dL' })).toMatchObject({
      value: expect.closeTo(10, 9),
    });
    expect(toCanonicalValue(MEASURES.glucose, { value: 90, unit: 'mg/dl' })).toMatchObject({
      value: expect.closeTo(4.9957, 3),
    });
    expect(toCanonicalValue(MEASURES.glucose, { value: 5.5, code: 'mmol/L' })).toMatchObject({ value: 5.5 });
  });

  it('creatinine mg/dL -> µmol/L multiplies by 88.4', () => {
    const result = toCanonicalValue(MEASURES.creatinine, { value: 1, code: 'mg/dL' });
    expect(result).toMatchObject({ ok: true, unit: 'umol/L', value: expect.closeTo(88.4, 1) });
    expect(toCanonicalValue(MEASURES.creatinine, { value: 2.5, unit: 'mg/dL' })).toMatchObject({
      value: expect.closeTo(221, 0),
    });
  });

  it('BUN mg/dL, urea mg/dL -> mmol/L and cholesterol mg/dL -> mmol/L use their molar masses', () => {
    expect(toCanonicalValue(MEASURES.ureaNitrogen, { value: 5, code: 'mmol/L' })).toMatchObject({
      value: expect.closeTo(14.007, 3),
    });
    expect(toCanonicalValue(MEASURES.urea, { value: 60.06, code: 'mg/dL' })).toMatchObject({
      value: expect.closeTo(10, 9),
    });
    expect(toCanonicalValue(MEASURES.totalCholesterol, { value: 200, code: 'mg/dL' })).toMatchObject({
      value: expect.closeTo(5.1726, 3),
    });
  });

  it('maps common non-UCUM spellings and prefers valueQuantity.code over unit text', () => {
    expect(toCanonicalValue(MEASURES.heartRate, { value: 80, unit: 'bpm' })).toMatchObject({ ok: true, value: 80 });
    expect(toCanonicalValue(MEASURES.heartRate, { value: 80, unit: 'beats/minute' })).toMatchObject({
      ok: true,
      value: 80,
    });
    expect(toCanonicalValue(MEASURES.systolicBp, { value: 120, unit: 'mmHg' })).toMatchObject({ ok: true, value: 120 });
    expect(toCanonicalValue(MEASURES.oxygenSaturation, { value: 0.95, code: '1' })).toMatchObject({
      ok: true,
      value: 95,
    });
    expect(toCanonicalValue(MEASURES.temperature, { value: 98.6, code: '[degF]', unit: 'Cel' })).toMatchObject({
      value: 37,
    });
    expect(toCanonicalValue(MEASURES.sodium, { value: 140, unit: 'mEq/L' })).toMatchObject({ ok: true, value: 140 });
    expect(toCanonicalValue(MEASURES.hba1c, { value: 48, code: 'mmol/mol' })).toMatchObject({
      value: expect.closeTo(6.54, 2),
    });
  });

  it('refuses kelvin for body temperature, unknown units and missing units', () => {
    expect(toCanonicalValue(MEASURES.temperature, { value: 310, code: 'K' })).toEqual({
      ok: false,
      reason: 'unknown-unit',
    });
    expect(toCanonicalValue(MEASURES.heartRate, { value: 80, unit: 'furlongs' })).toEqual({
      ok: false,
      reason: 'unknown-unit',
    });
    expect(toCanonicalValue(MEASURES.heartRate, { value: 80 })).toEqual({ ok: false, reason: 'unknown-unit' });
    expect(toCanonicalValue(MEASURES.oxygenSaturation, { value: 3, code: '{score}' })).toEqual({
      ok: false,
      reason: 'unknown-unit',
    });
    expect(toCanonicalValue(MEASURES.inr, { value: 1.1 })).toMatchObject({ ok: true, value: 1.1 });
  });
});

describe('in a context: conversions applied, absurd values excluded and reported', () => {
  it('converts a Fahrenheit temperature and a weight in pounds', () => {
    const { measurements } = contextOf(
      observation('t', '8310-5', { value: 100.4, unit: '°F' }),
      observation('w', '29463-7', { value: 200, unit: 'lb', system: 'http://unitsofmeasure.org', code: '[lb_av]' }),
    );
    expect(measurements.temperature).toMatchObject({ value: 38, unit: 'Cel', original: { value: 100.4, unit: '°F' } });
    expect(measurements.bodyWeight?.value).toBeCloseTo(90.718, 2);
  });

  it('a kelvin "310" does not become a temperature; 310 Cel, SpO2 101 % and heart rate 400 are implausible', () => {
    const { measurements, issues } = contextOf(
      observation('k', '8310-5', { value: 310, unit: 'K', system: 'http://unitsofmeasure.org', code: 'K' }),
      observation('c', '8310-5', { value: 310, code: 'Cel' }, { effectiveDateTime: '2024-05-01T10:00:00Z' }),
      observation('s', '59408-5', { value: 101, code: '%' }),
      observation('h', '8867-4', { value: 400, code: '/min' }),
      observation('h-neg', '8867-4', { value: -5, code: '/min' }, { effectiveDateTime: '2024-05-01T11:30:00Z' }),
    );
    expect(measurements.temperature).toBeUndefined();
    expect(measurements.oxygenSaturation).toBeUndefined();
    expect(measurements.heartRate).toBeUndefined();
    expect(issues).toContainEqual(expect.objectContaining({ code: 'unknown-unit', source: 'Observation/k' }));
    for (const id of ['c', 's', 'h', 'h-neg']) {
      expect(issues).toContainEqual(
        expect.objectContaining({ code: 'implausible-value', source: `Observation/${id}` }),
      );
    }
    expect(issues.every((i) => !/310|400|101/.test(i.message))).toBe(true); // no values in messages
  });

  it('falls back to the latest plausible value when the newest one is absurd', () => {
    const { measurements } = contextOf(
      observation('old', '8867-4', { value: 88, code: '/min' }, { effectiveDateTime: '2024-05-01T09:00:00Z' }),
      observation('new', '8867-4', { value: 900, code: '/min' }, { effectiveDateTime: '2024-05-01T11:00:00Z' }),
    );
    expect(measurements.heartRate).toMatchObject({ value: 88, source: 'Observation/old' });
  });
});
