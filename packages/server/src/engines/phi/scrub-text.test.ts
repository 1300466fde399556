import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scrubText } from './scrub-text.js';
import { surrogateFor } from './surrogates.js';

const KEY = Buffer.alloc(32, 7);
const OTHER_KEY = Buffer.alloc(32, 8);

/** Text made of clinical words and PHI-shaped fragments, so properties meet real spans. */
const clinicalish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Mr. James Holloway',
        'Dr. Emily Clark',
        "seen at St. Luke's Hospital",
        'on March 3rd, 2023',
        'MRN: AB-123456',
        'SSN 123-45-6789',
        'call 415-555-1234',
        'jane.doe@example.com',
        'Boston, MA 02118',
        'aged 93',
        'Parkinson disease',
        'metformin 500 mg',
        'Wells score 4',
        'in 2021',
        '12 Oak Street',
        'www.example.org',
      ),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(' '));

describe('scrubText', () => {
  it('replaces each identifier by its tag, and the same value by the same surrogate within a document', () => {
    expect(scrubText('Dr. Emily Clark saw Mr. James Holloway on 03/04/2022.', { mode: 'tag' }).text).toBe(
      'Dr. [NAME] saw Mr. [NAME] on [DATE].',
    );
    const { text, spans, replacements } = scrubText(
      'Emily Clark called. Later Emily Clark wrote to jane.doe@example.com.',
      { mode: 'surrogate', key: KEY },
    );
    expect(spans.map((s) => s.type)).toEqual(['NAME', 'NAME', 'EMAIL']);
    expect(replacements[0]).toBe(replacements[1]);
    expect(text).not.toMatch(/Clark|jane\.doe/);
    expect(text).toContain(replacements[2]!);
  });

  it('draws surrogates from the key: the same key the same surrogate, another key another; years stay, ids keep their shape', () => {
    expect(surrogateFor(KEY, 'NAME', 'Emily Clark')).toBe(surrogateFor(KEY, 'NAME', 'emily  clark'));
    expect(surrogateFor(KEY, 'MRN', 'AB-123456')).not.toBe(surrogateFor(OTHER_KEY, 'MRN', 'AB-123456'));
    expect(surrogateFor(KEY, 'MRN', 'AB-123456')).toMatch(/^[A-Z]{2}-\d{6}$/);
    expect(surrogateFor(KEY, 'DATE', 'March 3rd, 2023')).toMatch(/^[A-Z][a-z]+ \d{1,2}, 2023$/);
    expect(surrogateFor(KEY, 'SSN', '123-45-6789')).toMatch(/^9\d\d-\d\d-\d{4}$/);
    expect(surrogateFor(KEY, 'AGE', '93')).toBe('90 or older');
  });

  it('property: every span slices the original text to its text, in order, without overlaps', () => {
    fc.assert(
      fc.property(clinicalish, (text) => {
        const { spans } = scrubText(text, { mode: 'tag' });
        spans.forEach((s, i) => {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          if (i > 0) expect(s.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('property: tag mode is idempotent (the output scrubs to itself)', () => {
    fc.assert(
      fc.property(clinicalish, (text) => {
        const once = scrubText(text, { mode: 'tag' }).text;
        expect(scrubText(once, { mode: 'tag' }).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('property: never throws on any string of code points, lone surrogates included, in either mode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        for (const s of scrubText(text, { mode: 'surrogate', key: KEY }).spans)
          expect(text.slice(s.start, s.end)).toBe(s.text);
        scrubText(text, { mode: 'tag' });
      }),
      { numRuns: 500 },
    );
  });
});
