/**
 * The ids (OIDs) of the vendored VSAC value sets, by name.
 *
 * @module
 */

/**
 * OID of each vendored VSAC value set.
 *
 * @example
 * VSAC.heartFailure; // '2.16.840.1.113883.3.526.3.376'
 */
export const VSAC = {
  /** ACE Inhibitor or ARB or ARNI Ingredient */
  aceArbArniIngredient: '2.16.840.1.113883.3.526.3.1489',
  /** ACE Inhibitor or ARB or ARNI */
  aceArbArni: '2.16.840.1.113883.3.526.3.1139',
  /** Active Bleeding Excluding Menses or Bleeding Diathesis */
  activeBleedingOrBleedingDiathesis: '2.16.840.1.113883.3.3157.4036',
  /** Acute Heart Failure */
  acuteHeartFailure: '2.16.840.1.113762.1.4.1029.233',
  /** Acute Myocardial Infarction */
  acuteMyocardialInfarction: '2.16.840.1.113883.3.666.5.623',
  /** Acute Peptic Ulcer */
  acutePepticUlcer: '2.16.840.1.113883.3.3157.4031',
  /** Acute Respiratory Failure */
  acuteRespiratoryFailure: '2.16.840.1.113762.1.4.1248.88',
  /** Air and Thrombotic Embolism */
  airAndThromboticEmbolism: '2.16.840.1.113762.1.4.1029.243',
  /** Alcohol Withdrawal */
  alcoholWithdrawal: '2.16.840.1.113883.3.464.1003.105.12.1209',
  /** All Primary and Secondary Cancer */
  allPrimarySecondaryCancer: '2.16.840.1.113762.1.4.1111.161',
  /** Anemia */
  anemia: '2.16.840.1.113762.1.4.1029.323',
  /** Antihypertensives */
  antihypertensives: '2.16.840.1.113762.1.4.1248.164',
  /** Antithrombotic Therapy for Ischemic Stroke */
  antithromboticTherapy: '2.16.840.1.113762.1.4.1110.62',
  /** Atherosclerosis and Peripheral Arterial Disease */
  atherosclerosisAndPad: '2.16.840.1.113762.1.4.1047.21',
  /** Atrial Fibrillation or Flutter */
  atrialFibrillationFlutter: '2.16.840.1.113883.3.117.1.7.1.202',
  /** Beta Blocker Therapy Ingredient */
  betaBlockerIngredient: '2.16.840.1.113883.3.526.3.1493',
  /** Beta Blocker Therapy */
  betaBlockerTherapy: '2.16.840.1.113883.3.526.3.1174',
  /** Bleeding Disorder */
  bleedingDisorder: '2.16.840.1.113762.1.4.1029.287',
  /** Coronary Artery Disease No MI */
  cadNoMi: '2.16.840.1.113883.3.526.3.369',
  /** Cancer */
  cancer: '2.16.840.1.113883.3.526.3.1010',
  /** Cerebrovascular Disease Stroke or TIA */
  cerebrovascularDiseaseStrokeTia: '2.16.840.1.113762.1.4.1047.44',
  /** Chronic Liver Disease */
  chronicLiverDisease: '2.16.840.1.113883.3.464.1003.199.12.1035',
  /** Chronic Kidney Disease, Stage 5 */
  ckdStage5: '2.16.840.1.113883.3.526.3.1002',
  /** Coagulation Disorders */
  coagulationDisorders: '2.16.840.1.113762.1.4.1248.23',
  /** Current Tobacco Smoker */
  currentTobaccoSmoker: '2.16.840.1.113883.3.600.2390',
  /** Diabetes */
  diabetes: '2.16.840.1.113883.3.464.1003.103.12.1001',
  /** Diagnosis of Hypertension */
  diagnosisOfHypertension: '2.16.840.1.113883.3.600.263',
  /** Dipyridamole */
  dipyridamole: '2.16.840.1.113883.3.464.1003.196.12.1349',
  /** Diuretics */
  diuretics: '2.16.840.1.113762.1.4.1248.170',
  /** Finding of Elevated Blood Pressure or Hypertension */
  elevatedBpOrHypertension: '2.16.840.1.113762.1.4.1047.514',
  /** End Stage Renal Disease */
  endStageRenalDisease: '2.16.840.1.113883.3.526.3.353',
  /** Essential Hypertension */
  essentialHypertension: '2.16.840.1.113883.3.464.1003.104.12.1011',
  /** Glycoprotein IIb IIIa Inhibitors */
  gpIibIiiaInhibitors: '2.16.840.1.113762.1.4.1045.41',
  /** Heart Failure */
  heartFailure: '2.16.840.1.113883.3.526.3.376',
  /** Hemorrhagic Stroke */
  hemorrhagicStroke: '2.16.840.1.113883.3.117.1.7.1.212',
  /** Hypertension */
  hypertensionIcd10InclPregnancy: '2.16.840.1.113762.1.4.1029.332',
  /** Hypertensive Chronic Kidney Disease */
  hypertensiveCkd: '2.16.840.1.113883.3.464.1003.109.12.1017',
  /** Indomethacin */
  indomethacin: '2.16.840.1.113883.3.464.1003.196.12.1366',
  /** Ischemic Heart Disease or Related Diagnoses */
  ischemicHeartDisease: '2.16.840.1.113762.1.4.1047.46',
  /** Ischemic Stroke */
  ischemicStroke2: '2.16.840.1.113883.3.464.1003.104.12.1024',
  /** Ischemic Stroke */
  ischemicStroke: '2.16.840.1.113883.3.117.1.7.1.247',
  /** Ketorolac Tromethamine */
  ketorolac: '2.16.840.1.113883.3.464.1003.196.12.1364',
  /** Kidney Failure */
  kidneyFailure: '2.16.840.1.113883.3.464.1003.109.12.1028',
  /** Kidney Transplant Recipient */
  kidneyTransplantRecipient: '2.16.840.1.113883.3.464.1003.109.12.1029',
  /** Liver Disease Moderate to Severe */
  liverDiseaseModerateSevere: '2.16.840.1.113762.1.4.1248.137',
  /** Liver Disease */
  liverDisease: '2.16.840.1.113762.1.4.1047.42',
  /** Moderate or Severe LVSD */
  moderateSevereLvsd: '2.16.840.1.113883.3.526.3.1090',
  /** Myocardial Infarction */
  myocardialInfarction: '2.16.840.1.113762.1.4.1108.101',
  /** Obstetrics VTE */
  obstetricsVte: '2.16.840.1.113883.3.117.1.7.1.264',
  /** Pharmacologic Therapy for Hypertension */
  pharmacologicTherapyForHypertension: '2.16.840.1.113883.3.526.1577',
  /** Preexisting Diabetes */
  preexistingDiabetes: '2.16.840.1.113762.1.4.1029.275',
  /** Smoking status */
  smokingStatus: '2.16.840.1.113762.1.4.1248.220',
  /** Stable and Unstable Angina */
  stableUnstableAngina: '2.16.840.1.113762.1.4.1047.47',
  /** Stroke */
  stroke: '2.16.840.1.113762.1.4.1248.176',
  /** Substance Abuse */
  substanceAbuse: '2.16.840.1.113762.1.4.1029.320',
  /** Substance Use Disorder */
  substanceUseDisorder: '2.16.840.1.113883.3.464.1003.106.12.1001',
  /** Ticagrelor Therapy */
  ticagrelor: '2.16.840.1.113762.1.4.1110.39',
  /** Tobacco Non User */
  tobaccoNonUser: '2.16.840.1.113883.3.526.3.1189',
  /** Tobacco User */
  tobaccoUser: '2.16.840.1.113883.3.526.3.1170',
  /** Venous Thromboembolism */
  venousThromboembolism: '2.16.840.1.113883.3.117.1.7.1.279',
  /** Venous Thromboembolism in Pregnancy */
  vteInPregnancy: '2.16.840.1.113762.1.4.1029.363',
  /** Warfarin */
  warfarin: '2.16.840.1.113883.3.117.1.7.1.232',
} as const;
