import { describe, expect, it } from 'vitest';
import { CDC_RACE, ICD10_CM, RXNORM, SNOMED } from '../codes/code-systems.js';
import { condition, makeContext, measurement, medication } from '../testing/context-factory.js';
import { PCE_EQUATIONS } from './pce-coefficients.js';
import { computePceAscvd } from './pce-ascvd.js';
import { pceIndividualSum, pceTenYearRisk, pceTermValues, type PceValues } from './pce-equation.js';

/** The worked example of the 2013 ACC/AHA guideline (Goff et al.), Table A. */
const EXAMPLE = {
  age: 55,
  totalCholesterol: 213,
  hdlCholesterol: 50,
  systolicBp: 120,
  onBloodPressureTreatment: false,
  currentSmoker: false,
  diabetes: false,
} as const;
const WHITE = [{ system: CDC_RACE, code: '2106-3' }];
const BLACK = [{ system: CDC_RACE, code: '2054-5' }];
const NEVER_SMOKER = [{ system: SNOMED, code: '266919005' }];

describe('Pooled Cohort Equations: guideline worked example', () => {
  it.each([
    ['female', 'white', 2.1],
    ['female', 'african-american', 3.0],
    ['male', 'white', 5.3],
    ['male', 'african-american', 6.1],
  ] as const)('%s %s → %s%% (to 0.1 percentage point)', (sex, race, percent) => {
    const risk = pceTenYearRisk({ ...EXAMPLE, sex, race });
    expect(Math.abs(risk * 100 - percent)).toBeLessThan(0.1);
  });

  it.each([
    [PCE_EQUATIONS.whiteFemale, 'female', -29.67],
    [PCE_EQUATIONS.africanAmericanFemale, 'female', 86.16],
    [PCE_EQUATIONS.whiteMale, 'male', 60.69],
    [PCE_EQUATIONS.africanAmericanMale, 'male', 18.97],
  ] as const)('individual sum of $label matches Table A to 0.01', (eq, sex, sum) => {
    const values: PceValues = { ...EXAMPLE, sex, race: eq.id.startsWith('african') ? 'african-american' : 'white' };
    expect(Math.abs(pceIndividualSum(pceTermValues(eq, values)) - sum)).toBeLessThanOrEqual(0.011);
  });

  it('treated SBP, smoking and diabetes raise the risk', () => {
    const base = pceTenYearRisk({ ...EXAMPLE, sex: 'male', race: 'white' });
    expect(pceTenYearRisk({ ...EXAMPLE, sex: 'male', race: 'white', onBloodPressureTreatment: true })).toBeGreaterThan(
      base,
    );
    expect(pceTenYearRisk({ ...EXAMPLE, sex: 'male', race: 'white', currentSmoker: true })).toBeGreaterThan(base);
    expect(pceTenYearRisk({ ...EXAMPLE, sex: 'male', race: 'white', diabetes: true })).toBeGreaterThan(base);
  });
});

const exampleContext = (overrides: Parameters<typeof makeContext>[0] = {}) =>
  makeContext({
    ageYears: 55,
    sex: 'female',
    raceCodes: WHITE,
    measurements: { totalCholesterol: 213, hdlCholesterol: 50, systolicBp: 120 },
    findings: { smokingStatus: NEVER_SMOKER },
    ...overrides,
  });

describe('computePceAscvd from a patient context', () => {
  it('computes the worked example with provenance, band and equation', () => {
    const r = computePceAscvd(exampleContext());
    expect(r.status).toBe('complete');
    expect(r.variant).toBe('White women');
    expect(r.probability?.value).toBeCloseTo(0.0205, 3);
    expect(r.interpretations[0]?.band?.id).toBe('low');
    expect(r.inputs.find((i) => i.name === 'totalCholesterol')?.provenance).toMatchObject({
      kind: 'record',
      source: 'Observation/totalCholesterol-1',
    });
    expect(r.inputs.find((i) => i.name === 'onBloodPressureTreatment')?.provenance?.kind).toBe('record-absence');
    expect(r.citations[0]?.doi).toBe('10.1161/01.cir.0000437741.48606.98');
  });

  it('uses the African-American equations from the US Core race code', () => {
    const r = computePceAscvd(exampleContext({ raceCodes: BLACK, sex: 'male' }));
    expect(r.variant).toBe('African-American men');
    expect((r.probability?.value ?? 0) * 100).toBeCloseTo(6.07, 1);
  });

  it('reads BP treatment from a clinical-drug medication by ingredient name', () => {
    const treated = computePceAscvd(
      exampleContext({ medications: [medication(RXNORM, '314076', 'lisinopril 10 MG Oral Tablet')] }),
    );
    expect(treated.inputs.find((i) => i.name === 'onBloodPressureTreatment')?.value).toBe(true);
    expect(treated.probability?.value).toBeGreaterThan(computePceAscvd(exampleContext()).probability?.value ?? 1);
  });

  it.each([
    ['age 39', { ageYears: 39 }],
    ['age 80', { ageYears: 80 }],
  ])('is not applicable outside the age range (%s)', (_label, overrides) => {
    const r = computePceAscvd(exampleContext(overrides));
    expect(r.status).toBe('not-applicable');
    expect(r.probability).toBeNull();
    expect(r.notApplicableReasons[0]).toMatch(/Age/);
  });

  it.each([40, 79])('applies at the age limits (%s)', (age) => {
    expect(computePceAscvd(exampleContext({ ageYears: age })).status).toBe('complete');
  });

  it.each([
    ['totalCholesterol', 129, 'not-applicable'],
    ['totalCholesterol', 130, 'complete'],
    ['totalCholesterol', 320, 'complete'],
    ['totalCholesterol', 321, 'not-applicable'],
    ['hdlCholesterol', 19, 'not-applicable'],
    ['hdlCholesterol', 20, 'complete'],
    ['hdlCholesterol', 100, 'complete'],
    ['hdlCholesterol', 101, 'not-applicable'],
    ['systolicBp', 89, 'not-applicable'],
    ['systolicBp', 90, 'complete'],
    ['systolicBp', 200, 'complete'],
    ['systolicBp', 201, 'not-applicable'],
  ] as const)('%s %s → %s (no extrapolation)', (key, value, status) => {
    const measurements = { totalCholesterol: 213, hdlCholesterol: 50, systolicBp: 120, [key]: value };
    expect(computePceAscvd(exampleContext({ measurements })).status).toBe(status);
  });

  it('is not applicable with clinical ASCVD recorded, unless a clinician says otherwise', () => {
    const ctx = exampleContext({ conditions: [condition(ICD10_CM, 'I25.10')] });
    expect(computePceAscvd(ctx).status).toBe('not-applicable');
    expect(computePceAscvd(ctx, { establishedAscvd: false }).status).toBe('complete');
  });

  it('reports missing inputs with a probability range that contains every completion', () => {
    const ctx = exampleContext({ measurements: { totalCholesterol: 213, systolicBp: 120 }, findings: {} });
    const r = computePceAscvd(ctx);
    expect(r.status).toBe('incomplete');
    expect(r.missing).toEqual(['hdlCholesterol', 'currentSmoker']);
    expect(r.probability?.value).toBeNull();
    const range = r.probability!.range;
    for (const hdl of [20, 35, 50, 100])
      for (const smoker of [false, true]) {
        const p = pceTenYearRisk({
          ...EXAMPLE,
          sex: 'female',
          race: 'white',
          hdlCholesterol: hdl,
          currentSmoker: smoker,
        });
        expect(p).toBeGreaterThanOrEqual(range.min - 1e-12);
        expect(p).toBeLessThanOrEqual(range.max + 1e-12);
      }
    expect(r.interpretations[0]?.bandRange.lowest.order).toBeLessThanOrEqual(
      r.interpretations[0]!.bandRange.highest.order,
    );
  });

  it('uses a stale cholesterol with a warning', () => {
    const r = computePceAscvd(
      exampleContext({
        measurements: {
          totalCholesterol: measurement('totalCholesterol', 213, { stale: true }),
          hdlCholesterol: 50,
          systolicBp: 120,
        },
      }),
    );
    expect(r.status).toBe('complete');
    expect(r.warnings.map((w) => w.code)).toContain('stale-value-used');
  });

  it('treats missing race as missing, and other races with the white equations and a caveat', () => {
    expect(computePceAscvd(exampleContext({ raceCodes: [] })).missing).toContain('race');
    const other = computePceAscvd(exampleContext({ raceCodes: [{ system: CDC_RACE, code: '2028-9' }] }));
    expect(other.variant).toBe('White women');
    expect(other.warnings.map((w) => w.code)).toContain('population-caveat');
  });
});
