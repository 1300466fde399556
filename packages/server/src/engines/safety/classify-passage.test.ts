import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyPassage } from './classify-passage.js';
import { guardText, TREATMENT_ADVICE } from './guard-text.js';
import { splitPassages } from './split-passages.js';

const DOSING = [
  'Give amoxicillin 500 mg PO TID.',
  'Start ceftriaxone 2 g IV once daily',
  'Paracetamol 1g q6h PRN',
  'Heparin infusion at 18 units/kg/h',
  'The dose is 0.1 mg/kg, so for 70 kg that is 7 mg.',
  'Take two tablets twice a day.',
  'Insulin 10 units subcut now',
  'Vancomycin 15-20 mg/kg every 8-12 hours',
  'Metformin 500mg BID with meals',
  'five hundred milligrams of amoxicillin',
  'Norepinephrine 0.05 mcg/kg/min titrated to MAP',
  'Administer 30 mL/kg crystalloid',
  'Morphine 10 mg/mL, 0.5 mL IM',
  'Stop the warfarin.',
  'Increase the furosemide.',
  'Consider starting broad-spectrum antibiotics.',
  'Amoxicilina 500 mg cada 8 horas por vía oral',
  'Paracétamol 1 g toutes les 6 heures',
  'Ibuprofen 400 mg dreimal täglich',
  'Aspirin 81 daily',
  'Rx: amoxicillin 875 BID x 7 days',
  'ＡＭＯＸＩＣＩＬＬＩＮ ５００ ㎎',
  'KCl 40 mmol over 4 hours',
  'Salbutamol 2 puffs PRN',
  'Lisinopril PO OD',
  'Hold the apixaban before surgery',
];

const SAFE = [
  'Potassium 5.2 mmol/L.',
  'NEWS2 score 7, high clinical risk.',
  'SpO2 92% on room air.',
  'Glucose 180 mg/dL, HbA1c 7.2%.',
  'Hemoglobin 9.8 g/dL; platelets 150 x10^9/L.',
  'Creatinine 1.4 mg/dL and eGFR 45 mL/min/1.73m2.',
  'Lactate 4.1 mmol/L suggests hypoperfusion.',
  'Heart rate 118/min, blood pressure 92/58 mmHg, temperature 38.6 °C.',
  'Weight 70 kg, height 170 cm.',
  'Urine output 0.3 mL/kg/h for 6 hours.',
  'INR 2.4 on warfarin.',
  'The patient has taken warfarin since 2019.',
  'Troponin 45 ng/L; D-dimer 800 ng/mL.',
  'Vancomycin trough 15 mg/L.',
  'Sepsis is likely given qSOFA 2 and lactate above 2 mmol/L.',
  'Urgent review by the treating team within 30 minutes is advised.',
  'Repeat observations every hour.',
  'Admitted in April with pneumonia.',
  'CKD stage IV with a PR interval of 200 ms.',
  'Respiratory rate 26 breaths per minute.',
];

describe('classifyPassage', () => {
  it.each(DOSING)('removes %s', (text) => expect(classifyPassage(text)).not.toBeNull());
  it.each(SAFE)('keeps %s', (text) => expect(classifyPassage(text)).toBeNull());

  it('names why: a dose, a route or frequency, or an instruction', () => {
    expect(classifyPassage('Amoxicillin 500 mg')).toBe('dose');
    expect(classifyPassage('Amoxicillin PO TID')).toBe('route-or-frequency');
    expect(classifyPassage('Stop the amoxicillin')).toBe('medication-instruction');
  });
});

describe('splitPassages', () => {
  it('keeps decimals and abbreviations inside their sentence', () => {
    expect(splitPassages('Sodium 131.5 mmol/L. Give 500 mg p.o. b.i.d. Then review.').map((p) => p.text)).toEqual([
      'Sodium 131.5 mmol/L.',
      'Give 500 mg p.o. b.i.d.',
      'Then review.',
    ]);
  });
});

describe('guardText', () => {
  it('replaces a run of dosing sentences with one piece of advice and reports each', () => {
    const { text, removed } = guardText(
      'Sepsis is likely. Start amoxicillin 500 mg PO TID. Add gentamicin 5 mg/kg. Review in 1 hour.',
    );
    expect(text).toBe(`Sepsis is likely. ${TREATMENT_ADVICE} Review in 1 hour.`);
    expect(removed.map((r) => r.start)).toEqual([18, 51]);
  });

  it('leaves safe text byte for byte', () => {
    const note = 'Potassium 5.2 mmol/L.\nNEWS2 7.  SpO2 92%.';
    expect(guardText(note)).toEqual({ text: note, removed: [] });
  });
});

const drugs = fc.constantFrom(
  'amoxicillin',
  'ceftriaxone',
  'paracetamol',
  'morphine',
  'heparin',
  'metoprolol',
  'apixaban',
  'insulin',
  'enoxaparin',
  'ciprofloxacin',
  'prednisolone',
  'furosemide',
);
const amounts = fc.oneof(
  fc.integer({ min: 1, max: 2000 }).map(String),
  fc.float({ min: Math.fround(0.01), max: 100, noNaN: true }).map((n) => n.toFixed(2)),
);
const units = fc.constantFrom(
  'mg',
  'mcg',
  'µg',
  'g',
  'units',
  'IU',
  'mg/kg',
  'mcg/kg/min',
  'units/kg/h',
  'mL/kg',
  'tablets',
  'mmol',
  'mEq',
);
const routes = fc.constantFrom(
  'PO',
  'IV',
  'IM',
  'SC',
  'subcut',
  'orally',
  'by mouth',
  'intravenously',
  'SL',
  'PR',
  'nebulised',
);
const frequencies = fc.constantFrom(
  'BID',
  'TID',
  'QID',
  'q6h',
  'q4-6h',
  'once daily',
  'twice a day',
  'every 8 hours',
  'PRN',
  'nocte',
  'stat',
  'OD',
  'TDS',
);
const spaces = fc.constantFrom('', ' ', '  ');

describe('guardrail properties', () => {
  it('no drug + dose + route + frequency sentence survives, whatever the order and spacing', () => {
    fc.assert(
      fc.property(
        drugs,
        amounts,
        units,
        routes,
        frequencies,
        spaces,
        fc.integer({ min: 0, max: 3 }),
        (drug, amount, unit, route, frequency, space, order) => {
          const dose = `${amount}${space}${unit}`;
          const parts = [
            [drug, dose, route, frequency],
            [dose, drug, frequency, route],
            [`give ${drug}`, dose, route],
            [`${route} ${drug}`, frequency, dose],
          ][order]!;
          const sentence = parts.join(' ');
          const guarded = guardText(`Findings reviewed. ${sentence}. Escalate if worse.`);
          expect(guarded.removed).toHaveLength(1);
          expect(guarded.text).not.toContain(amount);
          expect(guarded.text.toLowerCase()).not.toContain(drug);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a drug with only a route or frequency is removed too', () => {
    fc.assert(
      fc.property(drugs, fc.oneof(routes, frequencies), (drug, how) => classifyPassage(`${drug} ${how}`) !== null),
      { numRuns: 200 },
    );
  });

  it('laboratory values, scores and vital signs are never removed', () => {
    const labs = fc.constantFrom(
      'potassium',
      'sodium',
      'lactate',
      'glucose',
      'creatinine',
      'urea',
      'hemoglobin',
      'CRP',
      'troponin',
      'bilirubin',
      'albumin',
    );
    const labUnits = fc.constantFrom(
      'mmol/L',
      'mg/dL',
      'g/dL',
      'µmol/L',
      'umol/L',
      'g/L',
      'mg/L',
      'ng/L',
      'ng/mL',
      'U/L',
      'IU/L',
      '%',
      'x10^9/L',
    );
    const scores = fc.constantFrom(
      'NEWS2 score',
      'qSOFA',
      'CURB-65',
      'SpO2',
      'heart rate',
      'respiratory rate',
      'CHA2DS2-VASc',
    );
    fc.assert(
      fc.property(labs, amounts, labUnits, scores, fc.integer({ min: 0, max: 200 }), (lab, value, unit, score, n) => {
        const text = `${lab} ${value} ${unit}. ${score} ${n}${score === 'SpO2' ? '%' : ''}.`;
        return guardText(text).removed.length === 0;
      }),
      { numRuns: 400 },
    );
  });
});
