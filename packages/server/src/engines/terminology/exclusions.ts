/**
 * Exclusions: codes a published set holds that contradict a calculator
 * criterion, each naming the criterion it protects (`calculator.input`).
 * Most were derived from the display-text flags of `fixtures/valuesets/index.json`
 * and kept only after review (`scripts/valuesets/derive-exclusions.mjs` says which
 * flags were rejected and why); the rest are curated below.
 *
 * @module
 */
import { TERMINOLOGY_SYSTEMS, type ConceptExclusion } from '@meridian/fhir-adapter';
import derived from './exclusions.json';

const { icd10cm: ICD10_CM, snomed: SNOMED } = TERMINOLOGY_SYSTEMS;

interface DerivedExclusion {
  readonly concept: string;
  readonly protects: readonly string[];
  readonly reason: string;
  readonly codes: readonly {
    readonly system: string;
    readonly code: string;
    readonly display: string;
    readonly valueSet: string;
  }[];
}

/** The reviewed exclusions derived from the index's display-text flags. @example `DERIVED_EXCLUSIONS.length` */
export const DERIVED_EXCLUSIONS = derived as readonly DerivedExclusion[];

/**
 * Curated exclusions, beyond the derived ones: each is a published definition
 * that a broad code category would otherwise contradict.
 *
 * @example
 * CURATED_EXCLUSIONS.find((e) => e.protects === 'has-bled.alcoholExcess')?.reason;
 */
export const CURATED_EXCLUSIONS: readonly ConceptExclusion[] = [
  {
    protects: 'has-bled.alcoholExcess',
    reason: 'in remission: HAS-BLED counts current use of ≥ 8 drinks a week (Pisters 2010)',
    codes: [
      { system: ICD10_CM, code: 'F10.11', display: 'Alcohol abuse, in remission' },
      { system: ICD10_CM, code: 'F10.21', display: 'Alcohol dependence, in remission' },
      { system: ICD10_CM, code: 'F10.91', display: 'Alcohol use, unspecified, in remission' },
    ],
  },
  {
    protects: 'has-bled.bleedingHistoryOrPredisposition',
    reason:
      'thrombophilia: predisposes to clotting, not bleeding (HAS-BLED B is bleeding history, anaemia or thrombocytopenia)',
    codes: [
      {
        system: ICD10_CM,
        code: 'D68.5',
        display: 'Primary thrombophilia (incl. D68.51 activated protein C resistance, Factor V Leiden)',
        match: 'prefix',
      },
      {
        system: ICD10_CM,
        code: 'D68.6',
        display: 'Other thrombophilia (incl. D68.61 antiphospholipid syndrome)',
        match: 'prefix',
      },
    ],
  },
  {
    protects: 'has-bled.bleedingHistoryOrPredisposition',
    reason: 'carrier state: sickle-cell trait, thalassaemia minor and HPFH are not anaemia',
    codes: [
      { system: ICD10_CM, code: 'D57.3', display: 'Sickle-cell trait' },
      { system: ICD10_CM, code: 'D56.3', display: 'Thalassemia minor' },
      { system: ICD10_CM, code: 'D56.4', display: 'Hereditary persistence of fetal hemoglobin' },
    ],
  },
  {
    protects: 'has-bled.strokeHistory',
    reason: 'transient ischaemic attack: HAS-BLED S counts stroke',
    codes: [
      {
        system: ICD10_CM,
        code: 'G45',
        display: 'Transient cerebral ischemic attacks and related syndromes',
        match: 'prefix',
      },
      { system: SNOMED, code: '266257000', display: 'Transient ischemic attack' },
    ],
  },
];

/**
 * Every exclusion protecting one criterion (derived and curated).
 *
 * @example
 * exclusionsProtecting('has-bled.alcoholExcess').length; // 3
 */
export function exclusionsProtecting(criterion: string): ConceptExclusion[] {
  const derivedHere = DERIVED_EXCLUSIONS.filter((e) => e.protects.includes(criterion)).map((e) => ({
    protects: criterion,
    reason: e.reason,
    codes: e.codes.map(({ system, code, display }) => ({ system, code, display })),
  }));
  return [...derivedHere, ...CURATED_EXCLUSIONS.filter((e) => e.protects === criterion)];
}
