import type { CodingRef } from '@meridian/fhir-adapter';
import type { SummarySection } from '@meridian/sdk';

const LOINC = 'http://loinc.org';

/** LOINC 11450-4 Problem list - Reported (the IPS problems section). */
export const LOINC_PROBLEM_LIST = { system: LOINC, code: '11450-4', display: 'Problem list - Reported' } as const;
/** LOINC 10160-0 History of Medication use Narrative (the IPS medications section). */
export const LOINC_MEDICATION_HISTORY = {
  system: LOINC,
  code: '10160-0',
  display: 'History of Medication use Narrative',
} as const;
/** LOINC 48765-2 Allergies and adverse reactions Document (the IPS allergies section). */
export const LOINC_ALLERGIES = {
  system: LOINC,
  code: '48765-2',
  display: 'Allergies and adverse reactions Document',
} as const;
/** LOINC 8716-3 Vital signs (the IPS vital signs section). */
export const LOINC_VITAL_SIGNS = { system: LOINC, code: '8716-3', display: 'Vital signs' } as const;
/** LOINC 30954-2 Relevant diagnostic tests/laboratory data Narrative (the IPS results section). */
export const LOINC_RESULTS = {
  system: LOINC,
  code: '30954-2',
  display: 'Relevant diagnostic tests/laboratory data Narrative',
} as const;
/** LOINC 46240-8 History of Hospitalizations+Outpatient visits Narrative (encounters). */
export const LOINC_ENCOUNTERS = {
  system: LOINC,
  code: '46240-8',
  display: 'History of Hospitalizations+Outpatient visits Narrative',
} as const;
/** LOINC 104605-1 Alert (the IPS alerts section), for open red flags. */
export const LOINC_ALERTS = { system: LOINC, code: '104605-1', display: 'Alert' } as const;

/** Title and LOINC section code of each summary section (risk scores have no LOINC section code). */
export const SUMMARY_SECTION_META: Record<SummarySection, { title: string; code?: CodingRef }> = {
  problems: { title: 'Problems', code: LOINC_PROBLEM_LIST },
  medications: { title: 'Medications', code: LOINC_MEDICATION_HISTORY },
  allergies: { title: 'Allergies and intolerances', code: LOINC_ALLERGIES },
  'vital-signs': { title: 'Recent vital signs', code: LOINC_VITAL_SIGNS },
  laboratory: { title: 'Recent laboratory results', code: LOINC_RESULTS },
  encounters: { title: 'Encounters', code: LOINC_ENCOUNTERS },
  'risk-scores': { title: 'Risk scores' },
  'red-flags': { title: 'Open red flags', code: LOINC_ALERTS },
};
