/**
 * Allergen classes: how an AllergyIntolerance names the allergen (codes, or
 * words in its text and displays) and which drugs belong to it.
 *
 * @module
 */
import type { CodeSetEntry } from '../risk/codes/code-set.js';
import type { MedicationCodeSet } from './drug-class-match.js';
import { SNOMED } from '../risk/codes/code-systems.js';
import { NSAID_CLASS, OPIOID_CLASS, PENICILLIN_CLASS, SULFONAMIDE_ANTIBACTERIAL_CLASS } from './drug-classes.js';

/** SNOMED CT 91936005: Allergy to penicillin. */
export const SNOMED_ALLERGY_TO_PENICILLIN = {
  system: SNOMED,
  code: '91936005',
  display: 'Allergy to penicillin',
} as const;
/** SNOMED CT 293586001: Allergy to aspirin. */
export const SNOMED_ALLERGY_TO_ASPIRIN = { system: SNOMED, code: '293586001', display: 'Allergy to aspirin' } as const;

/** An allergen class. */
export interface AllergenClass {
  readonly id: string;
  readonly title: string;
  /** Codings of the allergy (AllergyIntolerance.code) that name this class. */
  readonly allergyCodes: readonly CodeSetEntry[];
  /** Words that name this class in the allergy's text or displays. */
  readonly allergyTerms: readonly string[];
  /** Drugs an order may carry that belong to the class. */
  readonly drugs: MedicationCodeSet;
}

/**
 * The allergen classes checked against orders.
 *
 * @example
 * ```ts
 * ALLERGEN_CLASSES.find((c) => c.id === 'penicillin')?.drugs.ingredientNames; // ['penicillin', 'amoxicillin', ...]
 * ```
 */
export const ALLERGEN_CLASSES: readonly AllergenClass[] = [
  {
    id: 'penicillin',
    title: 'Penicillins',
    allergyCodes: [SNOMED_ALLERGY_TO_PENICILLIN],
    allergyTerms: ['penicillin', 'penicillins', ...PENICILLIN_CLASS.ingredientNames],
    drugs: PENICILLIN_CLASS,
  },
  {
    id: 'sulfonamide-antibacterial',
    title: 'Sulfonamide antibacterials',
    allergyCodes: [],
    allergyTerms: [
      'sulfonamide',
      'sulfonamides',
      'sulfa',
      'sulpha',
      ...SULFONAMIDE_ANTIBACTERIAL_CLASS.ingredientNames,
    ],
    drugs: SULFONAMIDE_ANTIBACTERIAL_CLASS,
  },
  {
    id: 'nsaid',
    title: 'Aspirin and NSAIDs',
    allergyCodes: [SNOMED_ALLERGY_TO_ASPIRIN],
    allergyTerms: ['aspirin', 'nsaid', 'nsaids', 'non-steroidal', ...NSAID_CLASS.ingredientNames],
    drugs: { ...NSAID_CLASS, ingredientNames: [...NSAID_CLASS.ingredientNames, 'aspirin', 'acetylsalicylic acid'] },
  },
  {
    id: 'opioid',
    title: 'Opioids',
    allergyCodes: [],
    allergyTerms: ['opioid', 'opioids', 'opiate', 'opiates', ...OPIOID_CLASS.ingredientNames],
    drugs: OPIOID_CLASS,
  },
];
