import { describe, expect, it } from 'vitest';
import { ICD10_CM, RXNORM } from './codes/code-systems.js';
import { computeHasBled } from './has-bled.js';
import { condition, makeContext, measurement, medication } from './testing/context-factory.js';

const WARFARIN = medication(RXNORM, '855332', 'warfarin sodium 5 MG Oral Tablet');
const ANSWERED = { alcoholExcess: false } as const;

describe('computeHasBled', () => {
  it.each([
    [160, 0],
    [161, 1],
  ])('SBP %s → hypertension %s', (sbp, p) => {
    const r = computeHasBled(
      makeContext({ ageYears: 60, measurements: { systolicBp: sbp, creatinine: 90 } }),
      ANSWERED,
    );
    expect(r.criteria[0]?.points).toBe(p);
  });
  it.each([
    [199, 0],
    [200, 1],
  ])('creatinine %s µmol/L → renal %s', (cr, p) => {
    const r = computeHasBled(
      makeContext({ ageYears: 60, measurements: { systolicBp: 120, creatinine: cr } }),
      ANSWERED,
    );
    expect(r.criteria[1]?.points).toBe(p);
  });
  it.each([
    [65, 0],
    [66, 1],
  ])('age %s → elderly %s', (age, p) => {
    const r = computeHasBled(
      makeContext({ ageYears: age, measurements: { systolicBp: 120, creatinine: 90 } }),
      ANSWERED,
    );
    expect(r.criteria.find((c) => c.name === 'age')?.points).toBe(p);
  });

  it('scores the published maximum of 9 and reports the high-risk band', () => {
    const r = computeHasBled(
      makeContext({
        ageYears: 70,
        measurements: { systolicBp: 170, creatinine: 90 },
        conditions: [
          condition(ICD10_CM, 'Z99.2'),
          condition(ICD10_CM, 'K74.60'),
          condition(ICD10_CM, 'I63.9'),
          condition(ICD10_CM, 'K92.2'),
          condition(ICD10_CM, 'F10.20'),
        ],
        medications: [WARFARIN, medication(RXNORM, '243670', 'aspirin 81 MG Oral Tablet')],
      }),
      { labileInr: true },
    );
    expect(r.total).toBe(9);
    expect(r.interpretations[0]?.band?.label).toMatch(/high risk/);
  });

  it.each([
    [0, '1.13'],
    [2, '1.88'],
    [3, '3.74'],
    [5, '12.50'],
  ])('band for score %s carries the published bleed rate %s', (score, rate) => {
    const conditions = [
      condition(ICD10_CM, 'I63.9'),
      condition(ICD10_CM, 'K92.2'),
      condition(ICD10_CM, 'K74.60'),
      condition(ICD10_CM, 'Z99.2'),
      condition(ICD10_CM, 'F10.20'),
    ].slice(0, score);
    const r = computeHasBled(
      makeContext({ ageYears: 50, measurements: { systolicBp: 120, creatinine: 90 }, conditions }),
      score >= 5 ? {} : ANSWERED,
    );
    expect(r.total).toBe(score);
    expect(r.interpretations[0]?.band?.reportedRisk).toContain(rate);
  });

  it('scores labile INR 0 (derived) without a vitamin K antagonist, missing with one', () => {
    const base = { ageYears: 50, measurements: { systolicBp: 120, creatinine: 90 } };
    const off = computeHasBled(makeContext(base), ANSWERED);
    expect(off.status).toBe('complete');
    expect(off.inputs.find((i) => i.name === 'labileInr')?.provenance?.kind).toBe('derived');
    const on = computeHasBled(makeContext({ ...base, medications: [WARFARIN] }), ANSWERED);
    expect(on.missing).toEqual(['labileInr']);
    expect(on.totalRange).toEqual({ min: 0, max: 1 });
  });

  it('never assumes normal renal function or moderate drinking', () => {
    const r = computeHasBled(makeContext({ ageYears: 50, measurements: { systolicBp: 120 } }));
    expect(r.missing).toEqual(['abnormalRenalFunction', 'alcoholExcess']);
    expect(r.totalRange).toEqual({ min: 0, max: 2 });
  });

  it('uses a stale creatinine with a warning', () => {
    const r = computeHasBled(
      makeContext({
        ageYears: 50,
        measurements: { systolicBp: 120, creatinine: measurement('creatinine', 250, { stale: true }) },
      }),
      ANSWERED,
    );
    expect(r.criteria[1]?.points).toBe(1);
    expect(r.warnings.map((w) => w.code)).toContain('stale-value-used');
  });
});
