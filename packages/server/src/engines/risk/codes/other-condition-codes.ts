/**
 * Non-cardiovascular condition code sets: renal, hepatic, bleeding, alcohol, malignancy,
 * haemoptysis and hypercapnic respiratory failure.
 *
 * @module
 */
import type { CodeSet } from './code-set.js';
import { ICD10_CM, SNOMED } from './code-systems.js';

/** Chronic dialysis, renal transplant or end-stage renal disease (HAS-BLED abnormal renal function). */
export const RENAL_DIALYSIS_OR_TRANSPLANT_CODES = {
  id: 'renal-dialysis-or-transplant',
  title: 'Chronic dialysis, renal transplantation or end-stage renal disease',
  codes: [
    { system: SNOMED, code: '46177005', display: 'End-stage renal disease' },
    { system: ICD10_CM, code: 'N18.6', display: 'End stage renal disease', match: 'prefix' },
    { system: ICD10_CM, code: 'Z99.2', display: 'Dependence on renal dialysis', match: 'prefix' },
    { system: ICD10_CM, code: 'Z94.0', display: 'Kidney transplant status', match: 'prefix' },
  ],
} as const satisfies CodeSet;

/** Chronic hepatic disease such as cirrhosis (HAS-BLED abnormal liver function). */
export const CHRONIC_LIVER_DISEASE_CODES = {
  id: 'chronic-liver-disease',
  title: 'Chronic hepatic disease (e.g. cirrhosis)',
  codes: [
    { system: SNOMED, code: '19943007', display: 'Cirrhosis of liver' },
    { system: ICD10_CM, code: 'K70.3', display: 'Alcoholic cirrhosis of liver', match: 'prefix' },
    { system: ICD10_CM, code: 'K70.4', display: 'Alcoholic hepatic failure', match: 'prefix' },
    { system: ICD10_CM, code: 'K72.1', display: 'Chronic hepatic failure', match: 'prefix' },
    { system: ICD10_CM, code: 'K73', display: 'Chronic hepatitis, not elsewhere classified', match: 'prefix' },
    { system: ICD10_CM, code: 'K74', display: 'Fibrosis and cirrhosis of liver', match: 'prefix' },
  ],
} as const satisfies CodeSet;

/** Previous major bleeding or predisposition to bleeding, e.g. anaemia or a bleeding diathesis (HAS-BLED "B"). */
export const BLEEDING_HISTORY_OR_PREDISPOSITION_CODES = {
  id: 'bleeding-history-or-predisposition',
  title: 'Bleeding history or predisposition (bleeding diathesis, anaemia)',
  codes: [
    { system: SNOMED, code: '74474003', display: 'Gastrointestinal hemorrhage' },
    { system: SNOMED, code: '271737000', display: 'Anemia' },
    { system: ICD10_CM, code: 'K92.0', display: 'Hematemesis', match: 'prefix' },
    { system: ICD10_CM, code: 'K92.1', display: 'Melena', match: 'prefix' },
    { system: ICD10_CM, code: 'K92.2', display: 'Gastrointestinal hemorrhage, unspecified', match: 'prefix' },
    { system: ICD10_CM, code: 'I60', display: 'Nontraumatic subarachnoid hemorrhage', match: 'prefix' },
    { system: ICD10_CM, code: 'I61', display: 'Nontraumatic intracerebral hemorrhage', match: 'prefix' },
    { system: ICD10_CM, code: 'I62', display: 'Other nontraumatic intracranial hemorrhage', match: 'prefix' },
    { system: ICD10_CM, code: 'R58', display: 'Hemorrhage, not elsewhere classified', match: 'prefix' },
    { system: ICD10_CM, code: 'D5', display: 'Nutritional and hemolytic anemias (D50–D59)', match: 'prefix' },
    { system: ICD10_CM, code: 'D6', display: 'Aplastic and other anemias; coagulation defects, purpura (D60–D69)', match: 'prefix' },
  ],
} as const satisfies CodeSet;

/** Alcohol abuse or dependence (HAS-BLED alcohol, as a proxy for ≥ 8 drinks a week). */
export const ALCOHOL_MISUSE_CODES = {
  id: 'alcohol-misuse',
  title: 'Alcohol abuse or dependence',
  codes: [
    { system: SNOMED, code: '7200002', display: 'Alcoholism' },
    { system: ICD10_CM, code: 'F10.1', display: 'Alcohol abuse', match: 'prefix' },
    { system: ICD10_CM, code: 'F10.2', display: 'Alcohol dependence', match: 'prefix' },
  ],
} as const satisfies CodeSet;

/** A malignant neoplasm on the (unresolved) problem list (Wells "malignancy"). */
export const MALIGNANCY_CODES = {
  id: 'malignancy',
  title: 'Malignant neoplasm',
  codes: [
    { system: SNOMED, code: '363346000', display: 'Malignant neoplastic disease' },
    { system: ICD10_CM, code: 'C', display: 'Malignant neoplasms (C00–C96)', match: 'prefix' },
  ],
} as const satisfies CodeSet;

/** Haemoptysis recorded as a condition/problem (Wells). */
export const HAEMOPTYSIS_CODES = {
  id: 'haemoptysis',
  title: 'Haemoptysis',
  codes: [
    { system: SNOMED, code: '66857006', display: 'Hemoptysis' },
    { system: ICD10_CM, code: 'R04.2', display: 'Hemoptysis', match: 'prefix' },
  ],
} as const satisfies CodeSet;

/**
 * Respiratory failure with hypercapnia (ICD-10-CM J96.x2). Used by NEWS2 as a *proxy* for a
 * prescribed SpO2 target of 88–92% (Scale 2); COPD alone never selects Scale 2.
 */
export const HYPERCAPNIC_RESPIRATORY_FAILURE_CODES = {
  id: 'hypercapnic-respiratory-failure',
  title: 'Hypercapnic respiratory failure',
  codes: [
    { system: ICD10_CM, code: 'J96.02', display: 'Acute respiratory failure with hypercapnia' },
    { system: ICD10_CM, code: 'J96.12', display: 'Chronic respiratory failure with hypercapnia' },
    { system: ICD10_CM, code: 'J96.22', display: 'Acute and chronic respiratory failure with hypercapnia' },
    { system: ICD10_CM, code: 'J96.92', display: 'Respiratory failure, unspecified with hypercapnia' },
  ],
} as const satisfies CodeSet;
