import { describe, expect, it } from 'vitest';
import {
  ACVPU_LABELS,
  CALCULATOR_SHORT_NAMES,
  CALCULATOR_IDS,
  displayUnit,
  formatMeasured,
  formatQuantity,
  patientDisplayName,
  riskBandWords,
  riskInputLabel,
  riskValueText,
  shortReference,
} from '../index.js';

describe('units as people write them', () => {
  it('writes the UCUM codes the API carries as clinicians do, and leaves the rest alone', () => {
    expect(displayUnit('mm[Hg]')).toBe('mmHg');
    expect(displayUnit('Cel')).toBe('°C');
    expect(displayUnit('a')).toBe('years');
    expect(displayUnit('umol/L')).toBe('µmol/L');
    expect(displayUnit('10*9/L')).toBe('× 10⁹/L');
    for (const unit of ['/min', '%', 'mmol/L', 'mg/dL', 'kg']) expect(displayUnit(unit)).toBe(unit);
    expect(displayUnit(undefined)).toBe('');
    expect(displayUnit(null)).toBe('');
  });

  it('formats a quantity with its unit, the same on every machine (en, no grouping), the INR unitless', () => {
    expect(formatQuantity(98, 'mm[Hg]')).toBe('98 mmHg');
    expect(formatQuantity(38.6, 'Cel')).toBe('38.6 °C');
    expect(formatQuantity(78, 'a')).toBe('78 years');
    expect(formatQuantity(24, '/min')).toBe('24 /min');
    expect(formatQuantity(1.23456, '{INR}')).toBe('1.23');
    expect(formatQuantity(12345.6, 'mg/dL')).toBe('12345.6 mg/dL');
    expect(formatQuantity(38.6, 'Cel', 'de-DE', 1)).toBe('38,6 °C');
    expect(formatMeasured('DBP 58', 'mm[Hg]')).toBe('DBP 58 mmHg');
    expect(formatMeasured('120/80', undefined)).toBe('120/80');
  });
});

describe('risk inputs, values and bands in words', () => {
  it('labels every input key a clinician would otherwise see raw, and turns unknown camelCase into words', () => {
    expect(riskInputLabel('supplementalOxygen')).toBe('Air or oxygen');
    expect(riskInputLabel('alteredMentation')).toBe('Altered mentation');
    expect(riskInputLabel('consciousness')).toBe('Consciousness');
    expect(riskInputLabel('levelOfConsciousness')).toBe('Level of consciousness');
    expect(riskInputLabel('someNewInput')).toBe('Some new input');
    expect(riskInputLabel('someNewInput')).not.toMatch(/[a-z][A-Z]/);
    // In a sentence: lower case, abbreviations kept.
    expect(riskInputLabel('supplementalOxygen', { midSentence: true })).toBe('air or oxygen');
    expect(riskInputLabel('hdlCholesterol', { midSentence: true })).toBe('HDL cholesterol');
    expect(riskInputLabel('clinicalSignsOfDvt', { midSentence: true })).toBe('clinical signs of DVT');
    expect(riskInputLabel('peMostLikelyDiagnosis', { midSentence: true })).toBe('PE the most likely diagnosis');
  });

  it('writes ACVPU levels, oxygen and yes/no as words, and measured values with their unit', () => {
    expect(Object.keys(ACVPU_LABELS)).toEqual(['A', 'C', 'V', 'P', 'U']);
    expect(riskValueText('consciousness', 'A')).toBe('Alert');
    expect(riskValueText('consciousness', 'C')).toBe('New confusion');
    expect(riskValueText('levelOfConsciousness', 'U')).toBe('Unresponsive');
    expect(riskValueText('supplementalOxygen', true)).toBe('on oxygen');
    expect(riskValueText('supplementalOxygen', false)).toBe('on air');
    expect(riskValueText('currentSmoker', true)).toBe('yes');
    expect(riskValueText('age', 78, 'a')).toBe('78 years');
    expect(riskValueText('bloodPressure', 'DBP 58', 'mm[Hg]')).toBe('DBP 58 mmHg');
    expect(riskValueText('sex', 'female')).toBe('female');
  });

  it('names every calculator shortly, and band ids as words', () => {
    expect(Object.keys(CALCULATOR_SHORT_NAMES).sort()).toEqual([...CALCULATOR_IDS].sort());
    expect(riskBandWords('low-zero')).toBe('low (score 0)');
    expect(riskBandWords('medium')).toBe('medium');
    expect(riskBandWords('some-new-band')).toBe('some new band');
  });
});

describe('patient names', () => {
  it('prefers the usual, then the official name; uses text, else given and family; skips old names', () => {
    expect(patientDisplayName({ name: [{ use: 'official', given: ['Ada', 'May'], family: 'Demo' }] })).toBe(
      'Ada May Demo',
    );
    expect(
      patientDisplayName({
        name: [
          { use: 'old', text: 'Ada Former' },
          { use: 'official', given: ['Ada'], family: 'Demo' },
          { use: 'usual', text: 'Addie Demo' },
        ],
      }),
    ).toBe('Addie Demo');
    expect(patientDisplayName({ name: [{ use: 'old', text: 'Gone' }] })).toBeUndefined();
    expect(patientDisplayName({ name: [{ given: [] }] })).toBeUndefined();
    expect(patientDisplayName({})).toBeUndefined();
  });

  it('shortens a long reference, and leaves a short one whole', () => {
    expect(shortReference('Patient/831084a7f7b783c82ca02d1398d0e3c9')).toBe('Patient/831084a7f7b7…');
    expect(shortReference('Patient/demo-ada')).toBe('Patient/demo-ada');
  });
});
