/**
 * Therapeutic classes the order-safety checks recognise, as medication code
 * sets (RxNorm ingredient codes where checked, plus ingredient names matched
 * as whole words in a coding display or text, since orders usually carry
 * clinical-drug codes such as "Naproxen sodium 220 MG Oral Tablet").
 *
 * @module
 */
import type { MedicationCodeSet } from './drug-class-match.js';
import { RXNORM } from '../risk/codes/code-systems.js';

const drugClass = (
  id: string,
  title: string,
  ingredientNames: string[],
  codes: MedicationCodeSet['codes'] = [],
): MedicationCodeSet => ({ id, title, codes, ingredientNames });

/** Anticoagulants (vitamin K antagonists, direct oral anticoagulants, heparins, fondaparinux). */
export const ANTICOAGULANT_CLASS = drugClass(
  'anticoagulant',
  'Anticoagulant',
  [
    'warfarin',
    'acenocoumarol',
    'phenprocoumon',
    'apixaban',
    'rivaroxaban',
    'dabigatran',
    'edoxaban',
    'heparin',
    'enoxaparin',
    'dalteparin',
    'tinzaparin',
    'fondaparinux',
  ],
  [{ system: RXNORM, code: '11289', display: 'warfarin' }],
);

/** Non-steroidal anti-inflammatory drugs (aspirin excluded: it is also an antiplatelet). */
export const NSAID_CLASS = drugClass(
  'nsaid',
  'Non-steroidal anti-inflammatory drug',
  [
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
  ],
  [
    { system: RXNORM, code: '3355', display: 'diclofenac' },
    { system: RXNORM, code: '140587', display: 'celecoxib' },
  ],
);

/** Opioid analgesics. */
export const OPIOID_CLASS = drugClass('opioid', 'Opioid', [
  'morphine',
  'oxycodone',
  'hydromorphone',
  'fentanyl',
  'codeine',
  'tramadol',
  'tapentadol',
  'methadone',
  'hydrocodone',
  'buprenorphine',
  'pethidine',
  'meperidine',
]);

/** Benzodiazepines. */
export const BENZODIAZEPINE_CLASS = drugClass('benzodiazepine', 'Benzodiazepine', [
  'diazepam',
  'lorazepam',
  'alprazolam',
  'clonazepam',
  'midazolam',
  'temazepam',
  'chlordiazepoxide',
  'oxazepam',
  'nitrazepam',
]);

/** HMG-CoA reductase inhibitors. */
export const STATIN_CLASS = drugClass('statin', 'Statin', [
  'atorvastatin',
  'simvastatin',
  'rosuvastatin',
  'pravastatin',
  'lovastatin',
  'fluvastatin',
  'pitavastatin',
]);

/** ACE inhibitors. */
export const ACE_INHIBITOR_CLASS = drugClass(
  'ace-inhibitor',
  'ACE inhibitor',
  [
    'lisinopril',
    'enalapril',
    'ramipril',
    'captopril',
    'perindopril',
    'quinapril',
    'benazepril',
    'fosinopril',
    'trandolapril',
  ],
  [{ system: RXNORM, code: '1998', display: 'captopril' }],
);

/** Angiotensin II receptor blockers. */
export const ARB_CLASS = drugClass('angiotensin-receptor-blocker', 'Angiotensin II receptor blocker', [
  'losartan',
  'valsartan',
  'irbesartan',
  'candesartan',
  'olmesartan',
  'telmisartan',
]);

/** Proton-pump inhibitors. */
export const PPI_CLASS = drugClass('proton-pump-inhibitor', 'Proton-pump inhibitor', [
  'omeprazole',
  'esomeprazole',
  'pantoprazole',
  'lansoprazole',
  'rabeprazole',
]);

/** Penicillins. */
export const PENICILLIN_CLASS = drugClass(
  'penicillin',
  'Penicillin',
  [
    'penicillin',
    'benzylpenicillin',
    'phenoxymethylpenicillin',
    'amoxicillin',
    'ampicillin',
    'piperacillin',
    'flucloxacillin',
    'dicloxacillin',
    'cloxacillin',
    'nafcillin',
    'oxacillin',
    'ticarcillin',
  ],
  [
    { system: RXNORM, code: '723', display: 'amoxicillin' },
    { system: RXNORM, code: '733', display: 'ampicillin' },
  ],
);

/** Sulfonamide antibacterials. */
export const SULFONAMIDE_ANTIBACTERIAL_CLASS = drugClass('sulfonamide-antibacterial', 'Sulfonamide antibacterial', [
  'sulfamethoxazole',
  'sulfadiazine',
  'sulfisoxazole',
  'sulfacetamide',
  'co-trimoxazole',
]);

/** Non-selective beta-blockers (they block beta-2 receptors in the airways). */
export const NON_SELECTIVE_BETA_BLOCKER_CLASS = drugClass('non-selective-beta-blocker', 'Non-selective beta-blocker', [
  'propranolol',
  'nadolol',
  'sotalol',
  'timolol',
  'pindolol',
  'carvedilol',
  'labetalol',
]);

/** Metformin. */
export const METFORMIN_CLASS = drugClass('metformin', 'Metformin', ['metformin']);

/**
 * The classes duplicate-order checks compare within (two active orders in one class are a possible duplicate).
 *
 * @example
 * ```ts
 * DUPLICATE_CHECK_CLASSES.map((c) => c.id); // ['anticoagulant', 'nsaid', 'opioid', ...]
 * ```
 */
export const DUPLICATE_CHECK_CLASSES: readonly MedicationCodeSet[] = [
  ANTICOAGULANT_CLASS,
  NSAID_CLASS,
  OPIOID_CLASS,
  BENZODIAZEPINE_CLASS,
  STATIN_CLASS,
  ACE_INHIBITOR_CLASS,
  ARB_CLASS,
  PPI_CLASS,
];
