/**
 * Vital signs and laboratory tests Meridian reads from a note: the names a
 * note uses, the LOINC coding (the adapter's named codings, already
 * check-digit tested), the category, and the unit assumed when the note
 * gives none (vitals only).
 *
 * @module
 */
import {
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

/** A coding as the adapter names it. */
export interface NamedCoding {
  readonly system: string;
  readonly code: string;
  readonly display: string;
}

/** A measurable quantity a note may state. */
export interface MeasurementTerm {
  readonly names: readonly string[];
  readonly coding: NamedCoding | null;
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
  { names: ['creatinine', 'cr', 'creat'], coding: LOINC_CREATININE_SERUM_MASS, category: 'laboratory' },
  { names: ['glucose', 'blood glucose', 'bg'], coding: LOINC_GLUCOSE_SERUM_MASS, category: 'laboratory' },
  {
    names: ['hba1c', 'a1c', 'hemoglobin a1c', 'haemoglobin a1c'],
    coding: LOINC_HBA1C,
    category: 'laboratory',
    defaultUnit: '%',
  },
  { names: ['hemoglobin', 'haemoglobin', 'hgb', 'hb'], coding: LOINC_HEMOGLOBIN, category: 'laboratory' },
  { names: ['wbc', 'white blood cells', 'white cell count'], coding: LOINC_WBC, category: 'laboratory' },
  { names: ['platelets', 'plt', 'platelet count'], coding: LOINC_PLATELETS, category: 'laboratory' },
  { names: ['inr'], coding: LOINC_INR, category: 'laboratory', defaultUnit: '{INR}' },
  { names: ['sodium', 'na'], coding: LOINC_SODIUM_SERUM, category: 'laboratory' },
  { names: ['potassium', 'k'], coding: LOINC_POTASSIUM_SERUM, category: 'laboratory' },
  { names: ['ldl', 'ldl cholesterol'], coding: LOINC_LDL_CHOLESTEROL_MASS, category: 'laboratory' },
  { names: ['total cholesterol', 'cholesterol'], coding: LOINC_TOTAL_CHOLESTEROL_MASS, category: 'laboratory' },
  { names: ['egfr'], coding: LOINC_EGFR_CKD_EPI_2021, category: 'laboratory' },
  // Tumour markers: no curated LOINC coding is loaded, so they carry text only.
  { names: ['psa'], coding: null, category: 'laboratory' },
  { names: ['ca-125', 'ca 125', 'ca125'], coding: null, category: 'laboratory' },
  { names: ['cea'], coding: null, category: 'laboratory' },
];
