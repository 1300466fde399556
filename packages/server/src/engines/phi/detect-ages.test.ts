import { describe, expect, it } from 'vitest';
import { detectAges } from './detect-ages.js';
import { found } from './testing.js';

describe('detectAges', () => {
  it('finds ages over 89 in the ways clinicians write them', () => {
    expect(
      found(
        detectAges(
          'A 92-year-old man, a 95 yo woman, 97y/o, aged 101; Pt is a 93M, 96 F; Age: 94. Ninety-three-year-old. Mother in her late 90s, a centenarian.',
        ),
      ),
    ).toEqual([
      'AGE:92',
      'AGE:95',
      'AGE:97',
      'AGE:101',
      'AGE:93',
      'AGE:96',
      'AGE:94',
      'AGE:Ninety-three',
      'AGE:late 90s',
      'AGE:centenarian',
    ]);
  });

  it('leaves ages up to 89, temperatures and saturations alone', () => {
    for (const text of [
      'A 89-year-old and a 45 year old; aged 72.',
      'T 98 F, febrile to 101 F, Tmax 99F.',
      'Sats in the low 90s on room air; SBP 90s; HR 92 regular; 95% on 2L.',
    ])
      expect(found(detectAges(text)), text).toEqual([]);
  });
});
