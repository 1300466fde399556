/**
 * `@meridian/fhir-adapter`: FHIR R4 in and out for Meridian.
 *
 * - In: `buildPatientContext` (Bundle or CDS Hooks prefetch, pure) and
 *   `fetchPatientContext` (FHIR server), producing a normalised `PatientContext`.
 * - Out: builders of valid R4 resources (`RiskAssessment`, `DetectedIssue`,
 *   `OperationOutcome`, `Composition`).
 * - The concept catalogue (`MEASURES`, `FINDINGS`, codings, units).
 *
 * @packageDocumentation
 */
export type {
  AdministrativeSex,
  AllergyEntry,
  CodedFinding,
  CodingRef,
  ConditionEntry,
  ContextIssue,
  FindingKey,
  MeasureKey,
  Measurement,
  MedicationEntry,
  PatientContext,
} from './context/types.js';
export { buildPatientContext } from './context/build-patient-context.js';
export { buildPatientContextFromBundle } from './context/from-bundle.js';
export { buildPatientContextFromPrefetch, type CdsPrefetch } from './context/from-prefetch.js';
export { FhirInputError } from './context/errors.js';
export { CLOCK_SKEW_TOLERANCE_MS, type PatientContextOptions } from './context/options.js';
export { CONTEXT_ISSUE_CODES, type ContextIssueCode } from './context/issues.js';
export { MEASURES, BLOOD_PRESSURE_PANELS } from './context/measures.js';
export type { LinearConversion, MeasureDefinition } from './context/measure-definition.js';
export { FINDINGS, ACVPU_ANSWERS, type FindingDefinition } from './context/findings.js';
export { MOLECULAR_WEIGHTS } from './context/molecular-weights.js';
export { UNIT_ALIASES } from './context/unit-aliases.js';
export { convertMeasureValue, toCanonicalValue, type CanonicalValue, type RecordedQuantity } from './context/units.js';
export { CODE_SYSTEMS, US_CORE_RACE_EXTENSION_URL } from './context/code-systems.js';
export * from './context/vital-sign-codes.js';
export * from './context/lab-codes.js';
export * from './context/finding-codes.js';
export { fetchPatientContext, type FetchPatientContextOptions } from './context/from-server.js';
export { FhirServerError } from './context/server-errors.js';
export { buildRiskAssessment, type RiskAssessmentInput, type RiskPredictionInput } from './builders/risk-assessment.js';
export { RISK_PROBABILITY, type RiskLevel } from './builders/risk-probability.js';
export { basisReferences } from './builders/basis.js';
export { buildDetectedIssue, type DetectedIssueInput } from './builders/detected-issue.js';
export { buildOperationOutcome, operationOutcomeFromContextIssues, type OutcomeIssueInput } from './builders/operation-outcome.js';
export { ISSUE_TYPES, type IssueType } from './builders/issue-types.js';
export { buildComposition, LOINC_PATIENT_SUMMARY_DOCUMENT, type CompositionInput, type CompositionSectionInput } from './builders/composition.js';
export { escapeXhtml, narrativeDiv } from './builders/xhtml.js';
export { TERMINOLOGY_SYSTEMS, SYSTEM_ALIASES, canonicalSystem, isIcd10System, isDottedIcdSystem } from './terminology/code-systems.js';
export { codeKey, normaliseCode, icdCategoryKeys } from './terminology/code-key.js';
export { loadValueSet, memberOf, type LoadedValueSet, type ValueSetCoding, type ValueSetResource } from './terminology/value-set.js';
export { ValueSetRegistry, type CodeValidation, type Expansion, type ExpandOptions } from './terminology/value-set-registry.js';
export {
  ClinicalConcept, compileConcept, refOf, type ClinicalConceptDefinition, type ConceptExclusion, type ConceptMatch, type ValueSetRef,
} from './terminology/clinical-concept.js';
export { TerminologyError, TERMINOLOGY_ERROR_CODES, type TerminologyErrorCode } from './terminology/terminology-error.js';
export { curatedValueSet, MERIDIAN_VALUE_SET_BASE, type CuratedList } from './terminology/curated-value-set.js';
export { RemoteTerminology, type MembershipAnswers, type MembershipQuestion, type RemoteTerminologyOptions } from './terminology/remote-terminology.js';
