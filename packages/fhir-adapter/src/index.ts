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
export { VITAL_SIGN_MEASURES } from './context/vital-sign-measures.js';
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
export {
  buildOperationOutcome,
  operationOutcomeFromContextIssues,
  type OutcomeIssueInput,
} from './builders/operation-outcome.js';
export { ISSUE_TYPES, type IssueType } from './builders/issue-types.js';
export {
  buildComposition,
  LOINC_PATIENT_SUMMARY_DOCUMENT,
  type CompositionInput,
  type CompositionSectionInput,
} from './builders/composition.js';
export { escapeXhtml, narrativeDiv } from './builders/xhtml.js';
export {
  TERMINOLOGY_SYSTEMS,
  SYSTEM_ALIASES,
  canonicalSystem,
  isIcd10System,
  isDottedIcdSystem,
} from './terminology/code-systems.js';
export { codeKey, normaliseCode, icdCategoryKeys } from './terminology/code-key.js';
export {
  loadValueSet,
  memberOf,
  type LoadedValueSet,
  type ValueSetCoding,
  type ValueSetResource,
} from './terminology/value-set.js';
export {
  ValueSetRegistry,
  type CodeValidation,
  type Expansion,
  type ExpandOptions,
} from './terminology/value-set-registry.js';
export {
  ClinicalConcept,
  compileConcept,
  refOf,
  type ClinicalConceptDefinition,
  type ConceptExclusion,
  type ConceptMatch,
  type ValueSetRef,
} from './terminology/clinical-concept.js';
export {
  TerminologyError,
  TERMINOLOGY_ERROR_CODES,
  type TerminologyErrorCode,
} from './terminology/terminology-error.js';
export { curatedValueSet, MERIDIAN_VALUE_SET_BASE, type CuratedList } from './terminology/curated-value-set.js';
export {
  RemoteTerminology,
  type MembershipAnswers,
  type MembershipQuestion,
  type RemoteTerminologyOptions,
} from './terminology/remote-terminology.js';
// HL7 v2 -> FHIR R4 (after the HL7 V2-to-FHIR IG)
export { HL7_ERROR_CODES, Hl7MappingError, Hl7ParseError } from './hl7v2/parse/errors.js';
export type { Hl7ErrorCode, Hl7ErrorLocation, Hl7MappingErrorCode, Hl7ParseErrorCode } from './hl7v2/parse/errors.js';
export { HL7_CHARSETS, charsetLabel } from './hl7v2/parse/charsets.js';
export { decodeHl7Bytes, normaliseSeparators, type DecodedHl7 } from './hl7v2/parse/decode-bytes.js';
export { DEFAULT_DELIMITERS, readDelimiters, type Hl7Delimiters } from './hl7v2/parse/delimiters.js';
export { escapeHl7, unescapeHl7 } from './hl7v2/parse/unescape.js';
export {
  componentOf,
  repetitionsOf,
  segmentsNamed,
  valueOf,
  type Hl7Component,
  type Hl7Field,
  type Hl7Message,
  type Hl7Repetition,
  type Hl7Segment,
} from './hl7v2/parse/message-tree.js';
export { parseHl7Message } from './hl7v2/parse/parse-message.js';
export {
  ACK_CONDITIONS,
  peekHl7Header,
  readHl7Header,
  type AckCondition,
  type Hl7Header,
} from './hl7v2/parse/header.js';
export { splitHl7Payload, type Hl7Payload } from './hl7v2/parse/split-batch.js';
export { ACK_CODES, buildHl7Ack, type AckCode, type AckInput } from './hl7v2/ack/build-ack.js';
export { buildHl7BatchAck } from './hl7v2/ack/build-batch-ack.js';
export { hl7Timestamp, versionAtLeast } from './hl7v2/ack/ack-format.js';
export * from './hl7v2/map/codings.js';
export {
  IG_VOCABULARY,
  MERIDIAN_VOCABULARY_ADDITIONS,
  MERIDIAN_VOCABULARY_DEVIATIONS,
  mapV2Code,
  type VocabularyName,
} from './hl7v2/map/vocabulary.js';
export { V2_CODING_SYSTEMS, codingSystemUri } from './hl7v2/map/datatypes/coding-systems.js';
export { ucumCodeOf } from './hl7v2/map/datatypes/ucum-unit.js';
export { toFhirDate, toFhirDateTime, toFhirInstant, toFhirTime } from './hl7v2/map/datatypes/datetime.js';
export { stableResourceId } from './hl7v2/map/ids.js';
export type { Hl7MappingOptions, Hl7MappingWarning } from './hl7v2/map/context.js';
export { PID_FIELD_TARGETS, patientReferenceOf } from './hl7v2/map/segments/pid-patient.js';
export { PV1_FIELD_TARGETS } from './hl7v2/map/segments/pv1-encounter.js';
export { AL1_FIELD_TARGETS } from './hl7v2/map/segments/al1-allergy.js';
export { DG1_FIELD_TARGETS } from './hl7v2/map/segments/dg1-condition.js';
export { OBR_FIELD_TARGETS } from './hl7v2/map/segments/obr-report.js';
export { ORC_FIELD_TARGETS } from './hl7v2/map/segments/orc-service-request.js';
export { NTE_FIELD_TARGETS } from './hl7v2/map/segments/nte-note.js';
export { NK1_FIELD_TARGETS } from './hl7v2/map/segments/nk1-contact.js';
export { PR1_FIELD_TARGETS } from './hl7v2/map/segments/pr1-procedure.js';
export { SPM_FIELD_TARGETS } from './hl7v2/map/segments/spm-specimen.js';
export { PV2_FIELD_TARGETS } from './hl7v2/map/segments/pv2-encounter.js';
export { IN1_FIELD_TARGETS } from './hl7v2/map/segments/in1-coverage.js';
export { OBX_FIELD_TARGETS, VITAL_SIGN_LOINC_CODES } from './hl7v2/map/segments/obx-observation.js';
export { SUPPORTED_ADT_EVENTS } from './hl7v2/map/messages/map-adt.js';
export type { Hl7MappingResult } from './hl7v2/map/messages/mapping-result.js';
export { mapHl7Message } from './hl7v2/map/messages/map-hl7-message.js';
