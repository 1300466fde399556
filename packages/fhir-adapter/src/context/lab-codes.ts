/**
 * Codings of laboratory results (LOINC), one named constant per coding.
 * Mass and molar variants of the same analyte are listed separately; `MEASURES`
 * groups them into one concept and UCUM converts between them.
 *
 * @module
 */
import { CODE_SYSTEMS } from './code-systems.js';

const { loinc } = CODE_SYSTEMS;

/** LOINC 2339-0 Glucose [Mass/volume] in Blood. @example `LOINC_GLUCOSE_BLOOD_MASS.code // '2339-0'` */
export const LOINC_GLUCOSE_BLOOD_MASS = {
  system: loinc,
  code: '2339-0',
  display: 'Glucose [Mass/volume] in Blood',
} as const;
/** LOINC 2345-7 Glucose [Mass/volume] in Serum or Plasma. @example `LOINC_GLUCOSE_SERUM_MASS.code // '2345-7'` */
export const LOINC_GLUCOSE_SERUM_MASS = {
  system: loinc,
  code: '2345-7',
  display: 'Glucose [Mass/volume] in Serum or Plasma',
} as const;
/** LOINC 41653-7 Glucose [Mass/volume] in Capillary blood by Glucometer. @example `LOINC_GLUCOSE_GLUCOMETER_MASS.code // '41653-7'` */
export const LOINC_GLUCOSE_GLUCOMETER_MASS = {
  system: loinc,
  code: '41653-7',
  display: 'Glucose [Mass/volume] in Capillary blood by Glucometer',
} as const;
/** LOINC 32016-8 Glucose [Mass/volume] in Capillary blood. @example `LOINC_GLUCOSE_CAPILLARY_MASS.code // '32016-8'` */
export const LOINC_GLUCOSE_CAPILLARY_MASS = {
  system: loinc,
  code: '32016-8',
  display: 'Glucose [Mass/volume] in Capillary blood',
} as const;
/** LOINC 14749-6 Glucose [Moles/volume] in Serum or Plasma. @example `LOINC_GLUCOSE_SERUM_MOLES.code // '14749-6'` */
export const LOINC_GLUCOSE_SERUM_MOLES = {
  system: loinc,
  code: '14749-6',
  display: 'Glucose [Moles/volume] in Serum or Plasma',
} as const;
/** LOINC 15074-8 Glucose [Moles/volume] in Blood. @example `LOINC_GLUCOSE_BLOOD_MOLES.code // '15074-8'` */
export const LOINC_GLUCOSE_BLOOD_MOLES = {
  system: loinc,
  code: '15074-8',
  display: 'Glucose [Moles/volume] in Blood',
} as const;
/** LOINC 14743-9 Glucose [Moles/volume] in Capillary blood by Glucometer. @example `LOINC_GLUCOSE_GLUCOMETER_MOLES.code // '14743-9'` */
export const LOINC_GLUCOSE_GLUCOMETER_MOLES = {
  system: loinc,
  code: '14743-9',
  display: 'Glucose [Moles/volume] in Capillary blood by Glucometer',
} as const;
/** LOINC 2160-0 Creatinine [Mass/volume] in Serum or Plasma. @example `LOINC_CREATININE_SERUM_MASS.code // '2160-0'` */
export const LOINC_CREATININE_SERUM_MASS = {
  system: loinc,
  code: '2160-0',
  display: 'Creatinine [Mass/volume] in Serum or Plasma',
} as const;
/** LOINC 38483-4 Creatinine [Mass/volume] in Blood (Synthea). @example `LOINC_CREATININE_BLOOD_MASS.code // '38483-4'` */
export const LOINC_CREATININE_BLOOD_MASS = {
  system: loinc,
  code: '38483-4',
  display: 'Creatinine [Mass/volume] in Blood',
} as const;
/** LOINC 14682-9 Creatinine [Moles/volume] in Serum or Plasma. @example `LOINC_CREATININE_SERUM_MOLES.code // '14682-9'` */
export const LOINC_CREATININE_SERUM_MOLES = {
  system: loinc,
  code: '14682-9',
  display: 'Creatinine [Moles/volume] in Serum or Plasma',
} as const;
/** LOINC 59826-8 Creatinine [Moles/volume] in Blood. @example `LOINC_CREATININE_BLOOD_MOLES.code // '59826-8'` */
export const LOINC_CREATININE_BLOOD_MOLES = {
  system: loinc,
  code: '59826-8',
  display: 'Creatinine [Moles/volume] in Blood',
} as const;
/** LOINC 3091-6 Urea [Mass/volume] in Serum or Plasma. @example `LOINC_UREA_SERUM_MASS.code // '3091-6'` */
export const LOINC_UREA_SERUM_MASS = {
  system: loinc,
  code: '3091-6',
  display: 'Urea [Mass/volume] in Serum or Plasma',
} as const;
/** LOINC 22664-7 Urea [Moles/volume] in Serum or Plasma. @example `LOINC_UREA_SERUM_MOLES.code // '22664-7'` */
export const LOINC_UREA_SERUM_MOLES = {
  system: loinc,
  code: '22664-7',
  display: 'Urea [Moles/volume] in Serum or Plasma',
} as const;
/** LOINC 14937-7 Urea nitrogen [Moles/volume] in Serum or Plasma. @example `LOINC_BUN_SERUM_MOLES.code // '14937-7'` */
export const LOINC_BUN_SERUM_MOLES = {
  system: loinc,
  code: '14937-7',
  display: 'Urea nitrogen [Moles/volume] in Serum or Plasma',
} as const;
/** LOINC 3094-0 Urea nitrogen [Mass/volume] in Serum or Plasma. @example `LOINC_BUN_SERUM_MASS.code // '3094-0'` */
export const LOINC_BUN_SERUM_MASS = {
  system: loinc,
  code: '3094-0',
  display: 'Urea nitrogen [Mass/volume] in Serum or Plasma',
} as const;
/** LOINC 6299-2 Urea nitrogen [Mass/volume] in Blood (Synthea). @example `LOINC_BUN_BLOOD_MASS.code // '6299-2'` */
export const LOINC_BUN_BLOOD_MASS = {
  system: loinc,
  code: '6299-2',
  display: 'Urea nitrogen [Mass/volume] in Blood',
} as const;
/** LOINC 2093-3 Cholesterol [Mass/volume] in Serum or Plasma. @example `LOINC_TOTAL_CHOLESTEROL_MASS.code // '2093-3'` */
export const LOINC_TOTAL_CHOLESTEROL_MASS = {
  system: loinc,
  code: '2093-3',
  display: 'Cholesterol [Mass/volume] in Serum or Plasma',
} as const;
/** LOINC 14647-2 Cholesterol [Moles/volume] in Serum or Plasma. @example `LOINC_TOTAL_CHOLESTEROL_MOLES.code // '14647-2'` */
export const LOINC_TOTAL_CHOLESTEROL_MOLES = {
  system: loinc,
  code: '14647-2',
  display: 'Cholesterol [Moles/volume] in Serum or Plasma',
} as const;
/** LOINC 2085-9 HDL cholesterol [Mass/volume]. @example `LOINC_HDL_CHOLESTEROL_MASS.code // '2085-9'` */
export const LOINC_HDL_CHOLESTEROL_MASS = {
  system: loinc,
  code: '2085-9',
  display: 'Cholesterol in HDL [Mass/volume] in Serum or Plasma',
} as const;
/** LOINC 14646-4 HDL cholesterol [Moles/volume]. @example `LOINC_HDL_CHOLESTEROL_MOLES.code // '14646-4'` */
export const LOINC_HDL_CHOLESTEROL_MOLES = {
  system: loinc,
  code: '14646-4',
  display: 'Cholesterol in HDL [Moles/volume] in Serum or Plasma',
} as const;
/** LOINC 18262-6 LDL cholesterol [Mass/volume] by Direct assay. @example `LOINC_LDL_CHOLESTEROL_DIRECT.code // '18262-6'` */
export const LOINC_LDL_CHOLESTEROL_DIRECT = {
  system: loinc,
  code: '18262-6',
  display: 'Cholesterol in LDL [Mass/volume] in Serum or Plasma by Direct assay',
} as const;
/** LOINC 13457-7 LDL cholesterol [Mass/volume] by calculation. @example `LOINC_LDL_CHOLESTEROL_CALCULATED.code // '13457-7'` */
export const LOINC_LDL_CHOLESTEROL_CALCULATED = {
  system: loinc,
  code: '13457-7',
  display: 'Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation',
} as const;
/** LOINC 2089-1 LDL cholesterol [Mass/volume]. @example `LOINC_LDL_CHOLESTEROL_MASS.code // '2089-1'` */
export const LOINC_LDL_CHOLESTEROL_MASS = {
  system: loinc,
  code: '2089-1',
  display: 'Cholesterol in LDL [Mass/volume] in Serum or Plasma',
} as const;
/** LOINC 22748-8 LDL cholesterol [Moles/volume]. @example `LOINC_LDL_CHOLESTEROL_MOLES.code // '22748-8'` */
export const LOINC_LDL_CHOLESTEROL_MOLES = {
  system: loinc,
  code: '22748-8',
  display: 'Cholesterol in LDL [Moles/volume] in Serum or Plasma',
} as const;
/** LOINC 4548-4 Hemoglobin A1c/Hemoglobin.total in Blood. @example `LOINC_HBA1C.code // '4548-4'` */
export const LOINC_HBA1C = {
  system: loinc,
  code: '4548-4',
  display: 'Hemoglobin A1c/Hemoglobin.total in Blood',
} as const;
/** LOINC 17856-6 Hemoglobin A1c by HPLC. @example `LOINC_HBA1C_HPLC.code // '17856-6'` */
export const LOINC_HBA1C_HPLC = {
  system: loinc,
  code: '17856-6',
  display: 'Hemoglobin A1c/Hemoglobin.total in Blood by HPLC',
} as const;
/** LOINC 59261-8 Hemoglobin A1c by IFCC protocol (mmol/mol). @example `LOINC_HBA1C_IFCC.code // '59261-8'` */
export const LOINC_HBA1C_IFCC = {
  system: loinc,
  code: '59261-8',
  display: 'Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol',
} as const;
/** LOINC 718-7 Hemoglobin [Mass/volume] in Blood. @example `LOINC_HEMOGLOBIN.code // '718-7'` */
export const LOINC_HEMOGLOBIN = { system: loinc, code: '718-7', display: 'Hemoglobin [Mass/volume] in Blood' } as const;
/** LOINC 30313-1 Hemoglobin [Mass/volume] in Arterial blood. @example `LOINC_HEMOGLOBIN_ARTERIAL.code // '30313-1'` */
export const LOINC_HEMOGLOBIN_ARTERIAL = {
  system: loinc,
  code: '30313-1',
  display: 'Hemoglobin [Mass/volume] in Arterial blood',
} as const;
/** LOINC 6690-2 Leukocytes [#/volume] in Blood by Automated count. @example `LOINC_WBC_AUTOMATED.code // '6690-2'` */
export const LOINC_WBC_AUTOMATED = {
  system: loinc,
  code: '6690-2',
  display: 'Leukocytes [#/volume] in Blood by Automated count',
} as const;
/** LOINC 26464-8 Leukocytes [#/volume] in Blood. @example `LOINC_WBC.code // '26464-8'` */
export const LOINC_WBC = { system: loinc, code: '26464-8', display: 'Leukocytes [#/volume] in Blood' } as const;
/** LOINC 777-3 Platelets [#/volume] in Blood by Automated count. @example `LOINC_PLATELETS_AUTOMATED.code // '777-3'` */
export const LOINC_PLATELETS_AUTOMATED = {
  system: loinc,
  code: '777-3',
  display: 'Platelets [#/volume] in Blood by Automated count',
} as const;
/** LOINC 26515-7 Platelets [#/volume] in Blood. @example `LOINC_PLATELETS.code // '26515-7'` */
export const LOINC_PLATELETS = { system: loinc, code: '26515-7', display: 'Platelets [#/volume] in Blood' } as const;
/** LOINC 6301-6 INR in Platelet poor plasma by Coagulation assay. @example `LOINC_INR.code // '6301-6'` */
export const LOINC_INR = {
  system: loinc,
  code: '6301-6',
  display: 'INR in Platelet poor plasma by Coagulation assay',
} as const;
/** LOINC 34714-6 INR in Blood by Coagulation assay. @example `LOINC_INR_BLOOD.code // '34714-6'` */
export const LOINC_INR_BLOOD = {
  system: loinc,
  code: '34714-6',
  display: 'INR in Blood by Coagulation assay',
} as const;
/** LOINC 2524-7 Lactate [Moles/volume] in Serum or Plasma. @example `LOINC_LACTATE_SERUM.code // '2524-7'` */
export const LOINC_LACTATE_SERUM = {
  system: loinc,
  code: '2524-7',
  display: 'Lactate [Moles/volume] in Serum or Plasma',
} as const;
/** LOINC 32693-4 Lactate [Moles/volume] in Blood. @example `LOINC_LACTATE_BLOOD.code // '32693-4'` */
export const LOINC_LACTATE_BLOOD = {
  system: loinc,
  code: '32693-4',
  display: 'Lactate [Moles/volume] in Blood',
} as const;
/** LOINC 2951-2 Sodium [Moles/volume] in Serum or Plasma. @example `LOINC_SODIUM_SERUM.code // '2951-2'` */
export const LOINC_SODIUM_SERUM = {
  system: loinc,
  code: '2951-2',
  display: 'Sodium [Moles/volume] in Serum or Plasma',
} as const;
/** LOINC 2947-0 Sodium [Moles/volume] in Blood (Synthea). @example `LOINC_SODIUM_BLOOD.code // '2947-0'` */
export const LOINC_SODIUM_BLOOD = { system: loinc, code: '2947-0', display: 'Sodium [Moles/volume] in Blood' } as const;
/** LOINC 2823-3 Potassium [Moles/volume] in Serum or Plasma. @example `LOINC_POTASSIUM_SERUM.code // '2823-3'` */
export const LOINC_POTASSIUM_SERUM = {
  system: loinc,
  code: '2823-3',
  display: 'Potassium [Moles/volume] in Serum or Plasma',
} as const;
/** LOINC 6298-4 Potassium [Moles/volume] in Blood (Synthea). @example `LOINC_POTASSIUM_BLOOD.code // '6298-4'` */
export const LOINC_POTASSIUM_BLOOD = {
  system: loinc,
  code: '6298-4',
  display: 'Potassium [Moles/volume] in Blood',
} as const;
/** LOINC 33914-3 eGFR (MDRD) per 1.73 m2. @example `LOINC_EGFR_MDRD.code // '33914-3'` */
export const LOINC_EGFR_MDRD = {
  system: loinc,
  code: '33914-3',
  display:
    'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum or Plasma by Creatinine-based formula (MDRD)',
} as const;
/** LOINC 62238-1 eGFR (CKD-EPI) per 1.73 m2. @example `LOINC_EGFR_CKD_EPI.code // '62238-1'` */
export const LOINC_EGFR_CKD_EPI = {
  system: loinc,
  code: '62238-1',
  display:
    'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)',
} as const;
/** LOINC 98979-8 eGFR (CKD-EPI 2021) per 1.73 m2. @example `LOINC_EGFR_CKD_EPI_2021.code // '98979-8'` */
export const LOINC_EGFR_CKD_EPI_2021 = {
  system: loinc,
  code: '98979-8',
  display:
    'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)',
} as const;
/** LOINC 48642-3 eGFR per 1.73 m2 among non-blacks (MDRD). @example `LOINC_EGFR_NON_BLACK.code // '48642-3'` */
export const LOINC_EGFR_NON_BLACK = {
  system: loinc,
  code: '48642-3',
  display:
    'Glomerular filtration rate/1.73 sq M.predicted among non-blacks [Volume Rate/Area] in Serum, Plasma or Blood',
} as const;
/** LOINC 48643-1 eGFR per 1.73 m2 among blacks (MDRD). @example `LOINC_EGFR_BLACK.code // '48643-1'` */
export const LOINC_EGFR_BLACK = {
  system: loinc,
  code: '48643-1',
  display: 'Glomerular filtration rate/1.73 sq M.predicted among blacks [Volume Rate/Area] in Serum, Plasma or Blood',
} as const;
