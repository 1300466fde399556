// Derives packages/server/src/engines/terminology/exclusions.json from the conflicts that
// fixtures/valuesets/index.json flags by display-text pattern, keeping only the groups
// accepted after review (see packages/server/src/engines/terminology/README.md, "Exclusions").
// Each exclusion names the calculator criteria it protects.
//
//   node scripts/valuesets/derive-exclusions.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const index = JSON.parse(readFileSync(new URL('../../fixtures/valuesets/index.json', import.meta.url), 'utf8'));

// concept -> reason -> criteria protected, or null when the flag was rejected on review (with why).
const REVIEW = {
  hypertension: {
    'not systemic arterial hypertension': ['cha2ds2-vasc.hypertension'],
    'pregnancy-induced hypertension, not chronic hypertension': ['cha2ds2-vasc.hypertension'],
    'elevated reading, not a hypertension diagnosis': ['cha2ds2-vasc.hypertension'],
  },
  stroke_tia_thromboembolism: {
    'cerebrovascular disease without a documented stroke/TIA event': [
      'cha2ds2-vasc.strokeTiaOrThromboembolism',
      'has-bled.strokeHistory',
      'pce-ascvd.establishedAscvd',
    ],
    'pulmonary (venous) embolism, not systemic arterial thromboembolism (counts for Wells, not CHA2DS2-VASc S2)': [
      'cha2ds2-vasc.strokeTiaOrThromboembolism',
    ],
    'air embolism, not thromboembolism': ['cha2ds2-vasc.strokeTiaOrThromboembolism'],
    'amniotic/septic embolism, not thromboembolism': ['cha2ds2-vasc.strokeTiaOrThromboembolism'],
  },
  pad_atherosclerosis: {
    'coronary disease: outside the original CHA2DS2-VASc V definition (MI/PAD/aortic plaque); fine for PCE exclusion': [
      'cha2ds2-vasc.vascularDisease',
    ],
    'carotid/cerebrovascular atherosclerosis: not part of CHA2DS2-VASc V; counts as ASCVD for PCE only if symptomatic':
      ['cha2ds2-vasc.vascularDisease'],
    // Rejected: ICD-10-CM codes PAD in a diabetic to E08-E13 .51/.52 (Alphabetic Index: Diabetes, with, peripheral angiopathy).
    'diabetic peripheral angiopathy: PAD only if arterial disease is documented': null,
    'renal artery atherosclerosis: not part of CHA2DS2-VASc V': ['cha2ds2-vasc.vascularDisease'],
  },
  angina_ihd: {
    'coronary sinus is venous: not ASCVD': ['pce-ascvd.establishedAscvd'],
    'non-atherosclerotic coronary event': ['pce-ascvd.establishedAscvd'],
  },
  venous_thromboembolism: {
    'phlebitis without stated thrombosis, or thrombophlebitis not stated to be deep (may be superficial)': [
      'wells-pe.previousDvtOrPe',
    ],
    'non-thrombotic embolism': ['wells-pe.previousDvtOrPe'],
    'thrombosis at a site that is not DVT/PE': ['wells-pe.previousDvtOrPe'],
  },
  malignancy_active: {
    'not malignant': ['wells-pe.malignancy'],
    'in remission: not active cancer': ['wells-pe.malignancy'],
    'carcinoma in situ (usually not counted as active malignancy)': ['wells-pe.malignancy'],
  },
  liver_disease: { 'acute liver disease, not chronic': ['has-bled.abnormalLiverFunction'] },
  renal_disease: {
    'CKD stage 1-4: not dialysis/transplant; creatinine may be < 200 umol/L': ['has-bled.abnormalRenalFunction'],
    'acute kidney injury, not chronic renal failure': ['has-bled.abnormalRenalFunction'],
    'unstaged CKD: cannot tell dialysis/transplant/creatinine': ['has-bled.abnormalRenalFunction'],
    // Rejected: end-stage renal disease means eGFR < 15, i.e. creatinine far above 200 umol/L in adults.
    'ESRD without dialysis/transplant: counts only if creatinine >= 200 umol/L (likely)': null,
  },
  alcohol: {
    'not alcohol (other substance)': ['has-bled.alcoholExcess'],
    'in remission: not current alcohol excess': ['has-bled.alcoholExcess'],
  },
  bleeding_predisposition: {
    'peptic ulcer without stated bleeding': ['has-bled.bleedingHistoryOrPredisposition'],
    'thrombophilia / hypercoagulable state, not bleeding predisposition': ['has-bled.bleedingHistoryOrPredisposition'],
    'carrier state / trait: usually no anaemia': ['has-bled.bleedingHistoryOrPredisposition'],
    'thrombocythaemia (high platelets): not thrombocytopenia; bleeding risk only in some cases': [
      'has-bled.bleedingHistoryOrPredisposition',
    ],
    // Rejected: sideropenic dysphagia (D50.1) is classified as iron-deficiency anaemia.
    'dysphagia code (Plummer-Vinson) inside anaemia set': null,
    // Rejected for HUS (D59.3x: haemolytic anaemia with thrombocytopenia by definition); D59.6 is kept below.
    'haemolysis syndrome: anaemia only if documented': (c) =>
      c.code.startsWith('D59.3') ? null : ['has-bled.bleedingHistoryOrPredisposition'],
  },
  hypercapnic_respiratory_failure: {
    'not hypercapnic (hypoxic-only, unspecified type, or ventilator status)': ['news2.useSpo2Scale2'],
    'type not specified': ['news2.useSpo2Scale2'],
  },
  tobacco: {
    'smokeless tobacco / e-cigarette use: not cigarette smoking': ['pce-ascvd.currentSmoker'],
    'generic parent finding: does not state current smoking': ['pce-ascvd.currentSmoker'],
    'not a current smoker (smoking-status mixes current/former/never codes)': ['pce-ascvd.currentSmoker'],
    'passive smoking: not a smoker': ['pce-ascvd.currentSmoker'],
    'states only smokeless-tobacco non-use: does not establish that the patient does not smoke cigarettes': [
      'pce-ascvd.currentSmoker:not-current',
    ],
  },
  antiplatelets: {
    'anticoagulant, not antiplatelet (HAS-BLED "drugs" excludes anticoagulants)': ['has-bled.antiplateletOrNsaid'],
  },
};

const groups = new Map();
let rejected = 0;
for (const concept of index) {
  const review = REVIEW[concept.concept];
  if (!review) continue;
  for (const c of concept.conflicts) {
    if (!(c.reason in review)) throw new Error(`unreviewed reason ${concept.concept}: ${c.reason}`);
    const rule = review[c.reason];
    const protects = typeof rule === 'function' ? rule(c) : rule;
    if (!protects) {
      rejected++;
      continue;
    }
    const key = `${concept.concept}|${c.reason}`;
    if (!groups.has(key)) groups.set(key, { concept: concept.concept, protects, reason: c.reason, codes: new Map() });
    groups.get(key).codes.set(`${c.system}|${c.code}`, {
      system: c.system,
      code: c.code,
      display: c.display,
      valueSet: c.file.split('.').slice(1, -1).join('.'),
    });
  }
}
const out = [...groups.values()].map((g) => ({ ...g, codes: [...g.codes.values()] }));
writeFileSync(
  new URL('../../packages/server/src/engines/terminology/exclusions.json', import.meta.url),
  `${JSON.stringify(out, null, 1)}\n`,
);
console.log(
  `${out.length} exclusions, ${out.reduce((n, g) => n + g.codes.length, 0)} codes; ${rejected} flags rejected on review`,
);
