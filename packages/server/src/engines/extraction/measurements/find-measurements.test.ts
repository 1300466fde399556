import { describe, expect, it } from 'vitest';
import { findMeasurements } from './find-measurements.js';

const first = (text: string) => findMeasurements(text)[0];

describe('measurements with UCUM units', () => {
  it('resolves common spellings to UCUM codes', () => {
    expect(first('HR 96 bpm')?.values).toEqual([{ value: 96, unit: 'bpm', ucum: '/min' }]);
    expect(first('Creatinine 1.4 mg/dL')?.values).toEqual([{ value: 1.4, unit: 'mg/dL', ucum: 'mg/dL' }]);
    expect(first('Temp 101.2 F')?.values).toEqual([{ value: 101.2, unit: 'F', ucum: '[degF]' }]);
    expect(first('K 4.1 mmol/L')?.values).toEqual([{ value: 4.1, unit: 'mmol/L', ucum: 'mmol/L' }]);
    expect(first('weight 82 kg')?.values).toEqual([{ value: 82, unit: 'kg', ucum: 'kg' }]);
  });

  it('blood pressure as systolic and diastolic in mm[Hg]', () => {
    const bp = first('BP: 142/88 mmHg');
    expect(bp?.term).toBe('blood-pressure');
    expect(bp?.values.map((v) => [v.value, v.ucum])).toEqual([
      [142, 'mm[Hg]'],
      [88, 'mm[Hg]'],
    ]);
  });

  it('assumes the unit of a bare vital sign, infers the temperature scale, keeps a non-UCUM unit as text', () => {
    expect(first('RR 18')?.values).toEqual([{ value: 18, unit: '/min', ucum: '/min' }]);
    expect(first('T 38.4')?.values).toEqual([{ value: 38.4, unit: 'Cel', ucum: 'Cel' }]);
    expect(first('PSA 145 ng/mL')?.values).toEqual([{ value: 145, unit: 'ng/mL', ucum: 'ng/mL' }]);
    expect(first('glucose 180 widgets')?.values).toEqual([{ value: 180 }]);
    expect(first('glucose 180 widgets')?.text).toBe('glucose 180');
  });

  it('does not read a name inside a word or an abbreviation followed by letters', () => {
    expect(findMeasurements('T2DM and HTN')).toEqual([]);
    expect(findMeasurements('spotted 12 birds')).toEqual([]);
    expect(findMeasurements('TSH normal, T4 low; p53 mutation')).toEqual([]);
  });

  it('leaves the sentence punctuation out of the unit and the evidence', () => {
    for (const [text, unit] of [
      ['Creatinine 92 umol/L.', 'umol/L'],
      ['Glucose 7.2 mmol/L, repeat', 'mmol/L'],
      ['(urea 8.1 mmol/L)', 'mmol/L'],
      ['BUN 22 mg/dL; stable', 'mg/dL'],
    ] as const) {
      const m = first(text)!;
      expect(m.values[0], text).toEqual({ value: expect.any(Number), unit, ucum: unit });
      expect(m.text.endsWith(unit), text).toBe(true);
    }
  });

  it('reads units glued to numbers and numbers glued to names', () => {
    expect(first('Cr 92umol/L')?.values).toEqual([{ value: 92, unit: 'umol/L', ucum: 'umol/L' }]);
    expect(first('BP 140/90mmHg')?.values.map((v) => v.value)).toEqual([140, 90]);
    expect(first('T38.6')?.values).toEqual([{ value: 38.6, unit: 'Cel', ucum: 'Cel' }]);
    expect(first('Na140')?.text).toBe('Na140');
    expect(first('K3.1')?.values).toEqual([{ value: 3.1 }]);
  });
});
