/**
 * Canonical URIs of the code systems Meridian reads and writes.
 *
 * @module
 */

/**
 * FHIR canonical URIs of the terminologies used in the concept catalogue.
 *
 * @example
 * ```ts
 * import { CODE_SYSTEMS } from '@meridian/fhir-adapter';
 * const isLoinc = coding.system === CODE_SYSTEMS.loinc;
 * ```
 */
export const CODE_SYSTEMS = {
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  ucum: 'http://unitsofmeasure.org',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  riskProbability: 'http://terminology.hl7.org/CodeSystem/risk-probability',
  issueType: 'http://hl7.org/fhir/issue-type',
  v3ActCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  v2YesNo: 'http://terminology.hl7.org/CodeSystem/v2-0136',
  ombRaceEthnicity: 'urn:oid:2.16.840.1.113883.6.238',
} as const;

/**
 * URL of the US Core race extension on Patient (its `ombCategory` sub-extensions
 * carry the OMB race codes read into `PatientContext.patient.raceCodes`).
 *
 * @example
 * ```ts
 * import { US_CORE_RACE_EXTENSION_URL } from '@meridian/fhir-adapter';
 * patient.extension?.filter((e) => e.url === US_CORE_RACE_EXTENSION_URL);
 * ```
 */
export const US_CORE_RACE_EXTENSION_URL = 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-race';
