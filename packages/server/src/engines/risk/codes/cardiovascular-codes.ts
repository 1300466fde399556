/**
 * Cardiovascular condition code sets read by CHA2DS2-VASc, HAS-BLED, the Pooled Cohort Equations
 * and Wells. SNOMED CT entries match exactly (no subsumption: a more specific SNOMED concept not
 * listed here is not recognised); ICD-10-CM `prefix` entries match the whole category.
 *
 * @module
 */
import type { CodeSet } from './code-set.js';
import { ICD10_CM, SNOMED } from './code-systems.js';

/** Atrial fibrillation or flutter — the population CHA2DS2-VASc and HAS-BLED were derived in. */
export const ATRIAL_FIBRILLATION_CODES = {
  id: 'atrial-fibrillation',
  title: 'Atrial fibrillation or flutter',
  codes: [
    { system: SNOMED, code: '49436004', display: 'Atrial fibrillation' },
    { system: SNOMED, code: '5370000', display: 'Atrial flutter' },
    { system: ICD10_CM, code: 'I48', display: 'Atrial fibrillation and flutter', match: 'prefix' },
  ],
} as const satisfies CodeSet;

/** Congestive heart failure / LV dysfunction (CHA2DS2-VASc "C"). */
export const HEART_FAILURE_CODES = {
  id: 'heart-failure',
  title: 'Congestive heart failure or left ventricular dysfunction',
  codes: [
    { system: SNOMED, code: '84114007', display: 'Heart failure' },
    { system: SNOMED, code: '42343007', display: 'Congestive heart failure' },
    { system: SNOMED, code: '88805009', display: 'Chronic congestive heart failure' },
    { system: ICD10_CM, code: 'I50', display: 'Heart failure', match: 'prefix' },
    { system: ICD10_CM, code: 'I11.0', display: 'Hypertensive heart disease with heart failure', match: 'prefix' },
    { system: ICD10_CM, code: 'I13.0', display: 'Hypertensive heart and CKD with heart failure', match: 'prefix' },
    { system: ICD10_CM, code: 'I13.2', display: 'Hypertensive heart and CKD with heart failure and ESRD', match: 'prefix' },
  ],
} as const satisfies CodeSet;

/** A diagnosis of hypertension (CHA2DS2-VASc "H"; HAS-BLED needs *uncontrolled* SBP > 160 instead). */
export const HYPERTENSION_CODES = {
  id: 'hypertension',
  title: 'Hypertension',
  codes: [
    { system: SNOMED, code: '38341003', display: 'Hypertensive disorder' },
    { system: SNOMED, code: '59621000', display: 'Essential hypertension' },
    { system: ICD10_CM, code: 'I10', display: 'Essential (primary) hypertension', match: 'prefix' },
    { system: ICD10_CM, code: 'I11', display: 'Hypertensive heart disease', match: 'prefix' },
    { system: ICD10_CM, code: 'I12', display: 'Hypertensive chronic kidney disease', match: 'prefix' },
    { system: ICD10_CM, code: 'I13', display: 'Hypertensive heart and chronic kidney disease', match: 'prefix' },
    { system: ICD10_CM, code: 'I15', display: 'Secondary hypertension', match: 'prefix' },
    { system: ICD10_CM, code: 'I16', display: 'Hypertensive crisis', match: 'prefix' },
  ],
} as const satisfies CodeSet;

/** Diabetes mellitus (any type). */
export const DIABETES_CODES = {
  id: 'diabetes',
  title: 'Diabetes mellitus',
  codes: [
    { system: SNOMED, code: '73211009', display: 'Diabetes mellitus' },
    { system: SNOMED, code: '44054006', display: 'Diabetes mellitus type 2' },
    { system: SNOMED, code: '46635009', display: 'Diabetes mellitus type 1' },
    { system: ICD10_CM, code: 'E08', display: 'Diabetes due to underlying condition', match: 'prefix' },
    { system: ICD10_CM, code: 'E09', display: 'Drug or chemical induced diabetes', match: 'prefix' },
    { system: ICD10_CM, code: 'E10', display: 'Type 1 diabetes mellitus', match: 'prefix' },
    { system: ICD10_CM, code: 'E11', display: 'Type 2 diabetes mellitus', match: 'prefix' },
    { system: ICD10_CM, code: 'E13', display: 'Other specified diabetes mellitus', match: 'prefix' },
  ],
} as const satisfies CodeSet;

/** Prior stroke (HAS-BLED "S"; part of CHA2DS2-VASc "S2"). Z86.73 also covers prior TIA. */
export const STROKE_CODES = {
  id: 'stroke',
  title: 'Prior stroke',
  codes: [
    { system: SNOMED, code: '230690007', display: 'Cerebrovascular accident' },
    { system: SNOMED, code: '422504002', display: 'Ischemic stroke' },
    { system: SNOMED, code: '432504007', display: 'Cerebral infarction' },
    { system: ICD10_CM, code: 'I63', display: 'Cerebral infarction', match: 'prefix' },
    { system: ICD10_CM, code: 'I69.3', display: 'Sequelae of cerebral infarction', match: 'prefix' },
    { system: ICD10_CM, code: 'Z86.73', display: 'Personal history of TIA and cerebral infarction without residual deficits', match: 'prefix' },
  ],
} as const satisfies CodeSet;

/** Transient ischaemic attack (CHA2DS2-VASc "S2"). G45.3 amaurosis fugax and G45.4 transient global amnesia are excluded. */
export const TIA_CODES = {
  id: 'transient-ischaemic-attack',
  title: 'Transient ischaemic attack',
  codes: [
    { system: SNOMED, code: '266257000', display: 'Transient ischemic attack' },
    { system: ICD10_CM, code: 'G45.0', display: 'Vertebro-basilar artery syndrome', match: 'prefix' },
    { system: ICD10_CM, code: 'G45.1', display: 'Carotid artery syndrome (hemispheric)', match: 'prefix' },
    { system: ICD10_CM, code: 'G45.8', display: 'Other transient cerebral ischemic attacks', match: 'prefix' },
    { system: ICD10_CM, code: 'G45.9', display: 'Transient cerebral ischemic attack, unspecified', match: 'prefix' },
  ],
} as const satisfies CodeSet;

/** Systemic (arterial) thromboembolism (CHA2DS2-VASc "S2"). */
export const SYSTEMIC_THROMBOEMBOLISM_CODES = {
  id: 'systemic-thromboembolism',
  title: 'Systemic arterial thromboembolism',
  codes: [{ system: ICD10_CM, code: 'I74', display: 'Arterial embolism and thrombosis', match: 'prefix' }],
} as const satisfies CodeSet;

/** Vascular disease: prior MI, peripheral artery disease, aortic plaque (CHA2DS2-VASc "V"). */
export const VASCULAR_DISEASE_CODES = {
  id: 'vascular-disease',
  title: 'Prior myocardial infarction, peripheral artery disease or aortic plaque',
  codes: [
    { system: SNOMED, code: '22298006', display: 'Myocardial infarction' },
    { system: SNOMED, code: '1755008', display: 'Old myocardial infarction' },
    { system: SNOMED, code: '399211009', display: 'History of myocardial infarction' },
    { system: SNOMED, code: '399957001', display: 'Peripheral arterial occlusive disease' },
    { system: SNOMED, code: '840580004', display: 'Peripheral arterial disease' },
    { system: ICD10_CM, code: 'I21', display: 'Acute myocardial infarction', match: 'prefix' },
    { system: ICD10_CM, code: 'I22', display: 'Subsequent myocardial infarction', match: 'prefix' },
    { system: ICD10_CM, code: 'I25.2', display: 'Old myocardial infarction', match: 'prefix' },
    { system: ICD10_CM, code: 'I70.0', display: 'Atherosclerosis of aorta', match: 'prefix' },
    { system: ICD10_CM, code: 'I70.2', display: 'Atherosclerosis of native arteries of the extremities', match: 'prefix' },
    { system: ICD10_CM, code: 'I73.9', display: 'Peripheral vascular disease, unspecified', match: 'prefix' },
  ],
} as const satisfies CodeSet;

/** Clinical ASCVD beyond the CHA2DS2-VASc sets: coronary disease and revascularisation (PCE exclusion). */
export const CORONARY_DISEASE_CODES = {
  id: 'coronary-disease',
  title: 'Coronary heart disease or coronary revascularisation',
  codes: [
    { system: SNOMED, code: '53741008', display: 'Coronary arteriosclerosis' },
    { system: SNOMED, code: '194828000', display: 'Angina' },
    { system: ICD10_CM, code: 'I20', display: 'Angina pectoris', match: 'prefix' },
    { system: ICD10_CM, code: 'I25', display: 'Chronic ischemic heart disease', match: 'prefix' },
    { system: ICD10_CM, code: 'Z95.1', display: 'Presence of aortocoronary bypass graft', match: 'prefix' },
    { system: ICD10_CM, code: 'Z95.5', display: 'Presence of coronary angioplasty implant and graft', match: 'prefix' },
  ],
} as const satisfies CodeSet;

/** Prior deep vein thrombosis or pulmonary embolism (Wells "previous DVT/PE"). */
export const PRIOR_VTE_CODES = {
  id: 'prior-vte',
  title: 'Previous deep vein thrombosis or pulmonary embolism',
  codes: [
    { system: SNOMED, code: '128053003', display: 'Deep venous thrombosis' },
    { system: SNOMED, code: '59282003', display: 'Pulmonary embolism' },
    { system: ICD10_CM, code: 'I26', display: 'Pulmonary embolism', match: 'prefix' },
    { system: ICD10_CM, code: 'I82.4', display: 'Acute embolism and thrombosis of deep veins of lower extremity', match: 'prefix' },
    { system: ICD10_CM, code: 'I82.5', display: 'Chronic embolism and thrombosis of deep veins of lower extremity', match: 'prefix' },
    { system: ICD10_CM, code: 'Z86.71', display: 'Personal history of venous thrombosis and embolism', match: 'prefix' },
  ],
} as const satisfies CodeSet;
