/**
 * Curated cardiovascular code lists: the generic SNOMED CT concepts that no
 * published VSAC set holds, ICD-10-CM categories read as prefixes (so that
 * codes added in later ICD-10-CM releases are still recognised), and the
 * history Z-codes. Each list cites where its codes were checked.
 *
 * @module
 */
import { TERMINOLOGY_SYSTEMS, type CuratedList } from '@meridian/fhir-adapter';

const { snomed: SNOMED, icd10cm: ICD10_CM } = TERMINOLOGY_SYSTEMS;
const ICD = 'ICD-10-CM FY2025 Tabular List (CDC/NCHS)';
const SCT = 'SNOMED CT International Edition (concept ids carry a Verhoeff check digit, tested)';

/** Atrial fibrillation or flutter. @example `ATRIAL_FIBRILLATION_LIST.codes.length` */
export const ATRIAL_FIBRILLATION_LIST = {
  id: 'meridian-atrial-fibrillation',
  title: 'Atrial fibrillation or flutter (Meridian curated)',
  description: 'Atrial fibrillation or flutter: the ICD-10-CM category I48 and the two generic SNOMED CT concepts.',
  sources: [ICD, SCT],
  codes: [
    { system: SNOMED, code: '49436004', display: 'Atrial fibrillation' },
    { system: SNOMED, code: '5370000', display: 'Atrial flutter' },
    { system: ICD10_CM, code: 'I48', display: 'Atrial fibrillation and flutter', match: 'prefix' },
  ],
} as const satisfies CuratedList;

/** Heart failure. @example `HEART_FAILURE_LIST.id` */
export const HEART_FAILURE_LIST = {
  id: 'meridian-heart-failure',
  title: 'Heart failure (Meridian curated)',
  description:
    'Heart failure: ICD-10-CM I50 and the hypertensive heart disease codes with heart failure (I11.0, I13.0, I13.2).',
  sources: [ICD, SCT],
  codes: [
    { system: SNOMED, code: '84114007', display: 'Heart failure' },
    { system: SNOMED, code: '42343007', display: 'Congestive heart failure' },
    { system: SNOMED, code: '88805009', display: 'Chronic congestive heart failure' },
    { system: ICD10_CM, code: 'I50', display: 'Heart failure', match: 'prefix' },
    { system: ICD10_CM, code: 'I11.0', display: 'Hypertensive heart disease with heart failure', match: 'prefix' },
    { system: ICD10_CM, code: 'I13.0', display: 'Hypertensive heart and CKD with heart failure', match: 'prefix' },
    {
      system: ICD10_CM,
      code: 'I13.2',
      display: 'Hypertensive heart and CKD with heart failure and ESRD',
      match: 'prefix',
    },
  ],
} as const satisfies CuratedList;

/** Systemic hypertension. @example `HYPERTENSION_LIST.id` */
export const HYPERTENSION_LIST = {
  id: 'meridian-hypertension',
  title: 'Systemic hypertension (Meridian curated)',
  description:
    'Systemic arterial hypertension: ICD-10-CM I10–I16 (hypertensive diseases; I15 secondary hypertension, I16 hypertensive crisis).',
  sources: [ICD, SCT],
  codes: [
    { system: SNOMED, code: '38341003', display: 'Hypertensive disorder' },
    { system: SNOMED, code: '59621000', display: 'Essential hypertension' },
    ...['I10', 'I11', 'I12', 'I13', 'I15', 'I16'].map((code) => ({
      system: ICD10_CM,
      code,
      display: `Hypertensive diseases (${code})`,
      match: 'prefix' as const,
    })),
  ],
} as const satisfies CuratedList;

/** Diabetes mellitus. @example `DIABETES_LIST.id` */
export const DIABETES_LIST = {
  id: 'meridian-diabetes',
  title: 'Diabetes mellitus (Meridian curated)',
  description:
    'Diabetes mellitus of any type: ICD-10-CM E08–E13 and the generic SNOMED CT concept 73211009, which no VSAC set holds.',
  sources: [ICD, SCT, 'fixtures/valuesets/README.md (generic SNOMED CT concepts in no published set)'],
  codes: [
    { system: SNOMED, code: '73211009', display: 'Diabetes mellitus' },
    { system: SNOMED, code: '44054006', display: 'Diabetes mellitus type 2' },
    { system: SNOMED, code: '46635009', display: 'Diabetes mellitus type 1' },
    ...['E08', 'E09', 'E10', 'E11', 'E13'].map((code) => ({
      system: ICD10_CM,
      code,
      display: `Diabetes mellitus (${code})`,
      match: 'prefix' as const,
    })),
  ],
} as const satisfies CuratedList;

/** Prior stroke, including the history Z-code and sequelae. @example `STROKE_LIST.id` */
export const STROKE_LIST = {
  id: 'meridian-stroke',
  title: 'Prior stroke (Meridian curated)',
  description:
    'Stroke: ICD-10-CM I63 cerebral infarction, I69.3 sequelae of cerebral infarction, and Z86.73 personal history of TIA and cerebral infarction without residual deficits.',
  sources: [ICD, SCT],
  codes: [
    { system: SNOMED, code: '230690007', display: 'Cerebrovascular accident' },
    { system: SNOMED, code: '422504002', display: 'Ischemic stroke' },
    { system: SNOMED, code: '432504007', display: 'Cerebral infarction' },
    { system: ICD10_CM, code: 'I63', display: 'Cerebral infarction', match: 'prefix' },
    { system: ICD10_CM, code: 'I69.3', display: 'Sequelae of cerebral infarction', match: 'prefix' },
    {
      system: ICD10_CM,
      code: 'Z86.73',
      display: 'Personal history of TIA and cerebral infarction without residual deficits',
      match: 'prefix',
    },
  ],
} as const satisfies CuratedList;

/** Transient ischaemic attack (G45.3 amaurosis fugax and G45.4 transient global amnesia are not listed). @example `TIA_LIST.id` */
export const TIA_LIST = {
  id: 'meridian-tia',
  title: 'Transient ischaemic attack (Meridian curated)',
  description:
    'Transient ischaemic attack: ICD-10-CM G45.0, G45.1, G45.8, G45.9; G45.3 amaurosis fugax and G45.4 transient global amnesia are left out.',
  sources: [ICD, SCT],
  codes: [
    { system: SNOMED, code: '266257000', display: 'Transient ischemic attack' },
    ...['G45.0', 'G45.1', 'G45.8', 'G45.9'].map((code) => ({
      system: ICD10_CM,
      code,
      display: `Transient cerebral ischemic attack (${code})`,
      match: 'prefix' as const,
    })),
  ],
} as const satisfies CuratedList;

/** Systemic arterial embolism and thrombosis, in no published set. @example `SYSTEMIC_THROMBOEMBOLISM_LIST.id` */
export const SYSTEMIC_THROMBOEMBOLISM_LIST = {
  id: 'meridian-systemic-thromboembolism',
  title: 'Systemic arterial thromboembolism (Meridian curated)',
  description: 'Arterial embolism and thrombosis (ICD-10-CM I74), which no published set holds.',
  sources: [ICD, 'fixtures/valuesets/README.md ("Arterial embolism (I74.*) is in no set")'],
  codes: [{ system: ICD10_CM, code: 'I74', display: 'Arterial embolism and thrombosis', match: 'prefix' }],
} as const satisfies CuratedList;

/**
 * Prior MI, peripheral artery disease or aortic plaque. Diabetic peripheral
 * angiopathy (E08–E13 .51/.52) is how ICD-10-CM codes PAD in a person with
 * diabetes (Alphabetic Index: "Diabetes, with, peripheral angiopathy").
 *
 * @example
 * VASCULAR_DISEASE_LIST.codes.some((c) => c.code === 'E11.51'); // true
 */
export const VASCULAR_DISEASE_LIST = {
  id: 'meridian-vascular-disease',
  title: 'Prior MI, peripheral artery disease or aortic plaque (Meridian curated)',
  description:
    'Prior myocardial infarction (I21, I22, I25.2 and the generic SNOMED CT concepts), peripheral artery disease (I70.2, I73.9, diabetic peripheral angiopathy E08–E13 .51/.52) and aortic atherosclerosis (I70.0).',
  sources: [
    ICD,
    'ICD-10-CM Alphabetic Index: Diabetes, with, peripheral angiopathy → E08–E13 .51',
    SCT,
    'Lip 2010 (CHA2DS2-VASc V: prior MI, PAD, aortic plaque)',
  ],
  codes: [
    { system: SNOMED, code: '22298006', display: 'Myocardial infarction' },
    { system: SNOMED, code: '1755008', display: 'Old myocardial infarction' },
    { system: SNOMED, code: '399211009', display: 'History of myocardial infarction' },
    { system: SNOMED, code: '399957001', display: 'Peripheral arterial occlusive disease' },
    { system: SNOMED, code: '840580004', display: 'Peripheral arterial disease' },
    { system: SNOMED, code: '400047006', display: 'Peripheral vascular disease' },
    { system: ICD10_CM, code: 'I21', display: 'Acute myocardial infarction', match: 'prefix' },
    { system: ICD10_CM, code: 'I22', display: 'Subsequent myocardial infarction', match: 'prefix' },
    { system: ICD10_CM, code: 'I25.2', display: 'Old myocardial infarction', match: 'prefix' },
    { system: ICD10_CM, code: 'I70.0', display: 'Atherosclerosis of aorta', match: 'prefix' },
    {
      system: ICD10_CM,
      code: 'I70.2',
      display: 'Atherosclerosis of native arteries of the extremities',
      match: 'prefix',
    },
    { system: ICD10_CM, code: 'I73.9', display: 'Peripheral vascular disease, unspecified', match: 'prefix' },
    ...['E08', 'E09', 'E10', 'E11', 'E13'].flatMap((d) => [
      { system: ICD10_CM, code: `${d}.51`, display: 'Diabetes with diabetic peripheral angiopathy without gangrene' },
      { system: ICD10_CM, code: `${d}.52`, display: 'Diabetes with diabetic peripheral angiopathy with gangrene' },
    ]),
  ],
} as const satisfies CuratedList;

/** Coronary heart disease and revascularisation status (PCE exclusion). @example `CORONARY_DISEASE_LIST.id` */
export const CORONARY_DISEASE_LIST = {
  id: 'meridian-coronary-disease',
  title: 'Coronary heart disease or revascularisation (Meridian curated)',
  description:
    'Angina (I20), chronic ischaemic heart disease (I25), and the status Z-codes of coronary bypass (Z95.1), coronary implant (Z95.5) and angioplasty (Z98.61).',
  sources: [ICD, SCT],
  codes: [
    { system: SNOMED, code: '53741008', display: 'Coronary arteriosclerosis' },
    { system: SNOMED, code: '194828000', display: 'Angina' },
    { system: ICD10_CM, code: 'I20', display: 'Angina pectoris', match: 'prefix' },
    { system: ICD10_CM, code: 'I25', display: 'Chronic ischemic heart disease', match: 'prefix' },
    { system: ICD10_CM, code: 'Z95.1', display: 'Presence of aortocoronary bypass graft', match: 'prefix' },
    { system: ICD10_CM, code: 'Z95.5', display: 'Presence of coronary angioplasty implant and graft', match: 'prefix' },
    { system: ICD10_CM, code: 'Z98.61', display: 'Coronary angioplasty status', match: 'prefix' },
  ],
} as const satisfies CuratedList;

/** Prior DVT or PE, with the history Z-codes Z86.711 and Z86.718 that no published set holds. @example `PRIOR_VTE_LIST.id` */
export const PRIOR_VTE_LIST = {
  id: 'meridian-prior-vte',
  title: 'Previous DVT or PE (Meridian curated)',
  description:
    'Pulmonary embolism (I26), deep vein thrombosis of the lower extremity (I82.4, I82.5) and the history codes Z86.711 (PE) and Z86.718 (other venous thrombosis and embolism).',
  sources: [ICD, SCT, 'fixtures/valuesets/README.md ("Z86.711 and Z86.718 are in no set")'],
  codes: [
    { system: SNOMED, code: '128053003', display: 'Deep venous thrombosis' },
    { system: SNOMED, code: '59282003', display: 'Pulmonary embolism' },
    { system: ICD10_CM, code: 'I26', display: 'Pulmonary embolism', match: 'prefix' },
    {
      system: ICD10_CM,
      code: 'I82.4',
      display: 'Acute embolism and thrombosis of deep veins of lower extremity',
      match: 'prefix',
    },
    {
      system: ICD10_CM,
      code: 'I82.5',
      display: 'Chronic embolism and thrombosis of deep veins of lower extremity',
      match: 'prefix',
    },
    { system: ICD10_CM, code: 'Z86.711', display: 'Personal history of pulmonary embolism' },
    { system: ICD10_CM, code: 'Z86.718', display: 'Personal history of other venous thrombosis and embolism' },
  ],
} as const satisfies CuratedList;
