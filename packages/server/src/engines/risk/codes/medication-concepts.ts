/**
 * Medication concepts: RxNorm ingredient, clinical-drug (SCD) and branded
 * (SBD) codes from the VSAC medication sets and Meridian's ingredient lists;
 * ingredient names matched in the display or text stay as the fallback.
 *
 * @module
 */
import { VALUE_SETS } from '../../terminology/value-set-catalogue.js';
import { VSAC } from '../../terminology/vsac-ids.js';
import { defineConcept, type MedicationConcept } from './define-concept.js';

const ANTIHYPERTENSIVE_SETS = [
  VSAC.pharmacologicTherapyForHypertension,
  VSAC.antihypertensives,
  VSAC.aceArbArni,
  VSAC.aceArbArniIngredient,
  VSAC.betaBlockerTherapy,
  VSAC.betaBlockerIngredient,
  VSAC.diuretics,
  'meridian-antihypertensive-ingredients',
];

/** Members of sets whose display names one of `ingredients` (reviewed: nimodipine, finerenone, levobunolol and metipranolol only). */
function productsOf(setIds: readonly string[], ingredients: RegExp) {
  return setIds.flatMap((id) =>
    [...VALUE_SETS.require(id).members.values()].filter((m) => ingredients.test(m.display ?? '')),
  );
}

/** Antiplatelet agents and NSAIDs (HAS-BLED "drugs"); anticoagulants are excluded. @example `ANTIPLATELET_OR_NSAID.concept.searched` */
export const ANTIPLATELET_OR_NSAID: MedicationConcept = {
  concept: defineConcept(
    'antiplatelet-or-nsaid',
    'Antiplatelet agent or non-steroidal anti-inflammatory drug',
    [
      VSAC.antithromboticTherapy,
      VSAC.ticagrelor,
      VSAC.gpIibIiiaInhibitors,
      VSAC.dipyridamole,
      VSAC.ketorolac,
      VSAC.indomethacin,
      'meridian-antiplatelet-ingredients',
      'meridian-nsaid-ingredients',
    ],
    ['has-bled.antiplateletOrNsaid'],
  ),
  ingredientNames: [
    'aspirin',
    'acetylsalicylic acid',
    'clopidogrel',
    'prasugrel',
    'ticagrelor',
    'ticlopidine',
    'dipyridamole',
    'cilostazol',
    'cangrelor',
    'vorapaxar',
    'ibuprofen',
    'naproxen',
    'diclofenac',
    'celecoxib',
    'etoricoxib',
    'meloxicam',
    'indomethacin',
    'indometacin',
    'ketorolac',
    'ketoprofen',
    'flurbiprofen',
    'piroxicam',
    'etodolac',
    'nabumetone',
    'sulindac',
    'mefenamic acid',
    'diflunisal',
    'oxaprozin',
    'fenoprofen',
    'tolmetin',
  ],
};

/** Vitamin K antagonists (HAS-BLED labile INR applies only to them). @example `VITAMIN_K_ANTAGONIST.ingredientNames` */
export const VITAMIN_K_ANTAGONIST: MedicationConcept = {
  concept: defineConcept(
    'vitamin-k-antagonist',
    'Vitamin K antagonist',
    [VSAC.warfarin, 'meridian-vka-ingredients'],
    [],
  ),
  ingredientNames: ['warfarin', 'acenocoumarol', 'phenprocoumon'],
};

/**
 * Blood-pressure-lowering drugs (PCE "treated"). Some have other indications
 * (beta-blockers, diuretics): a match is a proxy, shown with its provenance,
 * that the `onBloodPressureTreatment` answer overrides. Nimodipine (given for
 * subarachnoid haemorrhage) and finerenone (given for diabetic kidney disease)
 * products in the VSAC sets, and the glaucoma-only beta-blocker ingredients
 * levobunolol and metipranolol, are excluded.
 *
 * @example
 * ANTIHYPERTENSIVE.concept.match([{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '29046' }]); // lisinopril
 */
export const ANTIHYPERTENSIVE: MedicationConcept = {
  concept: defineConcept(
    'antihypertensive',
    'Blood-pressure-lowering medication',
    ANTIHYPERTENSIVE_SETS,
    ['pce-ascvd.onBloodPressureTreatment'],
    [
      {
        protects: 'pce-ascvd.onBloodPressureTreatment',
        reason:
          'not given to lower blood pressure: nimodipine (subarachnoid haemorrhage), finerenone (diabetic kidney disease), levobunolol and metipranolol (eye drops for glaucoma)',
        codes: productsOf(ANTIHYPERTENSIVE_SETS, /\b(nimodipine|finerenone|levobunolol|metipranolol)\b/i),
      },
    ],
  ),
  ingredientNames: [
    'benazepril',
    'captopril',
    'enalapril',
    'fosinopril',
    'lisinopril',
    'moexipril',
    'perindopril',
    'quinapril',
    'ramipril',
    'trandolapril',
    'azilsartan',
    'candesartan',
    'eprosartan',
    'irbesartan',
    'losartan',
    'olmesartan',
    'telmisartan',
    'valsartan',
    'acebutolol',
    'atenolol',
    'betaxolol',
    'bisoprolol',
    'carvedilol',
    'labetalol',
    'metoprolol',
    'nadolol',
    'nebivolol',
    'pindolol',
    'propranolol',
    'amlodipine',
    'felodipine',
    'isradipine',
    'nicardipine',
    'nifedipine',
    'nisoldipine',
    'diltiazem',
    'verapamil',
    'chlorthalidone',
    'chlorothiazide',
    'hydrochlorothiazide',
    'indapamide',
    'metolazone',
    'furosemide',
    'bumetanide',
    'torsemide',
    'spironolactone',
    'eplerenone',
    'amiloride',
    'triamterene',
    'hydralazine',
    'clonidine',
    'methyldopa',
    'doxazosin',
    'prazosin',
    'terazosin',
    'aliskiren',
  ],
};
