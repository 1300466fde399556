/**
 * FHIR code systems and codings that the HL7 v2 mapping writes, one named
 * constant per coding (the V2-to-FHIR IG's assignments).
 *
 * @module
 */

/**
 * Code system URIs used by the V2-to-FHIR mapping.
 *
 * @example
 * ```ts
 * V2_FHIR_SYSTEMS.identifierType; // 'http://terminology.hl7.org/CodeSystem/v2-0203'
 * ```
 */
export const V2_FHIR_SYSTEMS = {
  identifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  participationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  patientClass: 'http://terminology.hl7.org/CodeSystem/v2-0004',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  observationInterpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  abnormalFlags: 'http://terminology.hl7.org/CodeSystem/v2-0078',
  resultStatus: 'http://terminology.hl7.org/CodeSystem/v2-0085',
  allergyClinical: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  dataAbsentReason: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
  linkType: 'http://hl7.org/fhir/link-type',
} as const;

const S = V2_FHIR_SYSTEMS;

/** PV1-7 attending doctor. @example `PARTICIPATION_ATTENDER.code // 'ATND'` */
export const PARTICIPATION_ATTENDER = { system: S.participationType, code: 'ATND', display: 'attender' } as const;
/** PV1-8 referring doctor. @example `PARTICIPATION_REFERRER.code // 'REF'` */
export const PARTICIPATION_REFERRER = { system: S.participationType, code: 'REF', display: 'referrer' } as const;
/** PV1-9 consulting doctor. @example `PARTICIPATION_CONSULTANT.code // 'CON'` */
export const PARTICIPATION_CONSULTANT = { system: S.participationType, code: 'CON', display: 'consultant' } as const;
/** PV1-17 admitting doctor. @example `PARTICIPATION_ADMITTER.code // 'ADM'` */
export const PARTICIPATION_ADMITTER = { system: S.participationType, code: 'ADM', display: 'admitter' } as const;
/** PV1-19 visit number identifier type. @example `IDENTIFIER_TYPE_VISIT_NUMBER.code // 'VN'` */
export const IDENTIFIER_TYPE_VISIT_NUMBER = { system: S.identifierType, code: 'VN', display: 'Visit number' } as const;
/** OBR-2 placer order number identifier type. @example `IDENTIFIER_TYPE_PLACER.code // 'PLAC'` */
export const IDENTIFIER_TYPE_PLACER = { system: S.identifierType, code: 'PLAC', display: 'Placer Identifier' } as const;
/** OBR-3 filler order number identifier type. @example `IDENTIFIER_TYPE_FILLER.code // 'FILL'` */
export const IDENTIFIER_TYPE_FILLER = { system: S.identifierType, code: 'FILL', display: 'Filler Identifier' } as const;
/** Observation category of vital signs (FHIR vital-signs profile). @example `OBSERVATION_CATEGORY_VITAL_SIGNS.code // 'vital-signs'` */
export const OBSERVATION_CATEGORY_VITAL_SIGNS = {
  system: S.observationCategory,
  code: 'vital-signs',
  display: 'Vital Signs',
} as const;
/** Observation category of laboratory results. @example `OBSERVATION_CATEGORY_LABORATORY.code // 'laboratory'` */
export const OBSERVATION_CATEGORY_LABORATORY = {
  system: S.observationCategory,
  code: 'laboratory',
  display: 'Laboratory',
} as const;
/** AL1 allergies are active (IG assignment). @example `ALLERGY_CLINICAL_ACTIVE.code // 'active'` */
export const ALLERGY_CLINICAL_ACTIVE = { system: S.allergyClinical, code: 'active', display: 'Active' } as const;
/** DG1 diagnoses are encounter diagnoses. @example `CONDITION_CATEGORY_ENCOUNTER_DIAGNOSIS.code // 'encounter-diagnosis'` */
export const CONDITION_CATEGORY_ENCOUNTER_DIAGNOSIS = {
  system: S.conditionCategory,
  code: 'encounter-diagnosis',
  display: 'Encounter Diagnosis',
} as const;
/** DG1-21 = D: the diagnosis was entered in error. @example `CONDITION_ENTERED_IN_ERROR.code // 'entered-in-error'` */
export const CONDITION_ENTERED_IN_ERROR = {
  system: S.conditionVerification,
  code: 'entered-in-error',
  display: 'Entered in Error',
} as const;
/** OBX-11 = N: not asked. @example `DATA_ABSENT_NOT_ASKED.code // 'not-asked'` */
export const DATA_ABSENT_NOT_ASKED = { system: S.dataAbsentReason, code: 'not-asked', display: 'Not Asked' } as const;
/** OBX-11 = X, kept as an alternate code (IG). @example `RESULT_STATUS_CANNOT_OBTAIN.code // 'X'` */
export const RESULT_STATUS_CANNOT_OBTAIN = {
  system: S.resultStatus,
  code: 'X',
  display: 'Results cannot be obtained for this observation',
} as const;

/** Extension URLs the mapping writes. @example `V2_FHIR_EXTENSIONS.birthTime` */
export const V2_FHIR_EXTENSIONS = {
  birthTime: 'http://hl7.org/fhir/StructureDefinition/patient-birthTime',
  mothersMaidenName: 'http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName',
  alternateCodes: 'http://hl7.org/fhir/StructureDefinition/alternate-codes',
} as const;
/** Category of observations an ADT message carries (admission measurements). @example `OBSERVATION_CATEGORY_EXAM.code // 'exam'` */
export const OBSERVATION_CATEGORY_EXAM = { system: S.observationCategory, code: 'exam', display: 'Exam' } as const;
/** Category of observations under an imaging order. @example `OBSERVATION_CATEGORY_IMAGING.code // 'imaging'` */
export const OBSERVATION_CATEGORY_IMAGING = {
  system: S.observationCategory,
  code: 'imaging',
  display: 'Imaging',
} as const;
