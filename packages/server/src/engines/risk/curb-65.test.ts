import { describe, expect, it } from 'vitest';
import { SNOMED } from './codes/code-systems.js';
import { computeCurb65, curb65UreaPoints } from './curb-65.js';
import { makeContext, measurement } from './testing/context-factory.js';

const ALERT = [{ system: SNOMED, code: '248234008' }];
const CONFUSED = [{ system: SNOMED, code: '130987000' }];
const WELL = { respiratoryRate: 18, systolicBp: 125, diastolicBp: 75, urea: 5 };
const ctx = (m: Record<string, number | ReturnType<typeof measurement>> = {}, age = 50, loc = ALERT) =>
  makeContext({ ageYears: age, measurements: { ...WELL, ...m }, findings: { levelOfConsciousness: loc } });

describe('computeCurb65', () => {
  it.each([
    [7, 'mmol/L', 0],
    [7.1, 'mmol/L', 1],
    [19, 'mg/dL', 0],
    [20, 'mg/dL', 1],
  ])('urea %s %s → %s', (v, unit, p) => {
    expect(curb65UreaPoints(v, unit)).toBe(p);
  });
  it.each([
    [29, 0],
    [30, 1],
  ])('respiratory rate %s → %s', (rr, p) => {
    expect(computeCurb65(ctx({ respiratoryRate: rr })).criteria.find((c) => c.name === 'respiratoryRate')?.points).toBe(
      p,
    );
  });
  it.each([
    [90, 61, 0],
    [89, 61, 1],
    [120, 60, 1],
    [120, 61, 0],
  ])('BP %s/%s → %s', (sbp, dbp, p) => {
    expect(
      computeCurb65(ctx({ systolicBp: sbp, diastolicBp: dbp })).criteria.find((c) => c.name === 'bloodPressure')
        ?.points,
    ).toBe(p);
  });
  it.each([
    [64, 0],
    [65, 1],
  ])('age %s → %s', (age, p) => {
    expect(computeCurb65(ctx({}, age)).criteria.find((c) => c.name === 'age')?.points).toBe(p);
  });

  it.each([
    [{}, 50, ALERT, 0, 'low'],
    [{}, 70, ALERT, 1, 'low'],
    [{ urea: 8 }, 70, ALERT, 2, 'moderate'],
    [{ urea: 8, respiratoryRate: 32 }, 70, ALERT, 3, 'high'],
    [{ urea: 8, respiratoryRate: 32, systolicBp: 85 }, 70, CONFUSED, 5, 'high'],
  ] as const)('CURB-65 bands %#', (m, age, loc, total, band) => {
    const r = computeCurb65(ctx(m, age, loc));
    expect([r.variant, r.total, r.interpretations[0]?.band?.id]).toEqual(['CURB-65', total, band]);
  });

  it('reads BUN in mg/dL when no urea in mmol/L is recorded', () => {
    const r = computeCurb65(
      makeContext({
        ageYears: 50,
        measurements: { respiratoryRate: 18, systolicBp: 125, diastolicBp: 75, ureaNitrogen: 25 },
        findings: { levelOfConsciousness: ALERT },
      }),
    );
    expect(r.criteria.find((c) => c.name === 'urea')).toMatchObject({
      points: 1,
      unit: 'mg/dL',
      label: 'BUN > 19 mg/dL',
    });
  });

  it.each([
    [{}, 50, 0, 'low'],
    [{}, 70, 1, 'intermediate'],
    [{ respiratoryRate: 30 }, 70, 2, 'intermediate'],
    [{ respiratoryRate: 30, systolicBp: 80 }, 70, 3, 'high'],
  ] as const)('computes CRB-65 when urea is missing %#', (m, age, total, band) => {
    const r = computeCurb65(
      makeContext({
        ageYears: age,
        measurements: { respiratoryRate: 18, systolicBp: 125, diastolicBp: 75, ...m },
        findings: { levelOfConsciousness: ALERT },
      }),
    );
    expect([r.status, r.variant, r.total, r.interpretations[0]?.band?.id]).toEqual(['complete', 'CRB-65', total, band]);
    expect(r.inputs.find((i) => i.name === 'urea')?.status).toBe('not-used');
  });

  it('treats a stale urea as missing (CRB-65) and a missing diastolic BP as not needed when SBP < 90', () => {
    const stale = computeCurb65(ctx({ urea: measurement('urea', 12, { stale: true }) }));
    expect(stale.variant).toBe('CRB-65');
    expect(stale.warnings.map((w) => w.code)).toContain('stale-value-ignored');
    const lowSbp = computeCurb65(
      makeContext({
        ageYears: 50,
        measurements: { respiratoryRate: 18, systolicBp: 85, urea: 5 },
        findings: { levelOfConsciousness: ALERT },
      }),
    );
    expect(lowSbp.status).toBe('complete');
    expect(lowSbp.total).toBe(1);
  });

  it('leaves BP open when SBP ≥ 90 and diastolic is missing', () => {
    const r = computeCurb65(
      makeContext({ ageYears: 50, measurements: { respiratoryRate: 18, systolicBp: 120, urea: 5 } }),
    );
    expect(r.missing).toEqual(['confusion', 'diastolicBp']);
    expect(r.totalRange).toEqual({ min: 0, max: 2 });
    expect(r.interpretations[0]?.bandRange).toMatchObject({ lowest: { id: 'low' }, highest: { id: 'moderate' } });
  });
});
