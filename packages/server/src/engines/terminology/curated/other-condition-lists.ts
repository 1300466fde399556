/**
 * Curated lists for renal, hepatic, bleeding, alcohol, malignancy and
 * respiratory concepts: generic SNOMED CT concepts in no published set, the
 * anaemia codes the VSAC anaemia set lacks (D61–D64), and the pneumonia and
 * COPD lists for which no published set exists.
 *
 * @module
 */
import { TERMINOLOGY_SYSTEMS, type CuratedList } from '@meridian/fhir-adapter';

const { snomed: SNOMED, icd10cm: ICD10_CM } = TERMINOLOGY_SYSTEMS;
const ICD = 'ICD-10-CM FY2025 Tabular List (CDC/NCHS)';
const SCT = 'SNOMED CT International Edition (concept ids carry a Verhoeff check digit, tested)';
const prefix = (code: string, display: string) => ({ system: ICD10_CM, code, display, match: 'prefix' as const });

/** Chronic dialysis, renal transplant or end-stage renal disease. @example `RENAL_LIST.id` */
export const RENAL_LIST = {
  id: 'meridian-renal-dialysis-transplant',
  title: 'Dialysis, renal transplant or end-stage renal disease (Meridian curated)',
  description:
    'End-stage renal disease (N18.6), dependence on renal dialysis (Z99.2, in no published set) and kidney transplant status (Z94.0).',
  sources: [ICD, SCT, 'fixtures/valuesets/README.md ("Z99.2 is in no set")'],
  codes: [
    { system: SNOMED, code: '46177005', display: 'End-stage renal disease' },
    prefix('N18.6', 'End stage renal disease'),
    prefix('Z99.2', 'Dependence on renal dialysis'),
    prefix('Z94.0', 'Kidney transplant status'),
  ],
} as const satisfies CuratedList;

/** Chronic liver disease. @example `CHRONIC_LIVER_DISEASE_LIST.id` */
export const CHRONIC_LIVER_DISEASE_LIST = {
  id: 'meridian-chronic-liver-disease',
  title: 'Chronic hepatic disease (Meridian curated)',
  description: 'Cirrhosis and chronic hepatic disease: K70.3, K70.4, K72.1, K73, K74.',
  sources: [ICD, SCT],
  codes: [
    { system: SNOMED, code: '19943007', display: 'Cirrhosis of liver' },
    prefix('K70.3', 'Alcoholic cirrhosis of liver'),
    prefix('K70.4', 'Alcoholic hepatic failure'),
    prefix('K72.1', 'Chronic hepatic failure'),
    prefix('K73', 'Chronic hepatitis, not elsewhere classified'),
    prefix('K74', 'Fibrosis and cirrhosis of liver'),
  ],
} as const satisfies CuratedList;

/**
 * Prior major bleeding, anaemia or thrombocytopenia (HAS-BLED "B"). The
 * anaemia categories are listed one by one (D50–D53, D55–D59, D60–D64), never
 * as "D5"/"D6": D68.5/D68.6 are thrombophilias and D57.3 a carrier state,
 * and those are removed by exclusions that win over any prefix.
 *
 * @example
 * BLEEDING_LIST.codes.some((c) => c.code === 'D64'); // true
 */
export const BLEEDING_LIST = {
  id: 'meridian-bleeding-anaemia-thrombocytopenia',
  title: 'Major bleeding, anaemia or thrombocytopenia (Meridian curated)',
  description:
    'Prior major bleeding (gastrointestinal K92.0–K92.2, intracranial I60–I62, R58), anaemia (D50–D53, D55–D64, including D62 acute posthaemorrhagic anaemia and D64.9, which the VSAC anaemia set lacks), coagulation defects (D65–D68) and thrombocytopenia (D69).',
  sources: [
    ICD,
    SCT,
    'Pisters R et al. Chest 2010;138:1093 (HAS-BLED B: bleeding history or predisposition, e.g. bleeding diathesis, anaemia)',
    'fixtures/valuesets/README.md ("anemia lacks D64.9 and D62"; generic 271737000, 302215000, 74474003 in no set)',
  ],
  codes: [
    { system: SNOMED, code: '74474003', display: 'Gastrointestinal hemorrhage' },
    { system: SNOMED, code: '271737000', display: 'Anemia' },
    { system: SNOMED, code: '302215000', display: 'Thrombocytopenic disorder' },
    prefix('K92.0', 'Hematemesis'),
    prefix('K92.1', 'Melena'),
    prefix('K92.2', 'Gastrointestinal hemorrhage, unspecified'),
    prefix('I60', 'Nontraumatic subarachnoid hemorrhage'),
    prefix('I61', 'Nontraumatic intracerebral hemorrhage'),
    prefix('I62', 'Other nontraumatic intracranial hemorrhage'),
    prefix('R58', 'Hemorrhage, not elsewhere classified'),
    prefix('D50', 'Iron deficiency anemia'),
    prefix('D51', 'Vitamin B12 deficiency anemia'),
    prefix('D52', 'Folate deficiency anemia'),
    prefix('D53', 'Other nutritional anemias'),
    prefix('D55', 'Anemia due to enzyme disorders'),
    prefix('D56', 'Thalassemia'),
    prefix('D57', 'Sickle-cell disorders'),
    prefix('D58', 'Other hereditary hemolytic anemias'),
    prefix('D59', 'Acquired hemolytic anemia'),
    prefix('D60', 'Acquired pure red cell aplasia'),
    prefix('D61', 'Other aplastic anemias'),
    prefix('D62', 'Acute posthemorrhagic anemia'),
    prefix('D63', 'Anemia in chronic diseases classified elsewhere'),
    prefix('D64', 'Other anemias'),
    prefix('D65', 'Disseminated intravascular coagulation'),
    prefix('D66', 'Hereditary factor VIII deficiency'),
    prefix('D67', 'Hereditary factor IX deficiency'),
    prefix('D68', 'Other coagulation defects'),
    prefix('D69', 'Purpura and other hemorrhagic conditions'),
  ],
} as const satisfies CuratedList;

/** Alcohol abuse or dependence (in-remission codes are removed by exclusions). @example `ALCOHOL_LIST.id` */
export const ALCOHOL_LIST = {
  id: 'meridian-alcohol-misuse',
  title: 'Alcohol abuse or dependence (Meridian curated)',
  description:
    'Alcohol abuse (F10.1) and dependence (F10.2); the in-remission codes F10.11, F10.21 and F10.91 are excluded for HAS-BLED.',
  sources: [ICD, SCT],
  codes: [
    { system: SNOMED, code: '7200002', display: 'Alcoholism' },
    prefix('F10.1', 'Alcohol abuse'),
    prefix('F10.2', 'Alcohol dependence'),
  ],
} as const satisfies CuratedList;

/** Malignant neoplasm (C00–C96). @example `MALIGNANCY_LIST.id` */
export const MALIGNANCY_LIST = {
  id: 'meridian-malignancy',
  title: 'Malignant neoplasm (Meridian curated)',
  description:
    'Malignant neoplasms, ICD-10-CM chapter C00–C96. Personal-history codes (Z85) are deliberately not included: Wells counts active cancer.',
  sources: [ICD, SCT],
  codes: [
    { system: SNOMED, code: '363346000', display: 'Malignant neoplastic disease' },
    prefix('C', 'Malignant neoplasms (C00–C96)'),
  ],
} as const satisfies CuratedList;

/** Haemoptysis. @example `HAEMOPTYSIS_LIST.id` */
export const HAEMOPTYSIS_LIST = {
  id: 'meridian-haemoptysis',
  title: 'Haemoptysis (Meridian curated)',
  description: 'Haemoptysis (R04.2).',
  sources: [ICD, SCT],
  codes: [{ system: SNOMED, code: '66857006', display: 'Hemoptysis' }, prefix('R04.2', 'Hemoptysis')],
} as const satisfies CuratedList;

/** Respiratory failure with hypercapnia (J96.x2); the VSAC set lacks J96.12. @example `HYPERCAPNIC_LIST.id` */
export const HYPERCAPNIC_LIST = {
  id: 'meridian-hypercapnic-respiratory-failure',
  title: 'Hypercapnic respiratory failure (Meridian curated)',
  description: 'Respiratory failure with hypercapnia: J96.02, J96.12, J96.22, J96.92 (J96.12 is in no published set).',
  sources: [ICD],
  codes: [
    { system: ICD10_CM, code: 'J96.02', display: 'Acute respiratory failure with hypercapnia' },
    { system: ICD10_CM, code: 'J96.12', display: 'Chronic respiratory failure with hypercapnia' },
    { system: ICD10_CM, code: 'J96.22', display: 'Acute and chronic respiratory failure with hypercapnia' },
    { system: ICD10_CM, code: 'J96.92', display: 'Respiratory failure, unspecified with hypercapnia' },
  ],
} as const satisfies CuratedList;

/** Pneumonia (CURB-65's population); no published set fits. @example `PNEUMONIA_LIST.id` */
export const PNEUMONIA_LIST = {
  id: 'meridian-pneumonia',
  title: 'Pneumonia (Meridian curated)',
  description:
    'Pneumonia: ICD-10-CM J12–J18 (viral, pneumococcal, Haemophilus, bacterial, other organisms, unspecified organism).',
  sources: [ICD, SCT, 'Lim WS et al. Thorax 2003;58:377 (CURB-65 derived in community-acquired pneumonia)'],
  codes: [
    { system: SNOMED, code: '233604007', display: 'Pneumonia' },
    { system: SNOMED, code: '385093006', display: 'Community acquired pneumonia' },
    ...['J12', 'J13', 'J14', 'J15', 'J16', 'J17', 'J18'].map((code) => prefix(code, `Pneumonia (${code})`)),
  ],
} as const satisfies CuratedList;

/** Chronic obstructive pulmonary disease; no published set fits. @example `COPD_LIST.id` */
export const COPD_LIST = {
  id: 'meridian-copd',
  title: 'COPD (Meridian curated)',
  description:
    'Chronic obstructive pulmonary disease (J44) and emphysema (J43). COPD alone never selects NEWS2 SpO2 Scale 2: it only prompts the clinician.',
  sources: [ICD, SCT, 'Royal College of Physicians, NEWS2 (2017): Scale 2 only for a prescribed target of 88–92%'],
  codes: [
    { system: SNOMED, code: '13645005', display: 'Chronic obstructive lung disease' },
    prefix('J44', 'Other chronic obstructive pulmonary disease'),
    prefix('J43', 'Emphysema'),
  ],
} as const satisfies CuratedList;
