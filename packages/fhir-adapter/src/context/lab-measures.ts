/**
 * Laboratory entries of the `MEASURES` catalogue.
 *
 * Staleness choices (kept but flagged `stale` beyond them):
 * - glucose, lactate: 24 h — acute markers that change within hours;
 * - creatinine, urea, BUN, eGFR, sodium, potassium, blood count, INR: 7 days —
 *   renal function, electrolytes and counts can move within days in illness;
 * - HbA1c: 90 days — it reflects the last ~3 months of glycaemia;
 * - cholesterol (total, HDL, LDL): 1 year — used for long-term CV risk.
 *
 * @module
 */
import { DAY, HOUR, YEAR, type MeasureDefinition } from './measure-definition.js';
import * as L from './lab-codes.js';
import { MOLECULAR_WEIGHTS } from './molecular-weights.js';

/** mEq/L equals mmol/L for a monovalent ion (Na+, K+). */
const MONOVALENT_MEQ = { 'meq/L': { factor: 1, offset: 0 } } as const;

export const LAB_MEASURES = {
  glucose: {
    key: 'glucose',
    label: 'glucose',
    unit: 'mmol/L',
    codings: [
      L.LOINC_GLUCOSE_BLOOD_MASS,
      L.LOINC_GLUCOSE_SERUM_MASS,
      L.LOINC_GLUCOSE_GLUCOMETER_MASS,
      L.LOINC_GLUCOSE_CAPILLARY_MASS,
      L.LOINC_GLUCOSE_SERUM_MOLES,
      L.LOINC_GLUCOSE_BLOOD_MOLES,
      L.LOINC_GLUCOSE_GLUCOMETER_MOLES,
    ],
    molecularWeight: MOLECULAR_WEIGHTS.glucose,
    plausible: { min: 0.3, max: 150 },
    staleAfterHours: 24 * HOUR,
  },
  creatinine: {
    key: 'creatinine',
    label: 'creatinine',
    unit: 'umol/L',
    codings: [
      L.LOINC_CREATININE_SERUM_MASS,
      L.LOINC_CREATININE_BLOOD_MASS,
      L.LOINC_CREATININE_SERUM_MOLES,
      L.LOINC_CREATININE_BLOOD_MOLES,
    ],
    molecularWeight: MOLECULAR_WEIGHTS.creatinine,
    plausible: { min: 5, max: 3000 },
    staleAfterHours: 7 * DAY,
  },
  urea: {
    key: 'urea',
    label: 'urea',
    unit: 'mmol/L',
    codings: [L.LOINC_UREA_SERUM_MASS, L.LOINC_UREA_SERUM_MOLES],
    molecularWeight: MOLECULAR_WEIGHTS.urea,
    plausible: { min: 0.2, max: 150 },
    staleAfterHours: 7 * DAY,
  },
  ureaNitrogen: {
    key: 'ureaNitrogen',
    label: 'urea nitrogen',
    unit: 'mg/dL',
    codings: [L.LOINC_BUN_SERUM_MASS, L.LOINC_BUN_BLOOD_MASS, L.LOINC_BUN_SERUM_MOLES],
    molecularWeight: MOLECULAR_WEIGHTS.ureaNitrogen,
    plausible: { min: 0.5, max: 400 },
    staleAfterHours: 7 * DAY,
  },
  totalCholesterol: {
    key: 'totalCholesterol',
    label: 'total cholesterol',
    unit: 'mmol/L',
    codings: [L.LOINC_TOTAL_CHOLESTEROL_MASS, L.LOINC_TOTAL_CHOLESTEROL_MOLES],
    molecularWeight: MOLECULAR_WEIGHTS.cholesterol,
    plausible: { min: 0.5, max: 50 },
    staleAfterHours: 1 * YEAR,
  },
  hdlCholesterol: {
    key: 'hdlCholesterol',
    label: 'HDL cholesterol',
    unit: 'mmol/L',
    codings: [L.LOINC_HDL_CHOLESTEROL_MASS, L.LOINC_HDL_CHOLESTEROL_MOLES],
    molecularWeight: MOLECULAR_WEIGHTS.cholesterol,
    plausible: { min: 0.05, max: 10 },
    staleAfterHours: 1 * YEAR,
  },
  ldlCholesterol: {
    key: 'ldlCholesterol',
    label: 'LDL cholesterol',
    unit: 'mmol/L',
    codings: [
      L.LOINC_LDL_CHOLESTEROL_DIRECT,
      L.LOINC_LDL_CHOLESTEROL_CALCULATED,
      L.LOINC_LDL_CHOLESTEROL_MASS,
      L.LOINC_LDL_CHOLESTEROL_MOLES,
    ],
    molecularWeight: MOLECULAR_WEIGHTS.cholesterol,
    plausible: { min: 0.05, max: 40 },
    staleAfterHours: 1 * YEAR,
  },
  hba1c: {
    key: 'hba1c',
    label: 'HbA1c',
    unit: '%',
    codings: [L.LOINC_HBA1C, L.LOINC_HBA1C_HPLC, L.LOINC_HBA1C_IFCC],
    // IFCC mmol/mol -> NGSP %: the IFCC-NGSP master equation (NGSP = 0.09148 × IFCC + 2.152).
    // UCUM would turn % into mmol/mol by ×10, which is clinically wrong, hence acceptedUnits.
    extraConversions: { 'mmol/mol': { factor: 0.09148, offset: 2.152 } },
    acceptedUnits: ['%'],
    plausible: { min: 2, max: 25 },
    staleAfterHours: 90 * DAY,
  },
  hemoglobin: {
    key: 'hemoglobin',
    label: 'hemoglobin',
    unit: 'g/dL',
    codings: [L.LOINC_HEMOGLOBIN, L.LOINC_HEMOGLOBIN_ARTERIAL],
    plausible: { min: 1, max: 26 },
    staleAfterHours: 7 * DAY,
  },
  whiteBloodCells: {
    key: 'whiteBloodCells',
    label: 'white blood cell count',
    unit: '10*9/L',
    codings: [L.LOINC_WBC_AUTOMATED, L.LOINC_WBC],
    plausible: { min: 0, max: 1000 },
    staleAfterHours: 7 * DAY,
  },
  platelets: {
    key: 'platelets',
    label: 'platelet count',
    unit: '10*9/L',
    codings: [L.LOINC_PLATELETS_AUTOMATED, L.LOINC_PLATELETS],
    plausible: { min: 0, max: 5000 },
    staleAfterHours: 7 * DAY,
  },
  inr: {
    key: 'inr',
    label: 'INR',
    unit: '{INR}',
    codings: [L.LOINC_INR, L.LOINC_INR_BLOOD],
    unitless: true,
    acceptedUnits: ['{INR}', '1', '{ratio}'],
    plausible: { min: 0.5, max: 25 },
    staleAfterHours: 7 * DAY,
  },
  lactate: {
    key: 'lactate',
    label: 'lactate',
    unit: 'mmol/L',
    codings: [L.LOINC_LACTATE_SERUM, L.LOINC_LACTATE_BLOOD],
    molecularWeight: MOLECULAR_WEIGHTS.lactate,
    plausible: { min: 0, max: 40 },
    staleAfterHours: 24 * HOUR,
  },
  sodium: {
    key: 'sodium',
    label: 'sodium',
    unit: 'mmol/L',
    codings: [L.LOINC_SODIUM_SERUM, L.LOINC_SODIUM_BLOOD],
    extraConversions: MONOVALENT_MEQ,
    plausible: { min: 80, max: 220 },
    staleAfterHours: 7 * DAY,
  },
  potassium: {
    key: 'potassium',
    label: 'potassium',
    unit: 'mmol/L',
    codings: [L.LOINC_POTASSIUM_SERUM, L.LOINC_POTASSIUM_BLOOD],
    extraConversions: MONOVALENT_MEQ,
    plausible: { min: 1, max: 15 },
    staleAfterHours: 7 * DAY,
  },
  egfr: {
    key: 'egfr',
    label: 'estimated GFR',
    unit: 'mL/min/{1.73_m2}',
    codings: [
      L.LOINC_EGFR_MDRD,
      L.LOINC_EGFR_CKD_EPI,
      L.LOINC_EGFR_CKD_EPI_2021,
      L.LOINC_EGFR_NON_BLACK,
      L.LOINC_EGFR_BLACK,
    ],
    plausible: { min: 0, max: 250 },
    staleAfterHours: 7 * DAY,
  },
} as const satisfies Record<string, MeasureDefinition>;
