import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearScale, niceTicks, paddedDomain } from './scale.js';

describe('chart scales', () => {
  it('maps a domain onto a range, inverted for SVG y', () => {
    const y = linearScale([0, 100], [200, 0]);
    expect([y(0), y(50), y(100)]).toEqual([200, 100, 0]);
  });

  it('gives round ticks inside the domain', () => {
    expect(niceTicks(12, 31, 4)).toEqual([15, 20, 25, 30]);
    expect(niceTicks(35.2, 39.4, 4)).toEqual([36, 38]);
    expect(niceTicks(35.2, 39.4, 8)).toEqual([36, 37, 38, 39]);
    fc.assert(
      fc.property(
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e4, noNaN: true }),
        (lo, span) => {
          const ticks = niceTicks(lo, lo + span, 4);
          expect(ticks.length).toBeGreaterThanOrEqual(1);
          expect(ticks.length).toBeLessThanOrEqual(11);
          for (const t of ticks) {
            expect(t).toBeGreaterThanOrEqual(lo - span * 1e-6);
            expect(t).toBeLessThanOrEqual(lo + span * (1 + 1e-6));
          }
        },
      ),
    );
  });

  it('widens the domain to show the thresholds, and never collapses it', () => {
    expect(paddedDomain([24, 20], [22, 30], 0.1)).toEqual([19, 31]);
    const [lo, hi] = paddedDomain([38.6], []);
    expect(lo).toBeLessThan(38.6);
    expect(hi).toBeGreaterThan(38.6);
    expect(paddedDomain([0], [])[1]).toBeGreaterThan(0);
  });
});
