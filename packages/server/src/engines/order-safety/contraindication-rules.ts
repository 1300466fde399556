/**
 * Order–condition contraindications as data: a drug class, the documented
 * conditions (or a current laboratory value) that argue against it, and the
 * source. Meridian warns and shows the evidence; it never proposes a dose or
 * an alternative drug.
 *
 * @module
 */
import type { MeasureKey } from '@meridian/fhir-adapter';
import type { CodeSet } from '../risk/codes/code-set.js';
import type { ConditionSet, MedicationCodeSet } from './drug-class-match.js';
import { ICD10_CM, SNOMED } from '../risk/codes/code-systems.js';
import { HEART_FAILURE, RENAL_DIALYSIS_OR_TRANSPLANT } from '../risk/codes/condition-concepts.js';
import type { Citation } from '../risk/types.js';
import { ANTICOAGULANT_CLASS, METFORMIN_CLASS, NON_SELECTIVE_BETA_BLOCKER_CLASS, NSAID_CLASS } from './drug-classes.js';
import { AGS_BEERS_2023, EHRA_NOAC_2021, FDA_METFORMIN_RENAL_2016, GINA_2024 } from './order-safety-citations.js';

/** Peptic ulcer disease. */
export const PEPTIC_ULCER_CODES = {
  id: 'peptic-ulcer',
  title: 'Peptic ulcer disease',
  codes: [
    { system: SNOMED, code: '13200003', display: 'Peptic ulcer' },
    { system: ICD10_CM, code: 'K25', display: 'Gastric ulcer', match: 'prefix' },
    { system: ICD10_CM, code: 'K26', display: 'Duodenal ulcer', match: 'prefix' },
    { system: ICD10_CM, code: 'K27', display: 'Peptic ulcer, site unspecified', match: 'prefix' },
    { system: ICD10_CM, code: 'K28', display: 'Gastrojejunal ulcer', match: 'prefix' },
  ],
} as const satisfies CodeSet;

/** Active or recent haemorrhage (gastrointestinal, intracranial, unspecified). */
export const ACTIVE_BLEEDING_CODES = {
  id: 'active-bleeding',
  title: 'Haemorrhage',
  codes: [
    { system: SNOMED, code: '74474003', display: 'Gastrointestinal hemorrhage' },
    { system: ICD10_CM, code: 'K92.0', display: 'Hematemesis', match: 'prefix' },
    { system: ICD10_CM, code: 'K92.1', display: 'Melena', match: 'prefix' },
    { system: ICD10_CM, code: 'K92.2', display: 'Gastrointestinal hemorrhage, unspecified', match: 'prefix' },
    { system: ICD10_CM, code: 'I60', display: 'Nontraumatic subarachnoid hemorrhage', match: 'prefix' },
    { system: ICD10_CM, code: 'I61', display: 'Nontraumatic intracerebral hemorrhage', match: 'prefix' },
    { system: ICD10_CM, code: 'I62', display: 'Other nontraumatic intracranial hemorrhage', match: 'prefix' },
    { system: ICD10_CM, code: 'R58', display: 'Hemorrhage, not elsewhere classified', match: 'prefix' },
  ],
} as const satisfies CodeSet;

/** Asthma. */
export const ASTHMA_CODES = {
  id: 'asthma',
  title: 'Asthma',
  codes: [
    { system: SNOMED, code: '195967001', display: 'Asthma' },
    { system: ICD10_CM, code: 'J45', display: 'Asthma', match: 'prefix' },
  ],
} as const satisfies CodeSet;

/** One contraindication rule. */
export interface ContraindicationRule {
  readonly id: string;
  readonly drugs: MedicationCodeSet;
  readonly conditions: readonly ConditionSet[];
  /** A current laboratory value that argues against the drug, when at or below the limit. */
  readonly measureAtOrBelow?: {
    readonly measure: MeasureKey;
    readonly limit: number;
    readonly unit: string;
    readonly label: string;
  };
  readonly indicator: 'warning' | 'critical';
  readonly rationale: string;
  readonly citation: Citation;
}

/**
 * The contraindication rules checked on every order.
 *
 * @example
 * ```ts
 * CONTRAINDICATION_RULES.map((r) => r.id); // ['nsaid-heart-renal-ulcer', 'anticoagulant-bleeding', ...]
 * ```
 */
export const CONTRAINDICATION_RULES: readonly ContraindicationRule[] = [
  {
    id: 'nsaid-heart-renal-ulcer',
    drugs: NSAID_CLASS,
    conditions: [HEART_FAILURE, RENAL_DIALYSIS_OR_TRANSPLANT, PEPTIC_ULCER_CODES],
    indicator: 'warning',
    rationale: 'NSAIDs can worsen heart failure and renal failure and cause ulcer bleeding.',
    citation: AGS_BEERS_2023,
  },
  {
    id: 'anticoagulant-bleeding',
    drugs: ANTICOAGULANT_CLASS,
    conditions: [ACTIVE_BLEEDING_CODES],
    indicator: 'critical',
    rationale: 'Anticoagulation is contraindicated in active clinically significant bleeding.',
    citation: EHRA_NOAC_2021,
  },
  {
    id: 'non-selective-beta-blocker-asthma',
    drugs: NON_SELECTIVE_BETA_BLOCKER_CLASS,
    conditions: [ASTHMA_CODES],
    indicator: 'warning',
    rationale: 'Non-selective beta-blockers can cause bronchospasm in asthma.',
    citation: GINA_2024,
  },
  {
    id: 'metformin-renal',
    drugs: METFORMIN_CLASS,
    conditions: [RENAL_DIALYSIS_OR_TRANSPLANT],
    measureAtOrBelow: { measure: 'egfr', limit: 29.99, unit: 'mL/min/{1.73_m2}', label: 'eGFR below 30' },
    indicator: 'warning',
    rationale: 'Metformin is contraindicated when eGFR is below 30 mL/min/1.73 m2.',
    citation: FDA_METFORMIN_RENAL_2016,
  },
];
