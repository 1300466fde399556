import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RISK_CALCULATORS } from './registry.js';
import { answerArb, patientContextArb } from './testing/arbitraries.js';
import { CALCULATOR_IDS, type AnswerValue, type RiskResult } from './types.js';

const RUNS = { numRuns: 300 };

function checkShape(r: RiskResult): void {
  expect(r.status === 'incomplete').toBe(r.status !== 'not-applicable' && r.missing.length > 0);
  if (r.status === 'not-applicable') {
    expect(r.notApplicableReasons.length).toBeGreaterThan(0);
    return;
  }
  if (r.totalRange) expect(r.totalRange.min).toBeLessThanOrEqual(r.totalRange.max);
  if (r.total !== null) {
    expect(r.status).toBe('complete');
    expect(r.total).toBe(r.criteria.reduce((sum, c) => sum + (c.points ?? NaN), 0));
    expect(r.totalRange).toEqual({ min: r.total, max: r.total });
  }
  for (const i of r.interpretations) {
    expect(i.bandRange.lowest.order).toBeLessThanOrEqual(i.bandRange.highest.order);
    if (r.status === 'complete') expect(i.band).not.toBeNull();
  }
  if (r.probability) expect(r.probability.range.min).toBeLessThanOrEqual(r.probability.range.max);
  for (const name of r.missing) expect(r.inputs.find((i) => i.name === name)?.status).toBe('missing');
  for (const input of r.inputs.filter((i) => i.status === 'used')) expect(input.provenance).toBeDefined();
}

describe.each(CALCULATOR_IDS)('%s invariants', (id) => {
  const calculator = RISK_CALCULATORS[id];

  it('total = sum of points; range min ≤ max; incomplete iff something is missing', () => {
    fc.assert(
      fc.property(patientContextArb, (ctx) => checkShape(calculator.compute(ctx))),
      RUNS,
    );
  });

  it('filling in the missing inputs lands inside the reported ranges', () => {
    const answersArb = fc.record(
      Object.fromEntries(calculator.inputs.map((d) => [d.name, answerArb(d)])) as Record<
        string,
        fc.Arbitrary<AnswerValue>
      >,
    );
    fc.assert(
      fc.property(patientContextArb, answersArb, (ctx, all) => {
        const before = calculator.compute(ctx);
        if (before.status !== 'incomplete') return;
        const fill = Object.fromEntries(before.missing.map((name) => [name, all[name]]));
        const after = calculator.compute(ctx, fill);
        if (after.status === 'not-applicable') return; // e.g. an answered age outside the PCE range
        checkShape(after);
        expect(after.status).toBe('complete');
        if (after.total !== null && before.totalRange) {
          expect(after.total).toBeGreaterThanOrEqual(before.totalRange.min);
          expect(after.total).toBeLessThanOrEqual(before.totalRange.max);
        }
        if (after.probability?.value != null && before.probability) {
          expect(after.probability.value).toBeGreaterThanOrEqual(before.probability.range.min - 1e-12);
          expect(after.probability.value).toBeLessThanOrEqual(before.probability.range.max + 1e-12);
        }
        after.interpretations.forEach((interp, k) => {
          const range = before.interpretations[k]!.bandRange;
          expect(interp.band!.order).toBeGreaterThanOrEqual(range.lowest.order);
          expect(interp.band!.order).toBeLessThanOrEqual(range.highest.order);
        });
      }),
      RUNS,
    );
  });
});
