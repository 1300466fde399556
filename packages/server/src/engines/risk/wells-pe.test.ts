import { describe, expect, it } from 'vitest';
import { ICD10_CM } from './codes/code-systems.js';
import { makeContext } from './testing/context-factory.js';
import { computeWellsPe } from './wells-pe.js';

const NONE = {
  clinicalSignsOfDvt: false,
  peMostLikelyDiagnosis: false,
  immobilisationOrRecentSurgery: false,
  haemoptysis: false,
};

describe('computeWellsPe', () => {
  it.each([
    [100, 0],
    [101, 1.5],
  ])('heart rate %s → %s', (hr, p) => {
    expect(computeWellsPe(makeContext({ measurements: { heartRate: hr } }), NONE).criteria[2]?.points).toBe(p);
  });

  it('scores the published maximum of 12.5', () => {
    const r = computeWellsPe(makeContext({ measurements: { heartRate: 120 }, conditions: [] }), {
      clinicalSignsOfDvt: true,
      peMostLikelyDiagnosis: true,
      immobilisationOrRecentSurgery: true,
      previousDvtOrPe: true,
      haemoptysis: true,
      malignancy: true,
    });
    expect(r.total).toBe(12.5);
  });

  it.each([
    [{ previousDvtOrPe: true }, 1.5, 'low', 'pe-unlikely'],
    [{ previousDvtOrPe: true, haemoptysis: true }, 2.5, 'moderate', 'pe-unlikely'],
    [{ peMostLikelyDiagnosis: true, haemoptysis: true }, 4, 'moderate', 'pe-unlikely'],
    [{ peMostLikelyDiagnosis: true, previousDvtOrPe: true }, 4.5, 'moderate', 'pe-likely'],
    [{ peMostLikelyDiagnosis: true, clinicalSignsOfDvt: true }, 6, 'moderate', 'pe-likely'],
    [{ peMostLikelyDiagnosis: true, clinicalSignsOfDvt: true, malignancy: true }, 7, 'high', 'pe-likely'],
  ])('three-tier and two-tier boundaries %#', (answers, total, three, two) => {
    const r = computeWellsPe(makeContext({ measurements: { heartRate: 80 } }), { ...NONE, ...answers });
    expect(r.total).toBe(total);
    expect(r.interpretations.map((i) => i.band?.id)).toEqual([three, two]);
  });

  it('needs clinician answers for the judgements, reads history from the record', () => {
    const r = computeWellsPe(
      makeContext({
        measurements: { heartRate: 80 },
        conditions: [{ codes: [{ system: ICD10_CM, code: 'Z86.711' }], source: 'Condition/vte' }],
      }),
    );
    expect(r.status).toBe('incomplete');
    expect(r.missing).toEqual([
      'clinicalSignsOfDvt',
      'peMostLikelyDiagnosis',
      'immobilisationOrRecentSurgery',
      'haemoptysis',
    ]);
    expect(r.inputs.find((i) => i.name === 'previousDvtOrPe')?.provenance).toMatchObject({
      kind: 'record',
      source: 'Condition/vte',
      match: { concept: 'prior-vte', valueSet: { id: 'meridian-prior-vte' } },
    });
    expect(r.totalRange).toEqual({ min: 1.5, max: 10 });
    expect(r.interpretations[0]?.bandRange).toMatchObject({ lowest: { id: 'low' }, highest: { id: 'high' } });
  });
});
