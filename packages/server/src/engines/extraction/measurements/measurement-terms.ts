/**
 * Vital signs and laboratory tests Meridian reads from a note: the names a
 * note uses, the LOINC coding (the adapter's named codings, already
 * check-digit tested), the category, and the unit assumed when the note
 * gives none (vitals only). An analyte reported both by mass and by amount
 * of substance (creatinine, glucose, urea, urea nitrogen, cholesterol, HbA1c)
 * has one LOINC code per property, and the unit the note states chooses it
 * (`codingOf`): "Creatinine 92 umol/L" is 14682-9 [Moles/volume], never
 * 2160-0 [Mass/volume]. With no unit the property is unknown, and the
 * Observation carries `code.text` only.
 *
 * @module
 */
import {
  LOINC_BUN_SERUM_MASS,
  LOINC_BUN_SERUM_MOLES,
  LOINC_CREATININE_SERUM_MOLES,
  LOINC_GLUCOSE_BLOOD_MASS,
  LOINC_GLUCOSE_BLOOD_MOLES,
  LOINC_GLUCOSE_SERUM_MOLES,
  LOINC_HBA1C_IFCC,
  LOINC_HDL_CHOLESTEROL_MASS,
  LOINC_HDL_CHOLESTEROL_MOLES,
  LOINC_LDL_CHOLESTEROL_MOLES,
  LOINC_TOTAL_CHOLESTEROL_MOLES,
  LOINC_UREA_SERUM_MASS,
  LOINC_UREA_SERUM_MOLES,
  LOINC_BODY_HEIGHT,
  LOINC_BODY_TEMPERATURE,
  LOINC_BODY_WEIGHT,
  LOINC_BMI,
  LOINC_CREATININE_SERUM_MASS,
  LOINC_EGFR_CKD_EPI_2021,
  LOINC_GLUCOSE_SERUM_MASS,
  LOINC_HBA1C,
  LOINC_HEART_RATE,
  LOINC_HEMOGLOBIN,
  LOINC_INR,
  LOINC_LDL_CHOLESTEROL_MASS,
  LOINC_PLATELETS,
  LOINC_POTASSIUM_SERUM,
  LOINC_RESPIRATORY_RATE,
  LOINC_SODIUM_SERUM,
  LOINC_SPO2_PULSE_OXIMETRY,
  LOINC_TOTAL_CHOLESTEROL_MASS,
  LOINC_WBC,
} from '@meridian/fhir-adapter';
import { unitProperty, type UnitProperty } from './unit-property.js';

/** A coding as the adapter names it. */
export interface NamedCoding {
  readonly system: string;
  readonly code: string;
  readonly display: string;
}

/** A measurable quantity a note may state. */
export interface MeasurementTerm {
  readonly names: readonly string[];
  /** The coding when the term has one property (or, with `byProperty`, when the stated unit implies none of them: none). */
  readonly coding: NamedCoding | null;
  /** One coding per property, for analytes reported by mass and by amount of substance. */
  readonly byProperty?: Readonly<Partial<Record<UnitProperty, NamedCoding>>>;
  readonly category: 'vital-signs' | 'laboratory';
  /** The unit when the note writes a bare number. */
  readonly defaultUnit?: string;
}

/** The measurements, vitals first. @example `MEASUREMENT_TERMS[0]?.names.includes('hr')` */
export const MEASUREMENT_TERMS: readonly MeasurementTerm[] = [
  { names: ['heart rate', 'hr', 'pulse', 'p'], coding: LOINC_HEART_RATE, category: 'vital-signs', defaultUnit: '/min' },
  {
    names: ['respiratory rate', 'rr', 'resp rate', 'resp'],
    coding: LOINC_RESPIRATORY_RATE,
    category: 'vital-signs',
    defaultUnit: '/min',
  },
  { names: ['temperature', 'temp', 't'], coding: LOINC_BODY_TEMPERATURE, category: 'vital-signs' },
  {
    names: ['spo2', 'sao2', 'o2 sat', 'o2 sats', 'oxygen saturation', 'sat', 'sats'],
    coding: LOINC_SPO2_PULSE_OXIMETRY,
    category: 'vital-signs',
    defaultUnit: '%',
  },
  { names: ['weight', 'wt'], coding: LOINC_BODY_WEIGHT, category: 'vital-signs' },
  { names: ['height', 'ht'], coding: LOINC_BODY_HEIGHT, category: 'vital-signs' },
  { names: ['bmi', 'body mass index'], coding: LOINC_BMI, category: 'vital-signs', defaultUnit: 'kg/m2' },
  {
    names: ['creatinine', 'cr', 'creat'],
    coding: null,
    byProperty: { mass: LOINC_CREATININE_SERUM_MASS, substance: LOINC_CREATININE_SERUM_MOLES },
    category: 'laboratory',
  },
  {
    names: ['glucose', 'serum glucose', 'plasma glucose'],
    coding: null,
    byProperty: { mass: LOINC_GLUCOSE_SERUM_MASS, substance: LOINC_GLUCOSE_SERUM_MOLES },
    category: 'laboratory',
  },
  {
    names: ['blood glucose', 'bg', 'cbg', 'bsl', 'blood sugar'],
    coding: null,
    byProperty: { mass: LOINC_GLUCOSE_BLOOD_MASS, substance: LOINC_GLUCOSE_BLOOD_MOLES },
    category: 'laboratory',
  },
  {
    names: ['urea', 'serum urea'],
    coding: null,
    byProperty: { mass: LOINC_UREA_SERUM_MASS, substance: LOINC_UREA_SERUM_MOLES },
    category: 'laboratory',
  },
  {
    names: ['bun', 'urea nitrogen', 'blood urea nitrogen'],
    coding: null,
    byProperty: { mass: LOINC_BUN_SERUM_MASS, substance: LOINC_BUN_SERUM_MOLES },
    category: 'laboratory',
  },
  {
    names: ['hba1c', 'a1c', 'hemoglobin a1c', 'haemoglobin a1c'],
    coding: null,
    byProperty: { fraction: LOINC_HBA1C, substance: LOINC_HBA1C_IFCC },
    category: 'laboratory',
    defaultUnit: '%',
  },
  { names: ['hemoglobin', 'haemoglobin', 'hgb', 'hb'], coding: LOINC_HEMOGLOBIN, category: 'laboratory' },
  { names: ['wbc', 'white blood cells', 'white cell count'], coding: LOINC_WBC, category: 'laboratory' },
  { names: ['platelets', 'plt', 'platelet count'], coding: LOINC_PLATELETS, category: 'laboratory' },
  { names: ['inr'], coding: LOINC_INR, category: 'laboratory', defaultUnit: '{INR}' },
  { names: ['sodium', 'na'], coding: LOINC_SODIUM_SERUM, category: 'laboratory' },
  { names: ['potassium', 'k'], coding: LOINC_POTASSIUM_SERUM, category: 'laboratory' },
  {
    names: ['ldl', 'ldl cholesterol', 'ldl-c'],
    coding: null,
    byProperty: { mass: LOINC_LDL_CHOLESTEROL_MASS, substance: LOINC_LDL_CHOLESTEROL_MOLES },
    category: 'laboratory',
  },
  {
    names: ['hdl', 'hdl cholesterol', 'hdl-c'],
    coding: null,
    byProperty: { mass: LOINC_HDL_CHOLESTEROL_MASS, substance: LOINC_HDL_CHOLESTEROL_MOLES },
    category: 'laboratory',
  },
  {
    names: ['total cholesterol', 'cholesterol', 'chol'],
    coding: null,
    byProperty: { mass: LOINC_TOTAL_CHOLESTEROL_MASS, substance: LOINC_TOTAL_CHOLESTEROL_MOLES },
    category: 'laboratory',
  },
  { names: ['egfr'], coding: LOINC_EGFR_CKD_EPI_2021, category: 'laboratory' },
  // Tumour markers: no curated LOINC coding is loaded, so they carry text only.
  { names: ['psa'], coding: null, category: 'laboratory' },
  { names: ['ca-125', 'ca 125', 'ca125'], coding: null, category: 'laboratory' },
  { names: ['cea'], coding: null, category: 'laboratory' },
];

/**
 * The LOINC coding of a stated measurement: the term's one coding, or the
 * coding of the property its UCUM unit implies (none when the unit is
 * missing or implies another property).
 *
 * @example
 * ```ts
 * codingOf(creatinine, 'umol/L')?.code; // '14682-9'
 * codingOf(creatinine, 'mg/dL')?.code; // '2160-0'
 * codingOf(creatinine, undefined); // null
 * ```
 */
export function codingOf(term: MeasurementTerm, ucum: string | undefined): NamedCoding | null {
  if (!term.byProperty) return term.coding;
  return ucum === undefined ? null : (term.byProperty[unitProperty(ucum)] ?? null);
}
