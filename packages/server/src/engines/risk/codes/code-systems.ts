/**
 * Code system URIs the risk calculators read.
 *
 * @module
 */

/** SNOMED CT. */
export const SNOMED = 'http://snomed.info/sct' as const;
/** ICD-10-CM (US clinical modification). */
export const ICD10_CM = 'http://hl7.org/fhir/sid/icd-10-cm' as const;
/** ICD-10 (WHO); matched like ICD-10-CM for category (prefix) entries. */
export const ICD10_WHO = 'http://hl7.org/fhir/sid/icd-10' as const;
/** RxNorm. */
export const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm' as const;
/** LOINC (answer codes such as `LA9340-6`). */
export const LOINC = 'http://loinc.org' as const;
/** CDC Race & Ethnicity code system (OMB categories used by US Core). */
export const CDC_RACE = 'urn:oid:2.16.840.1.113883.6.238' as const;
