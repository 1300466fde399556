import { LOINC_CREATININE_SERUM_MASS } from '@meridian/fhir-adapter';
import { describe, expect, it } from 'vitest';
import { codingOf, MEASUREMENT_TERMS } from './measurement-terms.js';
import { findMeasurements } from './find-measurements.js';
import { unitProperty } from './unit-property.js';

const codeOf = (text: string) => {
  const m = findMeasurements(text)[0]!;
  return m.term === 'blood-pressure' ? undefined : codingOf(m.term, m.values[0]!.ucum)?.code;
};

describe('LOINC code by the property the unit implies', () => {
  it.each([
    ['Creatinine 92 umol/L.', '14682-9'],
    ['Cr 1.4 mg/dL', '2160-0'],
    ['Glucose 7.2 mmol/L', '14749-6'],
    ['glucose 130 mg/dL', '2345-7'],
    ['BG 7.8 mmol/L', '15074-8'],
    ['BG 140 mg/dL', '2339-0'],
    ['Urea 8.1 mmol/L', '22664-7'],
    ['urea 48 mg/dL', '3091-6'],
    ['BUN 22 mg/dL', '3094-0'],
    ['BUN 7.9 mmol/L', '14937-7'],
    ['Cholesterol 5.2 mmol/L', '14647-2'],
    ['chol 201 mg/dL', '2093-3'],
    ['LDL 3.1 mmol/L', '22748-8'],
    ['LDL 120 mg/dL', '2089-1'],
    ['HDL 1.2 mmol/L', '14646-4'],
    ['HDL 45 mg/dL', '2085-9'],
    ['HbA1c 53 mmol/mol', '59261-8'],
    ['HbA1c 7.2%', '4548-4'],
  ])('%s is %s', (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it('claims no property the note does not state: a bare creatinine has no LOINC code', () => {
    expect(codeOf('Cr 92')).toBeUndefined();
    expect(codeOf('creatinine 1.4 widgets')).toBeUndefined();
  });

  it('molar creatinine is never the mass code, whatever the molar unit', () => {
    const creatinine = MEASUREMENT_TERMS.find((t) => t.names.includes('creatinine'))!;
    for (const unit of ['umol/L', 'mmol/L', 'nmol/mL', 'mol/L'])
      expect(codingOf(creatinine, unit)?.code).not.toBe(LOINC_CREATININE_SERUM_MASS.code);
  });

  it('names the property of a UCUM unit', () => {
    expect(['umol/L', 'mmol/mol', 'mg/dL', 'g/L', '%', '/min'].map(unitProperty)).toEqual([
      'substance',
      'substance',
      'mass',
      'mass',
      'fraction',
      'other',
    ]);
  });
});
