/**
 * Curated answer lists of the smoking-status finding (LOINC 72166-2): the
 * SNOMED CT answers US Core uses and the LOINC answer codes (answer list
 * LL2201-3) that many EHRs send instead.
 *
 * @module
 */
import {
  SNOMED_DAILY_SMOKER,
  SNOMED_EX_SMOKER,
  SNOMED_NEVER_SMOKER,
  SNOMED_OCCASIONAL_SMOKER,
  TERMINOLOGY_SYSTEMS,
  type CuratedList,
} from '@meridian/fhir-adapter';

const { snomed: SNOMED, loinc: LOINC } = TERMINOLOGY_SYSTEMS;
const SOURCES = [
  'LOINC answer list LL2201-3 for 72166-2 Tobacco smoking status',
  'HL7 IPS ConceptMap current-smoking-status (LOINC answers to SNOMED CT)',
  'US Core Smoking Status value set',
];

/** LOINC answer LA18976-3 Current every day smoker. @example `LOINC_ANSWER_EVERY_DAY_SMOKER.code // 'LA18976-3'` */
export const LOINC_ANSWER_EVERY_DAY_SMOKER = {
  system: LOINC,
  code: 'LA18976-3',
  display: 'Current every day smoker',
} as const;
/** LOINC answer LA18977-1 Current some day smoker. @example `LOINC_ANSWER_SOME_DAY_SMOKER.code // 'LA18977-1'` */
export const LOINC_ANSWER_SOME_DAY_SMOKER = {
  system: LOINC,
  code: 'LA18977-1',
  display: 'Current some day smoker',
} as const;
/** LOINC answer LA18981-3 Heavy tobacco smoker. @example `LOINC_ANSWER_HEAVY_SMOKER.code // 'LA18981-3'` */
export const LOINC_ANSWER_HEAVY_SMOKER = { system: LOINC, code: 'LA18981-3', display: 'Heavy tobacco smoker' } as const;
/** LOINC answer LA18982-1 Light tobacco smoker. @example `LOINC_ANSWER_LIGHT_SMOKER.code // 'LA18982-1'` */
export const LOINC_ANSWER_LIGHT_SMOKER = { system: LOINC, code: 'LA18982-1', display: 'Light tobacco smoker' } as const;
/** LOINC answer LA15920-4 Former smoker. @example `LOINC_ANSWER_FORMER_SMOKER.code // 'LA15920-4'` */
export const LOINC_ANSWER_FORMER_SMOKER = { system: LOINC, code: 'LA15920-4', display: 'Former smoker' } as const;
/** LOINC answer LA18978-9 Never smoker. @example `LOINC_ANSWER_NEVER_SMOKER.code // 'LA18978-9'` */
export const LOINC_ANSWER_NEVER_SMOKER = { system: LOINC, code: 'LA18978-9', display: 'Never smoker' } as const;

/** Current smoker answers. "Smoker, current status unknown" (LA18979-7) is in neither list. @example `CURRENT_SMOKER_LIST.id` */
export const CURRENT_SMOKER_LIST = {
  id: 'meridian-current-smoker',
  title: 'Current smoker (Meridian curated)',
  description: 'Smoking-status answers meaning the patient smokes now, in SNOMED CT and as LOINC answer codes.',
  sources: SOURCES,
  codes: [
    SNOMED_DAILY_SMOKER,
    SNOMED_OCCASIONAL_SMOKER,
    { system: SNOMED, code: '428071000124103', display: 'Current heavy tobacco smoker' },
    { system: SNOMED, code: '428061000124105', display: 'Current light tobacco smoker' },
    { system: SNOMED, code: '65568007', display: 'Cigarette smoker' },
    LOINC_ANSWER_EVERY_DAY_SMOKER,
    LOINC_ANSWER_SOME_DAY_SMOKER,
    LOINC_ANSWER_HEAVY_SMOKER,
    LOINC_ANSWER_LIGHT_SMOKER,
  ],
} as const satisfies CuratedList;

/** Former or never smoker answers. @example `NOT_CURRENT_SMOKER_LIST.id` */
export const NOT_CURRENT_SMOKER_LIST = {
  id: 'meridian-not-current-smoker',
  title: 'Former or never smoker (Meridian curated)',
  description: 'Smoking-status answers meaning the patient does not smoke now, in SNOMED CT and as LOINC answer codes.',
  sources: SOURCES,
  codes: [SNOMED_EX_SMOKER, SNOMED_NEVER_SMOKER, LOINC_ANSWER_FORMER_SMOKER, LOINC_ANSWER_NEVER_SMOKER],
} as const satisfies CuratedList;
