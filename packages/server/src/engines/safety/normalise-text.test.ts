import { describe, expect, it } from 'vitest';
import { normaliseForGuard } from './normalise-text.js';
import { numberWordsToDigits } from './number-words.js';

describe('normaliseForGuard', () => {
  it.each([
    ['case', 'AMOXICILLIN 500 MG', 'amoxicillin 500 mg'],
    ['Cyrillic look-alikes', '\u0430m\u043exicill\u0456n', 'amoxicillin'],
    ['Greek look-alikes', 'Am\u03bfxicillin', 'amoxicillin'],
    ['full-width digits and letters', '\uff21\uff2d\uff2f\uff38 \uff15\uff10\uff10', 'amox 500'],
    ['unit ligatures', '500 \u338e, 5 \u3396', '500 mg, 5 ml'],
    ['mathematical letters', '\u{1d41a}\u{1d426}\u{1d428}\u{1d431}', 'amox'],
    ['zero-width characters inside a word', 'amox\u200bicil\u200dlin', 'amoxicillin'],
    ['a zero-width character between a word and a number', 'paracetamol\u20601 g', 'paracetamol 1 g'],
    ['soft hyphen and BOM', 'war\u00adfarin\ufeff', 'warfarin'],
    ['thin, no-break and ideographic spaces', '500\u2009mg\u00a0tds\u3000now', '500 mg tds now'],
    ['a word spelled a letter at a time', 'a m o x 5 0 0', 'amox 500'],
    ['a zero posing as a letter', 'Am0xicillin', 'amoxicillin'],
    ['letters posing as zeros', '5OO mg', '500 mg'],
    ['decimal commas', 'Noradrenalin 0,1', 'noradrenalin 0.1'],
    ['the micro sign', '250 \u00b5g', '250 ug'],
    [
      'Cyrillic units',
      '500 \u043c\u0433, 5 \u043c\u043b, 1 \u0433, 5000 \u0415\u0414',
      '500 mg, 5 ml, 1 g, 5000 units',
    ],
    ['German units and schedules', '400 Milligramm alle 6 Stunden', '400 mg every 6 hours'],
    ['Spanish units', '500 miligramos cada 8 horas', '500 mg every 8 hours'],
    ['French frequencies', '1 g toutes les 6 heures', '1 g every 6 hours'],
    ['numbers written out', 'five hundred milligrams', '500 milligrams'],
  ])('folds %s', (_what, input, expected) => {
    expect(normaliseForGuard(input)).toBe(expected);
  });

  it('leaves laboratory text readable as it was, apart from case', () => {
    expect(normaliseForGuard('K 3.1 mmol/L, creatinine 92 µmol/L, Hb 98 g/L')).toBe(
      'k 3.1 mmol/l, creatinine 92 umol/l, hb 98 g/l',
    );
    expect(normaliseForGuard('SpO2 92%, NEWS2 7, CHA2DS2-VASc 4')).toBe('spo2 92%, news2 7, cha2ds2-vasc 4');
  });
});

describe('numberWordsToDigits', () => {
  it.each([
    ['five hundred', '500'],
    ['two thousand five hundred units', '2500 units'],
    ['seventy-five milligrams', '75 milligrams'],
    ['two point five', '2.5'],
    ['zero point zero five micrograms', '0.05 micrograms'],
    ['one and a half grams', '1.5 grams'],
    ['half a tablet', '0.5 tablet'],
    ['a quarter of a milligram', '0.25 milligram'],
    ['quinientos miligramos', '500 miligramos'],
  ])('%s → %s', (input, expected) => expect(numberWordsToDigits(input)).toBe(expected));

  it('keeps "in half" as words, for the instruction to cut a dose in half', () => {
    expect(numberWordsToDigits('cut the furosemide in half')).toBe('cut the furosemide in half');
  });
});
