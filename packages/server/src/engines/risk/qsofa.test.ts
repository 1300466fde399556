import { describe, expect, it } from 'vitest';
import { SNOMED } from './codes/code-systems.js';
import { computeQsofa } from './qsofa.js';
import { makeContext, measurement } from './testing/context-factory.js';

const ALERT = [{ system: SNOMED, code: '248234008' }];
const VOICE = [{ system: SNOMED, code: '300202002' }];

describe('computeQsofa', () => {
  it.each([
    [21, 0],
    [22, 1],
  ])('respiratory rate %s → %s', (rr, p) => {
    const r = computeQsofa(
      makeContext({
        measurements: { respiratoryRate: rr, systolicBp: 120 },
        findings: { levelOfConsciousness: ALERT },
      }),
    );
    expect(r.criteria[0]?.points).toBe(p);
  });
  it.each([
    [100, 1],
    [101, 0],
  ])('systolic BP %s → %s', (sbp, p) => {
    const r = computeQsofa(
      makeContext({
        measurements: { respiratoryRate: 16, systolicBp: sbp },
        findings: { levelOfConsciousness: ALERT },
      }),
    );
    expect(r.criteria[2]?.points).toBe(p);
  });
  it('is positive at 2 and negative at 1', () => {
    const one = computeQsofa(
      makeContext({
        measurements: { respiratoryRate: 24, systolicBp: 120 },
        findings: { levelOfConsciousness: ALERT },
      }),
    );
    expect([one.total, one.interpretations[0]?.band?.id]).toEqual([1, 'negative']);
    const two = computeQsofa(
      makeContext({
        measurements: { respiratoryRate: 24, systolicBp: 120 },
        findings: { levelOfConsciousness: VOICE },
      }),
    );
    expect([two.total, two.interpretations[0]?.band?.id]).toEqual([2, 'positive']);
    expect(two.inputs.find((i) => i.name === 'alteredMentation')).toMatchObject({
      value: true,
      provenance: { kind: 'record' },
    });
  });
  it('reports missing mentation with a range and band range, or takes the clinician answer', () => {
    const ctx = makeContext({ measurements: { respiratoryRate: 24, systolicBp: 95 } });
    const r = computeQsofa(ctx);
    expect(r.status).toBe('incomplete');
    expect(r.missing).toEqual(['alteredMentation']);
    expect(r.totalRange).toEqual({ min: 2, max: 3 });
    expect(r.interpretations[0]?.band?.id).toBe('positive');
    expect(computeQsofa(ctx, { alteredMentation: false }).total).toBe(2);
  });
  it('treats stale vitals as missing', () => {
    const r = computeQsofa(
      makeContext({
        measurements: { respiratoryRate: measurement('respiratoryRate', 30, { stale: true }), systolicBp: 120 },
        findings: { levelOfConsciousness: ALERT },
      }),
    );
    expect(r.missing).toEqual(['respiratoryRate']);
    expect(r.interpretations[0]?.bandRange).toMatchObject({ lowest: { id: 'negative' }, highest: { id: 'negative' } });
  });
});
