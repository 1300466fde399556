import { describe, expect, it } from 'vitest';
import { computeCha2ds2Vasc } from './cha2ds2-vasc.js';
import { ICD10_CM, SNOMED } from './codes/code-systems.js';
import { condition, makeContext } from './testing/context-factory.js';

const AF = condition(ICD10_CM, 'I48.91');

describe('computeCha2ds2Vasc', () => {
  it.each([
    [64, 0],
    [65, 1],
    [74, 1],
    [75, 2],
  ])('age %s → %s points', (age, p) => {
    const r = computeCha2ds2Vasc(makeContext({ ageYears: age, sex: 'male', conditions: [AF] }));
    expect(r.criteria.find((c) => c.name === 'age')?.points).toBe(p);
  });

  it('scores the maximum of 9 with every criterion coded', () => {
    const r = computeCha2ds2Vasc(
      makeContext({
        ageYears: 80,
        sex: 'female',
        conditions: [
          AF,
          condition(SNOMED, '88805009'),
          condition(ICD10_CM, 'I10'),
          condition(ICD10_CM, 'E11.9'),
          condition(SNOMED, '266257000'),
          condition(ICD10_CM, 'I25.2'),
        ],
      }),
    );
    expect(r.total).toBe(9);
    expect(r.criteria.map((c) => c.points)).toEqual([1, 1, 2, 1, 2, 1, 1]);
    expect(r.interpretations[0]?.band?.id).toBe('high');
    expect(r.inputs.find((i) => i.name === 'hypertension')?.provenance?.kind).toBe('record');
  });

  it.each([
    ['male', [], 0, 'low'],
    ['female', [], 1, 'low'],
    ['male', [condition(ICD10_CM, 'I10')], 1, 'intermediate'],
    ['female', [condition(ICD10_CM, 'I10')], 2, 'intermediate'],
    ['male', [condition(ICD10_CM, 'I10'), condition(ICD10_CM, 'E11.9')], 2, 'high'],
    ['female', [condition(ICD10_CM, 'I10'), condition(ICD10_CM, 'E11.9')], 3, 'high'],
  ] as const)('sex-specific band: %s with %#', (sex, extra, total, band) => {
    const r = computeCha2ds2Vasc(makeContext({ ageYears: 50, sex, conditions: [AF, ...extra] }));
    expect(r.total).toBe(total);
    expect(r.interpretations[0]?.band?.id).toBe(band);
  });

  it('reads absent diagnoses as absent but missing age and sex as missing', () => {
    const r = computeCha2ds2Vasc(makeContext({ conditions: [AF] }));
    expect(r.status).toBe('incomplete');
    expect(r.missing).toEqual(['age', 'sex']);
    expect(r.totalRange).toEqual({ min: 0, max: 3 });
    expect(r.interpretations[0]?.bandRange).toMatchObject({ lowest: { id: 'low' }, highest: { id: 'high' } });
    expect(r.inputs.find((i) => i.name === 'diabetes')).toMatchObject({
      status: 'used',
      value: false,
      provenance: { kind: 'record-absence' },
    });
  });

  it('warns when no atrial fibrillation is recorded; a clinician answer overrides the record', () => {
    const r = computeCha2ds2Vasc(makeContext({ ageYears: 50, sex: 'male' }), { hypertension: true });
    expect(r.warnings.map((w) => w.code)).toContain('population-caveat');
    expect(r.total).toBe(1);
  });

  it('does not count amaurosis fugax (G45.3) as TIA', () => {
    const r = computeCha2ds2Vasc(
      makeContext({ ageYears: 50, sex: 'male', conditions: [AF, condition(ICD10_CM, 'G45.3')] }),
    );
    expect(r.total).toBe(0);
  });
});
