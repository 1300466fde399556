/**
 * Codings of coded findings: level of consciousness (ACVPU), supplemental oxygen,
 * and the OMB race categories used by the Pooled Cohort Equations.
 *
 * @module
 */
import {
  SNOMED_ALERT,
  LOINC_ANSWER_ALERT,
  SNOMED_ACUTE_CONFUSION,
  LOINC_ANSWER_CONFUSED,
  SNOMED_RESPONDS_TO_VOICE,
  LOINC_ANSWER_VERBAL,
  SNOMED_RESPONDS_TO_PAIN,
  LOINC_ANSWER_PAINFUL,
  SNOMED_UNRESPONSIVE,
  LOINC_ANSWER_UNRESPONSIVE,
  SNOMED_OXYGEN_THERAPY,
} from '@meridian/fhir-adapter';
import type { CodeSet } from './code-set.js';
import { CDC_RACE, SNOMED } from './code-systems.js';

/** ACVPU "Alert". */
export const ACVPU_ALERT_CODES = {
  id: 'acvpu-alert',
  title: 'Alert',
  codes: [SNOMED_ALERT, LOINC_ANSWER_ALERT],
} as const satisfies CodeSet;

/** ACVPU "new Confusion". */
export const ACVPU_CONFUSION_CODES = {
  id: 'acvpu-confusion',
  title: 'New confusion',
  codes: [SNOMED_ACUTE_CONFUSION, LOINC_ANSWER_CONFUSED],
} as const satisfies CodeSet;

/** ACVPU "responds to Voice". */
export const ACVPU_VOICE_CODES = {
  id: 'acvpu-voice',
  title: 'Responds to voice',
  codes: [SNOMED_RESPONDS_TO_VOICE, LOINC_ANSWER_VERBAL],
} as const satisfies CodeSet;

/** ACVPU "responds to Pain". */
export const ACVPU_PAIN_CODES = {
  id: 'acvpu-pain',
  title: 'Responds to pain',
  codes: [SNOMED_RESPONDS_TO_PAIN, LOINC_ANSWER_PAINFUL],
} as const satisfies CodeSet;

/** ACVPU "Unresponsive". */
export const ACVPU_UNRESPONSIVE_CODES = {
  id: 'acvpu-unresponsive',
  title: 'Unresponsive',
  codes: [SNOMED_UNRESPONSIVE, LOINC_ANSWER_UNRESPONSIVE],
} as const satisfies CodeSet;

/** ACVPU levels in order, with the code set of each. */
export const ACVPU_LEVELS = [
  { level: 'A', codeSet: ACVPU_ALERT_CODES },
  { level: 'C', codeSet: ACVPU_CONFUSION_CODES },
  { level: 'V', codeSet: ACVPU_VOICE_CODES },
  { level: 'P', codeSet: ACVPU_PAIN_CODES },
  { level: 'U', codeSet: ACVPU_UNRESPONSIVE_CODES },
] as const;

/** One ACVPU level. */
export type AcvpuLevel = (typeof ACVPU_LEVELS)[number]['level'];

/** Supplemental-oxygen finding values meaning "breathing air". */
export const ROOM_AIR_CODES = {
  id: 'room-air',
  title: 'Breathing room air',
  codes: [{ system: SNOMED, code: '722742002', display: 'Breathing room air' }],
} as const satisfies CodeSet;

/** Supplemental-oxygen finding values meaning "on oxygen". */
export const ON_OXYGEN_CODES = {
  id: 'on-oxygen',
  title: 'On supplemental oxygen',
  codes: [{ system: SNOMED, code: '371825009', display: 'Patient on oxygen' }, SNOMED_OXYGEN_THERAPY],
} as const satisfies CodeSet;

/** OMB race category "Black or African American" (PCE African-American equations). */
export const RACE_AFRICAN_AMERICAN_CODES = {
  id: 'race-african-american',
  title: 'Black or African American',
  codes: [{ system: CDC_RACE, code: '2054-5', display: 'Black or African American' }],
} as const satisfies CodeSet;

/** OMB race category "White" (PCE white equations). */
export const RACE_WHITE_CODES = {
  id: 'race-white',
  title: 'White',
  codes: [{ system: CDC_RACE, code: '2106-3', display: 'White' }],
} as const satisfies CodeSet;
