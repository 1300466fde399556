import { buildPatientContext } from '@meridian/fhir-adapter';
import { describe, expect, it } from 'vitest';
import { computeCurb65, computePceAscvd } from './index.js';

/**
 * The contract between the adapter (which normalises to its canonical units)
 * and the calculators (which read in their publications' units): a real
 * bundle goes through the real adapter, so a unit assumed rather than
 * converted shows up here.
 */
const at = '2026-06-01T12:00:00Z';
const observation = (id: string, code: string, value: number, unit: string) => ({
  resource: {
    resourceType: 'Observation',
    id,
    status: 'final',
    subject: { reference: 'Patient/u1' },
    effectiveDateTime: '2026-06-01T08:00:00Z',
    code: { coding: [{ system: 'http://loinc.org', code }] },
    valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit },
  },
});
const bundle = (...entries: object[]) => ({
  resourceType: 'Bundle',
  type: 'collection',
  entry: [{ resource: { resourceType: 'Patient', id: 'u1', gender: 'female', birthDate: '1971-01-01' } }, ...entries],
});

describe('adapter units into calculator units', () => {
  it('PCE reads cholesterol in mg/dL whether it was recorded in mg/dL or mmol/L', () => {
    const inMg = buildPatientContext(
      bundle(
        observation('tc', '2093-3', 213, 'mg/dL'),
        observation('hdl', '2085-9', 50, 'mg/dL'),
        observation('sbp', '8480-6', 120, 'mm[Hg]'),
      ),
      { referenceTime: at },
    );
    const inMmol = buildPatientContext(
      bundle(
        observation('tc', '14647-2', 5.508, 'mmol/L'),
        observation('hdl', '14646-4', 1.293, 'mmol/L'),
        observation('sbp', '8480-6', 120, 'mm[Hg]'),
      ),
      { referenceTime: at },
    );
    const answers = { currentSmoker: false, diabetes: false, onBloodPressureTreatment: false, race: 'white' };
    const a = computePceAscvd(inMg, answers);
    const b = computePceAscvd(inMmol, answers);
    const tc = (r: typeof a) => r.inputs.find((i) => i.name === 'totalCholesterol');
    expect(tc(a)).toMatchObject({ status: 'used', unit: 'mg/dL' });
    expect(tc(a)!.value as number).toBeCloseTo(213, 0);
    expect(tc(b)!.value as number).toBeCloseTo(213, 0);
    expect(a.status).toBe('complete');
    expect(b.probability!.value!).toBeCloseTo(a.probability!.value!, 3);
  });

  it('CURB-65 scores BUN on its own mg/dL threshold, not converted to urea', () => {
    const context = buildPatientContext(bundle(observation('bun', '3094-0', 19.5, 'mg/dL')), { referenceTime: at });
    const result = computeCurb65(context, {});
    const urea = result.inputs.find((i) => i.name === 'urea');
    expect(urea).toMatchObject({ status: 'used', value: 19.5, unit: 'mg/dL' });
    expect(result.criteria.find((c) => c.name === 'urea')?.points).toBe(1);
  });
});
