/**
 * Code system URIs and their aliases. EHRs name the same code system by its
 * FHIR URI, by its HL7 OID (`urn:oid:…`), or with small variations (a trailing
 * slash, `https`); membership is decided on the canonical URI.
 *
 * @module
 */
import { CODE_SYSTEMS } from '../context/code-systems.js';

/**
 * Canonical URIs of the code systems the terminology module normalises.
 *
 * @example
 * ```ts
 * import { TERMINOLOGY_SYSTEMS } from '@meridian/fhir-adapter';
 * TERMINOLOGY_SYSTEMS.icd10cm; // 'http://hl7.org/fhir/sid/icd-10-cm'
 * ```
 */
export const TERMINOLOGY_SYSTEMS = {
  snomed: CODE_SYSTEMS.snomed,
  icd10cm: CODE_SYSTEMS.icd10cm,
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  icd10pcs: 'http://www.cms.gov/Medicare/Coding/ICD10',
  icd9cm: 'http://hl7.org/fhir/sid/icd-9-cm',
  rxnorm: CODE_SYSTEMS.rxnorm,
  loinc: CODE_SYSTEMS.loinc,
  hcpcs: 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
} as const;

/**
 * Aliases (OIDs and common variants) of each canonical code system URI, from
 * the HL7 OID registry and the FHIR terminology pages (`terminology.hl7.org`).
 *
 * @example
 * ```ts
 * import { SYSTEM_ALIASES } from '@meridian/fhir-adapter';
 * SYSTEM_ALIASES['urn:oid:2.16.840.1.113883.6.96']; // 'http://snomed.info/sct'
 * ```
 */
export const SYSTEM_ALIASES: Readonly<Record<string, string>> = {
  'urn:oid:2.16.840.1.113883.6.96': TERMINOLOGY_SYSTEMS.snomed,
  'http://snomed.info/sct/': TERMINOLOGY_SYSTEMS.snomed,
  'https://snomed.info/sct': TERMINOLOGY_SYSTEMS.snomed,
  snomed: TERMINOLOGY_SYSTEMS.snomed,
  'snomed-ct': TERMINOLOGY_SYSTEMS.snomed,
  'urn:oid:2.16.840.1.113883.6.90': TERMINOLOGY_SYSTEMS.icd10cm,
  'http://hl7.org/fhir/sid/icd-10-cm/': TERMINOLOGY_SYSTEMS.icd10cm,
  'https://hl7.org/fhir/sid/icd-10-cm': TERMINOLOGY_SYSTEMS.icd10cm,
  'icd-10-cm': TERMINOLOGY_SYSTEMS.icd10cm,
  'urn:oid:2.16.840.1.113883.6.3': TERMINOLOGY_SYSTEMS.icd10,
  'urn:oid:2.16.840.1.113883.6.4': TERMINOLOGY_SYSTEMS.icd10pcs,
  'urn:oid:2.16.840.1.113883.6.88': TERMINOLOGY_SYSTEMS.rxnorm,
  'http://www.nlm.nih.gov/research/umls/rxnorm/': TERMINOLOGY_SYSTEMS.rxnorm,
  'https://www.nlm.nih.gov/research/umls/rxnorm': TERMINOLOGY_SYSTEMS.rxnorm,
  rxnorm: TERMINOLOGY_SYSTEMS.rxnorm,
  'urn:oid:2.16.840.1.113883.6.1': TERMINOLOGY_SYSTEMS.loinc,
  'http://loinc.org/': TERMINOLOGY_SYSTEMS.loinc,
  'https://loinc.org': TERMINOLOGY_SYSTEMS.loinc,
  loinc: TERMINOLOGY_SYSTEMS.loinc,
  'urn:oid:2.16.840.1.113883.6.285': TERMINOLOGY_SYSTEMS.hcpcs,
  'urn:oid:2.16.840.1.113883.6.103': TERMINOLOGY_SYSTEMS.icd9cm,
  'http://terminology.hl7.org/CodeSystem/icd9cm': TERMINOLOGY_SYSTEMS.icd9cm,
};

const ICD10_FAMILY: ReadonlySet<string> = new Set([TERMINOLOGY_SYSTEMS.icd10cm, TERMINOLOGY_SYSTEMS.icd10]);
const DOTTED_FAMILY: ReadonlySet<string> = new Set([...ICD10_FAMILY, TERMINOLOGY_SYSTEMS.icd9cm]);

/**
 * The canonical URI of a code system: aliases resolved, surrounding space and
 * case of `urn:oid:` ignored; an unknown URI comes back trimmed.
 *
 * @example
 * ```ts
 * canonicalSystem('urn:oid:2.16.840.1.113883.6.90'); // 'http://hl7.org/fhir/sid/icd-10-cm'
 * ```
 */
export function canonicalSystem(system: string): string {
  let canonical = CANONICAL.get(system);
  if (canonical === undefined) {
    const trimmed = system.trim();
    canonical = SYSTEM_ALIASES[trimmed] ?? SYSTEM_ALIASES[trimmed.toLowerCase()] ?? trimmed;
    // Bounded: a record's systems are few, but untrusted input may name any number.
    if (CANONICAL.size >= MEMO_LIMIT) CANONICAL.clear();
    CANONICAL.set(system, canonical);
  }
  return canonical;
}

/** `canonicalSystem` answers by the system as written: a record names a handful of systems thousands of times. */
const CANONICAL = new Map<string, string>();
const MEMO_LIMIT = 1024;

/**
 * True for ICD-10-CM and WHO ICD-10 (after alias resolution): their codes are
 * compared without the dot and case-insensitively, and a category matches
 * the codes below it when a set lists it as a prefix.
 *
 * @example
 * ```ts
 * isIcd10System('urn:oid:2.16.840.1.113883.6.90'); // true
 * ```
 */
export function isIcd10System(system: string): boolean {
  return ICD10_FAMILY.has(canonicalSystem(system));
}

/**
 * True for the ICD families (ICD-10-CM, ICD-10, ICD-9-CM), whose codes are
 * written with or without the dot and compared without it, case-insensitively.
 *
 * @example
 * ```ts
 * isDottedIcdSystem('http://terminology.hl7.org/CodeSystem/icd9cm'); // true
 * ```
 */
export function isDottedIcdSystem(system: string): boolean {
  return DOTTED_FAMILY.has(canonicalSystem(system));
}
