/**
 * Medication code sets. Each lists RxNorm *ingredient* codes (only those checked against a public
 * RxNorm listing) plus ingredient names, matched as whole words in a medication's coding display or
 * text, because FHIR medications normally carry clinical-drug codes ("aspirin 81 MG Oral Tablet").
 *
 * @module
 */
import type { MedicationCodeSet } from './code-set.js';
import { RXNORM } from './code-systems.js';

/** Antiplatelet agents and NSAIDs (HAS-BLED "drugs"). Topical NSAID products are matched too: check provenance. */
export const ANTIPLATELET_OR_NSAID_MEDICATIONS = {
  id: 'antiplatelet-or-nsaid',
  title: 'Antiplatelet agent or non-steroidal anti-inflammatory drug',
  codes: [
    { system: RXNORM, code: '1191', display: 'aspirin' },
    { system: RXNORM, code: '32968', display: 'clopidogrel' },
    { system: RXNORM, code: '3355', display: 'diclofenac' },
    { system: RXNORM, code: '140587', display: 'celecoxib' },
    { system: RXNORM, code: '4502', display: 'flurbiprofen' },
  ],
  ingredientNames: [
    'aspirin', 'acetylsalicylic acid', 'clopidogrel', 'prasugrel', 'ticagrelor', 'ticlopidine', 'dipyridamole',
    'cilostazol', 'cangrelor', 'vorapaxar', 'ibuprofen', 'naproxen', 'diclofenac', 'celecoxib', 'etoricoxib',
    'meloxicam', 'indomethacin', 'indometacin', 'ketorolac', 'ketoprofen', 'flurbiprofen', 'piroxicam',
    'etodolac', 'nabumetone', 'sulindac', 'mefenamic acid',
  ],
} as const satisfies MedicationCodeSet;

/** Vitamin K antagonists: labile INR (HAS-BLED "L") only applies to patients taking one. */
export const VITAMIN_K_ANTAGONIST_MEDICATIONS = {
  id: 'vitamin-k-antagonist',
  title: 'Vitamin K antagonist',
  codes: [
    { system: RXNORM, code: '11289', display: 'warfarin' },
    { system: RXNORM, code: '154', display: 'acenocoumarol' },
    { system: RXNORM, code: '8150', display: 'phenprocoumon' },
  ],
  ingredientNames: ['warfarin', 'acenocoumarol', 'phenprocoumon'],
} as const satisfies MedicationCodeSet;

/**
 * Blood-pressure-lowering drugs (PCE "treated systolic BP"). Some also have other indications
 * (beta-blockers, diuretics, alpha-blockers): a match is a proxy, shown with its provenance, that a
 * clinician can override with the `onBloodPressureTreatment` answer.
 */
export const ANTIHYPERTENSIVE_MEDICATIONS = {
  id: 'antihypertensive',
  title: 'Blood-pressure-lowering medication',
  codes: [
    { system: RXNORM, code: '1998', display: 'captopril' },
    { system: RXNORM, code: '20352', display: 'carvedilol' },
    { system: RXNORM, code: '4603', display: 'furosemide' },
    { system: RXNORM, code: '5470', display: 'hydralazine' },
    { system: RXNORM, code: '5487', display: 'hydrochlorothiazide' },
    { system: RXNORM, code: '6918', display: 'metoprolol' },
    { system: RXNORM, code: '8787', display: 'propranolol' },
    { system: RXNORM, code: '9997', display: 'spironolactone' },
  ],
  ingredientNames: [
    'benazepril', 'captopril', 'enalapril', 'fosinopril', 'lisinopril', 'moexipril', 'perindopril', 'quinapril',
    'ramipril', 'trandolapril', 'azilsartan', 'candesartan', 'eprosartan', 'irbesartan', 'losartan', 'olmesartan',
    'telmisartan', 'valsartan', 'acebutolol', 'atenolol', 'betaxolol', 'bisoprolol', 'carvedilol', 'labetalol',
    'metoprolol', 'nadolol', 'nebivolol', 'pindolol', 'propranolol', 'amlodipine', 'felodipine', 'isradipine',
    'nicardipine', 'nifedipine', 'nisoldipine', 'diltiazem', 'verapamil', 'chlorthalidone', 'chlorothiazide',
    'hydrochlorothiazide', 'indapamide', 'metolazone', 'furosemide', 'bumetanide', 'torsemide', 'spironolactone',
    'eplerenone', 'amiloride', 'triamterene', 'hydralazine', 'clonidine', 'methyldopa', 'doxazosin', 'prazosin',
    'terazosin', 'aliskiren',
  ],
} as const satisfies MedicationCodeSet;
