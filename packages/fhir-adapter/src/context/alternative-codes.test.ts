import { describe, expect, it } from 'vitest';
import { buildPatientContext } from './build-patient-context.js';

/**
 * The LOINC alternatives real EHRs send for the vital signs and labs the
 * calculators read: other body sites, positions and oximetry codes, and urea
 * nitrogen in molar units (converted through UCUM with its molar mass).
 */
const at = '2026-06-01T12:00:00Z';
const observation = (id: string, code: string, value: number, unit: string) => ({
  resource: {
    resourceType: 'Observation',
    id,
    status: 'final',
    subject: { reference: 'Patient/p' },
    effectiveDateTime: '2026-06-01T11:00:00Z',
    code: { coding: [{ system: 'http://loinc.org', code }] },
    valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit },
  },
});
const contextOf = (...entries: ReturnType<typeof observation>[]) =>
  buildPatientContext(
    {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ resource: { resourceType: 'Patient', id: 'p' } }, ...entries],
    },
    { referenceTime: at },
  );

describe('LOINC alternatives', () => {
  it.each([
    ['75539-7', 'temporal artery'],
    ['76011-6', 'ear'],
    ['8329-5', 'core'],
    ['8334-5', 'urinary bladder'],
    ['60836-4', 'oesophageal'],
    ['8331-1', 'oral'],
  ])('reads temperature coded %s (%s), converting °F', (code) => {
    const t = contextOf(observation('t', code, 101.3, '[degF]')).measurements.temperature;
    expect(t).toMatchObject({ unit: 'Cel', matchedCode: { code } });
    expect(t!.value).toBeCloseTo(38.5, 1);
  });

  it('does not read a skin-surface temperature as body temperature', () => {
    expect(contextOf(observation('t', '61008-9', 33, 'Cel')).measurements.temperature).toBeUndefined();
  });

  it.each(['2710-2', '59410-1', '59417-6', '59408-5'])('reads SpO2 coded %s', (code) => {
    expect(contextOf(observation('s', code, 0.94, '1')).measurements.oxygenSaturation).toMatchObject({
      value: 94,
      unit: '%',
    });
  });

  it.each([
    ['69000-8', 'heartRate'],
    ['76174-2', 'respiratoryRate'],
    ['8459-0', 'systolicBp'],
    ['8453-3', 'diastolicBp'],
  ] as const)('reads %s as %s', (code, key) => {
    expect(
      contextOf(observation('v', code, 60, key === 'systolicBp' || key === 'diastolicBp' ? 'mm[Hg]' : '/min'))
        .measurements[key]?.value,
    ).toBe(60);
  });

  it('reads urea nitrogen in mmol/L (14937-7) and converts it to mg/dL', () => {
    const bun = contextOf(observation('b', '14937-7', 10, 'mmol/L')).measurements.ureaNitrogen;
    expect(bun?.unit).toBe('mg/dL');
    expect(bun!.value).toBeCloseTo(28.0, 1);
  });
});
