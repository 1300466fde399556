import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentNote } from './segments.js';

const view = (segments: ReturnType<typeof segmentNote>) => segments.map((s) => [s.text, s.mentions]);

describe('segmentNote', () => {
  it('leaves a note without spans as one plain run', () => {
    expect(view(segmentNote('No findings.', []))).toEqual([['No findings.', []]]);
    expect(segmentNote('', [])).toEqual([]);
  });

  it('marks disjoint spans and the plain text around them', () => {
    const note = 'Denies chest pain. BP 148/92 mmHg.';
    expect(
      view(
        segmentNote(note, [
          { start: 7, end: 17, mention: 0 },
          { start: 19, end: 33, mention: 1 },
        ]),
      ),
    ).toEqual([
      ['Denies ', []],
      ['chest pain', [0]],
      ['. ', []],
      ['BP 148/92 mmHg', [1]],
      ['.', []],
    ]);
  });

  it('splits a nested span out of its outer one, innermost mention first', () => {
    // "breast cancer" (outer, mention 0) holds "cancer" (inner, mention 1).
    const note = 'Mother had breast cancer.';
    expect(
      view(
        segmentNote(note, [
          { start: 11, end: 24, mention: 0 },
          { start: 18, end: 24, mention: 1 },
        ]),
      ),
    ).toEqual([
      ['Mother had ', []],
      ['breast ', [0]],
      ['cancer', [1, 0]],
      ['.', []],
    ]);
  });

  it('splits partly overlapping spans into three runs', () => {
    const note = 'type 2 diabetes mellitus';
    expect(
      view(
        segmentNote(note, [
          { start: 0, end: 15, mention: 3 },
          { start: 7, end: 24, mention: 4 },
        ]),
      ),
    ).toEqual([
      ['type 2 ', [3]],
      ['diabetes', [3, 4]],
      [' mellitus', [4]],
    ]);
  });

  it('keeps two identical spans as one run naming both, and clips or drops bad spans', () => {
    expect(
      view(
        segmentNote('rash', [
          { start: 0, end: 4, mention: 1 },
          { start: 0, end: 4, mention: 0 },
        ]),
      ),
    ).toEqual([['rash', [0, 1]]]);
    expect(
      view(
        segmentNote('rash', [
          { start: 2, end: 99, mention: 0 },
          { start: 3, end: 3, mention: 1 },
          { start: -5, end: 0, mention: 2 },
        ]),
      ),
    ).toEqual([
      ['ra', []],
      ['sh', [0]],
    ]);
  });

  it('for any spans: the runs rebuild the note, do not overlap, and each names exactly the spans covering it', () => {
    const input = fc
      .string({ minLength: 0, maxLength: 60 })
      .chain((text) =>
        fc.tuple(
          fc.constant(text),
          fc.array(
            fc.tuple(fc.integer({ min: -3, max: text.length + 3 }), fc.integer({ min: -3, max: text.length + 3 })),
            { maxLength: 8 },
          ),
        ),
      );
    fc.assert(
      fc.property(input, ([text, pairs]) => {
        const spans = pairs.map(([a, b], mention) => ({ start: Math.min(a, b), end: Math.max(a, b), mention }));
        const segments = segmentNote(text, spans);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        for (let i = 0; i < segments.length; i++) {
          const s = segments[i]!;
          expect(s.end).toBeGreaterThan(s.start);
          if (i > 0) expect(s.start).toBe(segments[i - 1]!.end);
          const covering = spans
            .filter((x) => x.start <= s.start && x.end >= s.end && x.end > x.start)
            .map((x) => x.mention);
          expect([...s.mentions].sort()).toEqual(covering.sort());
          // A run is never half inside a span.
          for (const x of spans)
            expect(
              x.start <= s.start && x.end >= s.end ? true : x.end <= s.start || x.start >= s.end || x.end <= x.start,
            ).toBe(true);
        }
      }),
    );
  });
});
