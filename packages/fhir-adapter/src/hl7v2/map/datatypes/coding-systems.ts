/**
 * HL7 v2 coding system names (table 0396, as CWE-3/6/12 carry them) -> FHIR
 * code system URIs. `HL7nnnn` becomes the v2 table's terminology.hl7.org URI.
 * Unknown local names give no system (the code keeps its display and text).
 *
 * @module
 */
import { CODE_SYSTEMS } from '../../../context/code-systems.js';

/**
 * Known coding system names (upper case) -> URI.
 *
 * @example
 * ```ts
 * V2_CODING_SYSTEMS.LN; // 'http://loinc.org'
 * ```
 */
export const V2_CODING_SYSTEMS: Readonly<Record<string, string>> = {
  LN: CODE_SYSTEMS.loinc,
  LOINC: CODE_SYSTEMS.loinc,
  SCT: CODE_SYSTEMS.snomed,
  SNM: CODE_SYSTEMS.snomed,
  SNOMEDCT: CODE_SYSTEMS.snomed,
  I10: 'http://hl7.org/fhir/sid/icd-10',
  I10C: CODE_SYSTEMS.icd10cm,
  'I10-CM': CODE_SYSTEMS.icd10cm,
  ICD10CM: CODE_SYSTEMS.icd10cm,
  I9: 'http://hl7.org/fhir/sid/icd-9-cm',
  I9C: 'http://hl7.org/fhir/sid/icd-9-cm',
  I9CM: 'http://hl7.org/fhir/sid/icd-9-cm',
  UCUM: CODE_SYSTEMS.ucum,
  RXNORM: CODE_SYSTEMS.rxnorm,
  RXN: CODE_SYSTEMS.rxnorm,
  NDC: 'http://hl7.org/fhir/sid/ndc',
  CVX: 'http://hl7.org/fhir/sid/cvx',
  ISO3166_1: 'urn:iso:std:iso:3166',
  ISO639: 'urn:ietf:bcp:47',
};

/**
 * The URI of a v2 coding system name, `undefined` when unknown.
 *
 * @example
 * ```ts
 * codingSystemUri('HL70005'); // 'http://terminology.hl7.org/CodeSystem/v2-0005'
 * codingSystemUri('LN'); // 'http://loinc.org'
 * ```
 */
export function codingSystemUri(name: string): string | undefined {
  const upper = name.trim().toUpperCase();
  if (upper === '') return undefined;
  const table = /^HL7(\d{4})$/.exec(upper);
  if (table) return `http://terminology.hl7.org/CodeSystem/v2-${table[1]}`;
  if (/^(https?:|urn:)/i.test(name.trim())) return name.trim();
  return V2_CODING_SYSTEMS[upper];
}
