/**
 * The words for the codes and keys a risk result carries: calculator input
 * names (`supplementalOxygen`), ACVPU levels (`C`), oxygen, band ids
 * (`low-zero`) and calculator ids, for every place that shows them.
 *
 * @module
 */
import type { CalculatorId } from '../schemas/risk.js';
import { formatMeasured } from './units.js';

/**
 * ACVPU levels of consciousness (NEWS2, RCP 2017) in words.
 *
 * @example
 * ```ts
 * ACVPU_LABELS.C; // 'New confusion'
 * ```
 */
export const ACVPU_LABELS = {
  A: 'Alert',
  C: 'New confusion',
  V: 'Responds to voice',
  P: 'Responds to pain',
  U: 'Unresponsive',
} as const;

/**
 * Supplemental oxygen (the NEWS2 "air or oxygen" input) in words.
 *
 * @example
 * ```ts
 * SUPPLEMENTAL_OXYGEN_LABELS.true; // 'on oxygen'
 * ```
 */
export const SUPPLEMENTAL_OXYGEN_LABELS = { true: 'on oxygen', false: 'on air' } as const;

/**
 * Each calculator input (and the criterion it feeds, where they share the
 * name) as a clinician reads it.
 *
 * @example
 * ```ts
 * RISK_INPUT_LABELS.supplementalOxygen; // 'Air or oxygen'
 * ```
 */
export const RISK_INPUT_LABELS: Readonly<Record<string, string>> = {
  respiratoryRate: 'Respiratory rate',
  oxygenSaturation: 'Oxygen saturation (SpO2)',
  useSpo2Scale2: 'SpO2 scale 2 (hypercapnic respiratory failure)',
  supplementalOxygen: 'Air or oxygen',
  systolicBp: 'Systolic blood pressure',
  diastolicBp: 'Diastolic blood pressure',
  heartRate: 'Heart rate',
  consciousness: 'Consciousness',
  levelOfConsciousness: 'Level of consciousness',
  temperature: 'Temperature',
  alteredMentation: 'Altered mentation',
  confusion: 'Confusion',
  urea: 'Urea',
  age: 'Age',
  sex: 'Sex',
  race: 'Race',
  congestiveHeartFailure: 'Congestive heart failure',
  hypertension: 'Hypertension',
  diabetes: 'Diabetes',
  strokeTiaOrThromboembolism: 'Stroke, TIA or thromboembolism',
  vascularDisease: 'Vascular disease',
  uncontrolledHypertension: 'Uncontrolled hypertension',
  abnormalRenalFunction: 'Abnormal renal function',
  abnormalLiverFunction: 'Abnormal liver function',
  strokeHistory: 'Stroke history',
  bleedingHistoryOrPredisposition: 'Bleeding history or predisposition',
  labileInr: 'Labile INR',
  antiplateletOrNsaid: 'Antiplatelet or NSAID use',
  alcoholExcess: 'Alcohol (8 or more drinks a week)',
  totalCholesterol: 'Total cholesterol',
  hdlCholesterol: 'HDL cholesterol',
  onBloodPressureTreatment: 'On blood pressure treatment',
  currentSmoker: 'Current smoker',
  smokingStatus: 'Smoking status',
  establishedAscvd: 'Established atherosclerotic cardiovascular disease',
  clinicalSignsOfDvt: 'Clinical signs of DVT',
  peMostLikelyDiagnosis: 'PE the most likely diagnosis',
  immobilisationOrRecentSurgery: 'Immobilisation or surgery in the previous 4 weeks',
  previousDvtOrPe: 'Previous DVT or PE',
  haemoptysis: 'Haemoptysis',
  malignancy: 'Malignancy',
  pregnancyStatus: 'Pregnancy status',
};

/**
 * A calculator input's label: {@link RISK_INPUT_LABELS}, else its camelCase
 * name as words (`fooBarBaz` → `Foo bar baz`). `midSentence` lowers the
 * first letter unless it starts an abbreviation (`HDL cholesterol` stays).
 *
 * @example
 * ```ts
 * riskInputLabel('alteredMentation'); // 'Altered mentation'
 * riskInputLabel('supplementalOxygen', { midSentence: true }); // 'air or oxygen'
 * ```
 */
export function riskInputLabel(name: string, options: { midSentence?: boolean } = {}): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  const label = RISK_INPUT_LABELS[name] ?? words.charAt(0).toUpperCase() + words.slice(1);
  return options.midSentence && /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

const CODED_VALUES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  consciousness: ACVPU_LABELS,
  levelOfConsciousness: ACVPU_LABELS,
  supplementalOxygen: SUPPLEMENTAL_OXYGEN_LABELS,
};

/**
 * The value of a calculator input or criterion in words: an ACVPU level as
 * its name, supplemental oxygen as "on oxygen"/"on air", other yes/no
 * values as `yes`/`no`, numbers and measured text with their unit as people
 * write it.
 *
 * @example
 * ```ts
 * riskValueText('consciousness', 'C'); // 'New confusion'
 * riskValueText('supplementalOxygen', false); // 'on air'
 * riskValueText('age', 78, 'a'); // '78 years'
 * ```
 */
export function riskValueText(
  name: string,
  value: number | string | boolean,
  unit?: string | null,
  locale = 'en',
): string {
  const coded = CODED_VALUES[name]?.[String(value)];
  if (coded) return coded;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return formatMeasured(value, unit, locale);
}

/**
 * Short names of the calculators, as alerts and summaries name them.
 *
 * @example
 * ```ts
 * CALCULATOR_SHORT_NAMES.qsofa; // 'qSOFA'
 * ```
 */
export const CALCULATOR_SHORT_NAMES = {
  news2: 'NEWS2',
  qsofa: 'qSOFA',
  'cha2ds2-vasc': 'CHA2DS2-VASc',
  'has-bled': 'HAS-BLED',
  'curb-65': 'CURB-65',
  'pce-ascvd': 'Pooled Cohort Equations',
  'wells-pe': 'Wells PE',
} as const satisfies Record<CalculatorId, string>;

const BAND_WORDS: Readonly<Record<string, string>> = {
  'low-zero': 'low (score 0)',
  'low-medium': 'low–medium (3 in one parameter)',
};

/**
 * A band id (`low-zero`, `medium`, `positive`) as a word or two.
 *
 * @example
 * ```ts
 * riskBandWords('low-zero'); // 'low (score 0)'
 * riskBandWords('high'); // 'high'
 * ```
 */
export function riskBandWords(band: string): string {
  return BAND_WORDS[band] ?? band.replace(/-/g, ' ');
}
