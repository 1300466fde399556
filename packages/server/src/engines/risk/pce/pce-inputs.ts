/**
 * The inputs of the Pooled Cohort Equations, declared as data.
 *
 * Staleness: cholesterol, blood pressure and smoking status are chronic values — a stale one is
 * used with a `stale-value-used` warning. Diabetes, BP treatment and established ASCVD come from
 * the problem and medication lists (absence read as "no").
 *
 * @module
 */
import { DIABETES, ESTABLISHED_ASCVD } from '../codes/condition-concepts.js';
import { CURRENT_SMOKER, NOT_CURRENT_SMOKER } from '../codes/finding-concepts.js';
import { RACE_AFRICAN_AMERICAN_CODES, RACE_WHITE_CODES } from '../codes/finding-codes.js';
import { ANTIHYPERTENSIVE } from '../codes/medication-concepts.js';
import type { InputDefinition, InputPolicy } from '../types.js';

const CHRONIC: InputPolicy = { whenNotRecorded: 'missing', whenStale: 'use-with-warning' };
const HISTORY: InputPolicy = { whenNotRecorded: 'absent', whenStale: 'use-with-warning' };

/** PCE inputs by name. */
export const PCE_INPUTS = {
  age: {
    name: 'age',
    description: 'Age in years (40–79).',
    sources: [{ from: 'demographics', field: 'ageYears' }],
    answer: { type: 'number', unit: 'a' },
    policy: CHRONIC,
  },
  sex: {
    name: 'sex',
    description: 'Sex (selects the equation).',
    sources: [{ from: 'demographics', field: 'sex' }],
    answer: { type: 'choice', options: ['male', 'female'] },
    policy: CHRONIC,
  },
  race: {
    name: 'race',
    description:
      'Race: African-American equations, or white equations (also used for other races, as the guideline advises).',
    sources: [{ from: 'demographics', field: 'raceCodes' }],
    answer: { type: 'choice', options: ['white', 'african-american', 'other'] },
    policy: CHRONIC,
  },
  totalCholesterol: {
    name: 'totalCholesterol',
    description: 'Total cholesterol (mg/dL, 130–320).',
    sources: [{ from: 'measurement', measure: 'totalCholesterol' }],
    answer: { type: 'number', unit: 'mg/dL' },
    policy: CHRONIC,
  },
  hdlCholesterol: {
    name: 'hdlCholesterol',
    description: 'HDL cholesterol (mg/dL, 20–100).',
    sources: [{ from: 'measurement', measure: 'hdlCholesterol' }],
    answer: { type: 'number', unit: 'mg/dL' },
    policy: CHRONIC,
  },
  systolicBp: {
    name: 'systolicBp',
    description: 'Systolic blood pressure (mmHg, 90–200).',
    sources: [{ from: 'measurement', measure: 'systolicBp' }],
    answer: { type: 'number', unit: 'mm[Hg]' },
    policy: CHRONIC,
  },
  onBloodPressureTreatment: {
    name: 'onBloodPressureTreatment',
    description: 'Taking blood-pressure-lowering medication (selects the treated-SBP coefficients).',
    sources: [{ from: 'medication', medication: ANTIHYPERTENSIVE }],
    answer: { type: 'boolean' },
    policy: HISTORY,
  },
  currentSmoker: {
    name: 'currentSmoker',
    description: 'Current smoker.',
    sources: [{ from: 'finding', finding: 'smokingStatus', concepts: [CURRENT_SMOKER, NOT_CURRENT_SMOKER] }],
    answer: { type: 'boolean' },
    policy: CHRONIC,
  },
  diabetes: {
    name: 'diabetes',
    description: 'Diabetes mellitus.',
    sources: [{ from: 'condition', concept: DIABETES }],
    answer: { type: 'boolean' },
    policy: HISTORY,
  },
  establishedAscvd: {
    name: 'establishedAscvd',
    description:
      'Clinical ASCVD (MI, angina, coronary disease or revascularisation, stroke, TIA, PAD): the equations are for primary prevention and do not apply.',
    sources: [{ from: 'condition', concept: ESTABLISHED_ASCVD }],
    answer: { type: 'boolean' },
    policy: HISTORY,
  },
} as const satisfies Record<string, InputDefinition>;

/** The race code sets, in precedence order. */
export const PCE_RACE_CODE_SETS = { africanAmerican: RACE_AFRICAN_AMERICAN_CODES, white: RACE_WHITE_CODES } as const;
