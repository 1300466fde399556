/**
 * The condition concepts the calculators read: each the union of published
 * VSAC sets and Meridian's curated lists, minus the exclusions that protect
 * its criterion. A concept is built per criterion when criteria differ (the
 * coronary codes count as ASCVD for PCE, not as vascular disease for
 * CHA2DS2-VASc).
 *
 * @module
 */
import { VSAC } from '../../terminology/vsac-ids.js';
import { defineConcept } from './define-concept.js';

const STROKE_SETS = [
  VSAC.ischemicStroke,
  VSAC.ischemicStroke2,
  VSAC.hemorrhagicStroke,
  VSAC.cerebrovascularDiseaseStrokeTia,
  VSAC.stroke,
  'meridian-stroke',
];
const MI_SETS = [VSAC.myocardialInfarction, VSAC.acuteMyocardialInfarction];

/** Atrial fibrillation or flutter (the population of CHA2DS2-VASc and HAS-BLED). @example `ATRIAL_FIBRILLATION.match(codes)` */
export const ATRIAL_FIBRILLATION = defineConcept(
  'atrial-fibrillation',
  'Atrial fibrillation or flutter',
  [VSAC.atrialFibrillationFlutter, 'meridian-atrial-fibrillation'],
  [],
);

/** Heart failure or LV dysfunction (CHA2DS2-VASc "C"). @example `HEART_FAILURE.searched` */
export const HEART_FAILURE = defineConcept(
  'heart-failure',
  'Congestive heart failure or left ventricular dysfunction',
  [VSAC.heartFailure, VSAC.acuteHeartFailure, VSAC.moderateSevereLvsd, 'meridian-heart-failure'],
  ['cha2ds2-vasc.congestiveHeartFailure'],
);

/** A diagnosis of systemic hypertension (CHA2DS2-VASc "H"). @example `HYPERTENSION.size` */
export const HYPERTENSION = defineConcept(
  'hypertension',
  'Hypertension',
  [
    VSAC.essentialHypertension,
    VSAC.diagnosisOfHypertension,
    VSAC.hypertensiveCkd,
    VSAC.elevatedBpOrHypertension,
    'meridian-hypertension',
  ],
  ['cha2ds2-vasc.hypertension'],
);

/** Diabetes mellitus (CHA2DS2-VASc "D", PCE). @example `DIABETES.match(codes)` */
export const DIABETES = defineConcept(
  'diabetes',
  'Diabetes mellitus',
  [VSAC.diabetes, VSAC.preexistingDiabetes, 'meridian-diabetes'],
  ['cha2ds2-vasc.diabetes', 'pce-ascvd.diabetes'],
);

/** Prior stroke or TIA, and systemic thromboembolism (CHA2DS2-VASc "S2"). @example `STROKE_TIA_OR_THROMBOEMBOLISM.searched` */
export const STROKE_TIA_OR_THROMBOEMBOLISM = defineConcept(
  'stroke-tia-thromboembolism',
  'Prior stroke, TIA or systemic thromboembolism',
  [...STROKE_SETS, 'meridian-tia', VSAC.airAndThromboticEmbolism, 'meridian-systemic-thromboembolism'],
  ['cha2ds2-vasc.strokeTiaOrThromboembolism'],
);

/** Prior stroke, not TIA (HAS-BLED "S"). @example `STROKE_HISTORY.match(codes)` */
export const STROKE_HISTORY = defineConcept('stroke', 'Prior stroke', STROKE_SETS, ['has-bled.strokeHistory']);

/** Prior MI, peripheral artery disease or aortic plaque (CHA2DS2-VASc "V"). @example `VASCULAR_DISEASE.match(codes)` */
export const VASCULAR_DISEASE = defineConcept(
  'vascular-disease',
  'Prior myocardial infarction, peripheral artery disease or aortic plaque',
  [...MI_SETS, VSAC.atherosclerosisAndPad, 'meridian-vascular-disease'],
  ['cha2ds2-vasc.vascularDisease'],
);

/** Clinical ASCVD: MI, angina, coronary disease or revascularisation, stroke, TIA, PAD (PCE exclusion). @example `ESTABLISHED_ASCVD.searched` */
export const ESTABLISHED_ASCVD = defineConcept(
  'established-ascvd',
  'Clinical atherosclerotic cardiovascular disease',
  [
    ...MI_SETS,
    VSAC.atherosclerosisAndPad,
    VSAC.stableUnstableAngina,
    VSAC.ischemicHeartDisease,
    VSAC.cadNoMi,
    ...STROKE_SETS,
    'meridian-tia',
    'meridian-vascular-disease',
    'meridian-coronary-disease',
  ],
  ['pce-ascvd.establishedAscvd'],
  // Aortic atherosclerosis (aortic plaque) counts for CHA2DS2-VASc but is not clinical ASCVD in the 2013 guideline.
  [
    {
      protects: 'pce-ascvd.establishedAscvd',
      reason: 'aortic atherosclerosis is not clinical ASCVD (Goff 2013)',
      codes: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'I70.0', match: 'prefix' }],
    },
  ],
);

/** Previous DVT or PE (Wells). @example `PRIOR_VTE.match(codes)` */
export const PRIOR_VTE = defineConcept(
  'prior-vte',
  'Previous deep vein thrombosis or pulmonary embolism',
  [VSAC.venousThromboembolism, VSAC.obstetricsVte, VSAC.vteInPregnancy, 'meridian-prior-vte'],
  ['wells-pe.previousDvtOrPe'],
);

/** Malignancy (Wells). @example `MALIGNANCY.size` */
export const MALIGNANCY = defineConcept(
  'malignancy',
  'Malignant neoplasm',
  [VSAC.cancer, VSAC.allPrimarySecondaryCancer, 'meridian-malignancy'],
  ['wells-pe.malignancy'],
);

/** Haemoptysis recorded as a condition (Wells). @example `HAEMOPTYSIS.match(codes)` */
export const HAEMOPTYSIS = defineConcept(
  'haemoptysis',
  'Haemoptysis',
  ['meridian-haemoptysis'],
  ['wells-pe.haemoptysis'],
);

/** Chronic dialysis, renal transplant or end-stage renal disease (HAS-BLED renal). @example `RENAL_DIALYSIS_OR_TRANSPLANT.searched` */
export const RENAL_DIALYSIS_OR_TRANSPLANT = defineConcept(
  'renal-dialysis-or-transplant',
  'Chronic dialysis, renal transplantation or end-stage renal disease',
  [
    VSAC.endStageRenalDisease,
    VSAC.ckdStage5,
    VSAC.kidneyFailure,
    VSAC.kidneyTransplantRecipient,
    'meridian-renal-dialysis-transplant',
  ],
  ['has-bled.abnormalRenalFunction'],
);

/** Chronic hepatic disease (HAS-BLED liver). @example `CHRONIC_LIVER_DISEASE.match(codes)` */
export const CHRONIC_LIVER_DISEASE = defineConcept(
  'chronic-liver-disease',
  'Chronic hepatic disease (e.g. cirrhosis)',
  [VSAC.chronicLiverDisease, VSAC.liverDisease, VSAC.liverDiseaseModerateSevere, 'meridian-chronic-liver-disease'],
  ['has-bled.abnormalLiverFunction'],
);

/** Prior major bleeding, anaemia or thrombocytopenia (HAS-BLED "B"). @example `BLEEDING_HISTORY_OR_PREDISPOSITION.searched` */
export const BLEEDING_HISTORY_OR_PREDISPOSITION = defineConcept(
  'bleeding-history-or-predisposition',
  'Bleeding history or predisposition (major bleeding, anaemia, thrombocytopenia)',
  [
    VSAC.bleedingDisorder,
    VSAC.coagulationDisorders,
    VSAC.anemia,
    VSAC.activeBleedingOrBleedingDiathesis,
    VSAC.acutePepticUlcer,
    VSAC.hemorrhagicStroke,
    'meridian-bleeding-anaemia-thrombocytopenia',
  ],
  ['has-bled.bleedingHistoryOrPredisposition'],
);

/** Alcohol abuse or dependence, not in remission (HAS-BLED alcohol, a proxy for ≥ 8 drinks/week). @example `ALCOHOL_EXCESS.match(codes)` */
export const ALCOHOL_EXCESS = defineConcept(
  'alcohol-misuse',
  'Alcohol abuse or dependence (current)',
  [VSAC.substanceUseDisorder, VSAC.substanceAbuse, VSAC.alcoholWithdrawal, 'meridian-alcohol-misuse'],
  ['has-bled.alcoholExcess'],
);

/** Hypercapnic respiratory failure (NEWS2 proxy for Scale 2). @example `HYPERCAPNIC_RESPIRATORY_FAILURE.searched` */
export const HYPERCAPNIC_RESPIRATORY_FAILURE = defineConcept(
  'hypercapnic-respiratory-failure',
  'Hypercapnic respiratory failure',
  [VSAC.acuteRespiratoryFailure, 'meridian-hypercapnic-respiratory-failure'],
  ['news2.useSpo2Scale2'],
);

/** COPD: never selects Scale 2; prompts the clinician (NEWS2). @example `COPD.match(codes)` */
export const COPD = defineConcept('copd', 'Chronic obstructive pulmonary disease', ['meridian-copd'], []);

/** Pneumonia: the population CURB-65 was derived in. @example `PNEUMONIA.match(codes)` */
export const PNEUMONIA = defineConcept('pneumonia', 'Pneumonia', ['meridian-pneumonia'], []);
