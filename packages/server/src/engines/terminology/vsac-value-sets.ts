/**
 * The published VSAC value sets Meridian loads, vendored in `vsac/` (see
 * `README.md` there for origin, commit and licence). Imported as data, so the
 * server bundle carries them and needs no file at run time.
 *
 * @module
 */
import type { ValueSetResource } from '@meridian/fhir-adapter';
import aceArbArniIngredient from './vsac/ace-arb-arni-ingredient.2.16.840.1.113883.3.526.3.1489.json';
import aceArbArni from './vsac/ace-arb-arni.2.16.840.1.113883.3.526.3.1139.json';
import activeBleedingOrBleedingDiathesis from './vsac/active-bleeding-or-bleeding-diathesis.2.16.840.1.113883.3.3157.4036.json';
import acuteHeartFailure from './vsac/acute-heart-failure.2.16.840.1.113762.1.4.1029.233.json';
import acuteMyocardialInfarction from './vsac/acute-myocardial-infarction.2.16.840.1.113883.3.666.5.623.json';
import acutePepticUlcer from './vsac/acute-peptic-ulcer.2.16.840.1.113883.3.3157.4031.json';
import acuteRespiratoryFailure from './vsac/acute-respiratory-failure.2.16.840.1.113762.1.4.1248.88.json';
import airAndThromboticEmbolism from './vsac/air-and-thrombotic-embolism.2.16.840.1.113762.1.4.1029.243.json';
import alcoholWithdrawal from './vsac/alcohol-withdrawal.2.16.840.1.113883.3.464.1003.105.12.1209.json';
import allPrimarySecondaryCancer from './vsac/all-primary-secondary-cancer.2.16.840.1.113762.1.4.1111.161.json';
import anemia from './vsac/anemia.2.16.840.1.113762.1.4.1029.323.json';
import antihypertensives from './vsac/antihypertensives.2.16.840.1.113762.1.4.1248.164.json';
import antithromboticTherapy from './vsac/antithrombotic-therapy.2.16.840.1.113762.1.4.1110.62.json';
import atherosclerosisAndPad from './vsac/atherosclerosis-and-pad.2.16.840.1.113762.1.4.1047.21.json';
import atrialFibrillationFlutter from './vsac/atrial-fibrillation-flutter.2.16.840.1.113883.3.117.1.7.1.202.json';
import betaBlockerIngredient from './vsac/beta-blocker-ingredient.2.16.840.1.113883.3.526.3.1493.json';
import betaBlockerTherapy from './vsac/beta-blocker-therapy.2.16.840.1.113883.3.526.3.1174.json';
import bleedingDisorder from './vsac/bleeding-disorder.2.16.840.1.113762.1.4.1029.287.json';
import cadNoMi from './vsac/cad-no-mi.2.16.840.1.113883.3.526.3.369.json';
import cancer from './vsac/cancer.2.16.840.1.113883.3.526.3.1010.json';
import cerebrovascularDiseaseStrokeTia from './vsac/cerebrovascular-disease-stroke-tia.2.16.840.1.113762.1.4.1047.44.json';
import chronicLiverDisease from './vsac/chronic-liver-disease.2.16.840.1.113883.3.464.1003.199.12.1035.json';
import ckdStage5 from './vsac/ckd-stage-5.2.16.840.1.113883.3.526.3.1002.json';
import coagulationDisorders from './vsac/coagulation-disorders.2.16.840.1.113762.1.4.1248.23.json';
import currentTobaccoSmoker from './vsac/current-tobacco-smoker.2.16.840.1.113883.3.600.2390.json';
import diabetes from './vsac/diabetes.2.16.840.1.113883.3.464.1003.103.12.1001.json';
import diagnosisOfHypertension from './vsac/diagnosis-of-hypertension.2.16.840.1.113883.3.600.263.json';
import dipyridamole from './vsac/dipyridamole.2.16.840.1.113883.3.464.1003.196.12.1349.json';
import diuretics from './vsac/diuretics.2.16.840.1.113762.1.4.1248.170.json';
import elevatedBpOrHypertension from './vsac/elevated-bp-or-hypertension.2.16.840.1.113762.1.4.1047.514.json';
import endStageRenalDisease from './vsac/end-stage-renal-disease.2.16.840.1.113883.3.526.3.353.json';
import essentialHypertension from './vsac/essential-hypertension.2.16.840.1.113883.3.464.1003.104.12.1011.json';
import gpIibIiiaInhibitors from './vsac/gp-iib-iiia-inhibitors.2.16.840.1.113762.1.4.1045.41.json';
import heartFailure from './vsac/heart-failure.2.16.840.1.113883.3.526.3.376.json';
import hemorrhagicStroke from './vsac/hemorrhagic-stroke.2.16.840.1.113883.3.117.1.7.1.212.json';
import hypertensionIcd10InclPregnancy from './vsac/hypertension-icd10-incl-pregnancy.2.16.840.1.113762.1.4.1029.332.json';
import hypertensiveCkd from './vsac/hypertensive-ckd.2.16.840.1.113883.3.464.1003.109.12.1017.json';
import indomethacin from './vsac/indomethacin.2.16.840.1.113883.3.464.1003.196.12.1366.json';
import ischemicHeartDisease from './vsac/ischemic-heart-disease.2.16.840.1.113762.1.4.1047.46.json';
import ischemicStroke2 from './vsac/ischemic-stroke-2.2.16.840.1.113883.3.464.1003.104.12.1024.json';
import ischemicStroke from './vsac/ischemic-stroke.2.16.840.1.113883.3.117.1.7.1.247.json';
import ketorolac from './vsac/ketorolac.2.16.840.1.113883.3.464.1003.196.12.1364.json';
import kidneyFailure from './vsac/kidney-failure.2.16.840.1.113883.3.464.1003.109.12.1028.json';
import kidneyTransplantRecipient from './vsac/kidney-transplant-recipient.2.16.840.1.113883.3.464.1003.109.12.1029.json';
import liverDiseaseModerateSevere from './vsac/liver-disease-moderate-severe.2.16.840.1.113762.1.4.1248.137.json';
import liverDisease from './vsac/liver-disease.2.16.840.1.113762.1.4.1047.42.json';
import moderateSevereLvsd from './vsac/moderate-severe-lvsd.2.16.840.1.113883.3.526.3.1090.json';
import myocardialInfarction from './vsac/myocardial-infarction.2.16.840.1.113762.1.4.1108.101.json';
import obstetricsVte from './vsac/obstetrics-vte.2.16.840.1.113883.3.117.1.7.1.264.json';
import pharmacologicTherapyForHypertension from './vsac/pharmacologic-therapy-for-hypertension.2.16.840.1.113883.3.526.1577.json';
import preexistingDiabetes from './vsac/preexisting-diabetes.2.16.840.1.113762.1.4.1029.275.json';
import smokingStatus from './vsac/smoking-status.2.16.840.1.113762.1.4.1248.220.json';
import stableUnstableAngina from './vsac/stable-unstable-angina.2.16.840.1.113762.1.4.1047.47.json';
import stroke from './vsac/stroke.2.16.840.1.113762.1.4.1248.176.json';
import substanceAbuse from './vsac/substance-abuse.2.16.840.1.113762.1.4.1029.320.json';
import substanceUseDisorder from './vsac/substance-use-disorder.2.16.840.1.113883.3.464.1003.106.12.1001.json';
import ticagrelor from './vsac/ticagrelor.2.16.840.1.113762.1.4.1110.39.json';
import tobaccoNonUser from './vsac/tobacco-non-user.2.16.840.1.113883.3.526.3.1189.json';
import tobaccoUser from './vsac/tobacco-user.2.16.840.1.113883.3.526.3.1170.json';
import venousThromboembolism from './vsac/venous-thromboembolism.2.16.840.1.113883.3.117.1.7.1.279.json';
import vteInPregnancy from './vsac/vte-in-pregnancy.2.16.840.1.113762.1.4.1029.363.json';
import warfarin from './vsac/warfarin.2.16.840.1.113883.3.117.1.7.1.232.json';

/**
 * Every vendored VSAC expansion, as FHIR R4 ValueSet resources.
 *
 * @example
 * VSAC_VALUE_SETS.length; // 62
 */
export const VSAC_VALUE_SETS: readonly ValueSetResource[] = [
  aceArbArniIngredient,
  aceArbArni,
  activeBleedingOrBleedingDiathesis,
  acuteHeartFailure,
  acuteMyocardialInfarction,
  acutePepticUlcer,
  acuteRespiratoryFailure,
  airAndThromboticEmbolism,
  alcoholWithdrawal,
  allPrimarySecondaryCancer,
  anemia,
  antihypertensives,
  antithromboticTherapy,
  atherosclerosisAndPad,
  atrialFibrillationFlutter,
  betaBlockerIngredient,
  betaBlockerTherapy,
  bleedingDisorder,
  cadNoMi,
  cancer,
  cerebrovascularDiseaseStrokeTia,
  chronicLiverDisease,
  ckdStage5,
  coagulationDisorders,
  currentTobaccoSmoker,
  diabetes,
  diagnosisOfHypertension,
  dipyridamole,
  diuretics,
  elevatedBpOrHypertension,
  endStageRenalDisease,
  essentialHypertension,
  gpIibIiiaInhibitors,
  heartFailure,
  hemorrhagicStroke,
  hypertensionIcd10InclPregnancy,
  hypertensiveCkd,
  indomethacin,
  ischemicHeartDisease,
  ischemicStroke2,
  ischemicStroke,
  ketorolac,
  kidneyFailure,
  kidneyTransplantRecipient,
  liverDiseaseModerateSevere,
  liverDisease,
  moderateSevereLvsd,
  myocardialInfarction,
  obstetricsVte,
  pharmacologicTherapyForHypertension,
  preexistingDiabetes,
  smokingStatus,
  stableUnstableAngina,
  stroke,
  substanceAbuse,
  substanceUseDisorder,
  ticagrelor,
  tobaccoNonUser,
  tobaccoUser,
  venousThromboembolism,
  vteInPregnancy,
  warfarin,
] as unknown as readonly ValueSetResource[];
