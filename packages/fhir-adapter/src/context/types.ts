/**
 * The shape of a patient as Meridian's engines see it: a small, normalised view
 * of a FHIR record, where every value keeps a reference to the resource it came
 * from. Built by `buildPatientContext` (from a Bundle, a CDS Hooks prefetch, or a
 * FHIR server); consumed by the risk calculators.
 *
 * @module
 */

/**
 * A FHIR coding as Meridian reads it.
 *
 * @example
 * ```ts
 * const code: CodingRef = { system: 'http://loinc.org', code: '8867-4', display: 'Heart rate' };
 * ```
 */
export interface CodingRef {
  system?: string;
  code?: string;
  display?: string;
}

/**
 * Administrative sex, as FHIR `Patient.gender` gives it.
 *
 * @example
 * ```ts
 * const sex: AdministrativeSex = context.patient.sex ?? 'unknown';
 * ```
 */
export type AdministrativeSex = 'male' | 'female' | 'other' | 'unknown';

/**
 * A measured value (vital sign or laboratory result), normalised to the
 * concept's canonical UCUM unit.
 *
 * @example
 * ```ts
 * const hr: Measurement | undefined = context.measurements.heartRate; // { value: 44, unit: '/min', stale: false, ... }
 * ```
 */
export interface Measurement {
  /** The concept key (see `MEASURES`), e.g. `"heartRate"`. */
  concept: MeasureKey;
  /** Value in `unit`, after conversion. */
  value: number;
  /** The concept's canonical UCUM unit, e.g. `"/min"`, `"Cel"`, `"mmol/L"`. */
  unit: string;
  /** When the value was measured (ISO 8601), from effective[x] or issued. */
  effective: string;
  /** `"Observation/{id}"` the value came from. */
  source: string;
  /** The code that matched (system and code), for audit. */
  matchedCode: CodingRef;
  /** The value and unit as recorded, before conversion. */
  original: { value: number; unit?: string };
  /** True when older than the concept's staleness window at the reference time. */
  stale: boolean;
}

/**
 * A coded finding (not a number): level of consciousness, smoking status, ...
 *
 * @example
 * ```ts
 * const smoking: CodedFinding | undefined = context.findings.smokingStatus;
 * ```
 */
export interface CodedFinding {
  concept: FindingKey;
  /** The value's codings (valueCodeableConcept), or a boolean for yes/no findings. */
  value: CodingRef[] | boolean;
  text?: string;
  effective: string;
  source: string;
  stale: boolean;
}

/**
 * A condition on the problem list or an encounter diagnosis that is not refuted, resolved or in error.
 *
 * @example
 * ```ts
 * const diabetic = context.conditions.some((c: ConditionEntry) => c.codes.some((x) => x.code === '44054006'));
 * ```
 */
export interface ConditionEntry {
  codes: CodingRef[];
  text?: string;
  clinicalStatus?: string;
  verificationStatus?: string;
  onset?: string;
  recorded?: string;
  source: string;
}

/**
 * A medication the patient takes or is prescribed (MedicationRequest / MedicationStatement).
 *
 * @example
 * ```ts
 * const names = context.medications.map((m: MedicationEntry) => m.text ?? m.codes[0]?.display);
 * ```
 */
export interface MedicationEntry {
  codes: CodingRef[];
  text?: string;
  status?: string;
  authoredOn?: string;
  source: string;
}

/**
 * An allergy or intolerance that is not refuted or in error.
 *
 * @example
 * ```ts
 * const critical = context.allergies.filter((a: AllergyEntry) => a.criticality === 'high');
 * ```
 */
export interface AllergyEntry {
  codes: CodingRef[];
  text?: string;
  criticality?: string;
  clinicalStatus?: string;
  source: string;
}

/**
 * Why a value in the record was not used, or was used with a warning: the
 * SDK's `ContextIssue` (one contract; its zod schema lives in `@meridian/sdk`).
 *
 * @example
 * ```ts
 * const excluded = context.issues.filter((i: ContextIssue) => i.code === 'implausible-value');
 * ```
 */
export type { ContextIssue } from '@meridian/sdk';
import type { ContextIssue } from '@meridian/sdk';

/**
 * The concept keys of measured values Meridian understands (see `MEASURES`).
 *
 * @example
 * ```ts
 * const key: MeasureKey = 'heartRate';
 * ```
 */
export type MeasureKey =
  | 'respiratoryRate'
  | 'heartRate'
  | 'systolicBp'
  | 'diastolicBp'
  | 'temperature'
  | 'oxygenSaturation'
  | 'inhaledOxygenFlow'
  | 'inhaledOxygenConcentration'
  | 'bodyWeight'
  | 'bodyHeight'
  | 'bmi'
  | 'glucose'
  | 'creatinine'
  | 'urea'
  | 'ureaNitrogen'
  | 'totalCholesterol'
  | 'hdlCholesterol'
  | 'ldlCholesterol'
  | 'hba1c'
  | 'hemoglobin'
  | 'whiteBloodCells'
  | 'platelets'
  | 'inr'
  | 'lactate'
  | 'sodium'
  | 'potassium'
  | 'egfr';

/**
 * The concept keys of coded findings Meridian understands (see `FINDINGS`).
 *
 * @example
 * ```ts
 * const key: FindingKey = 'levelOfConsciousness';
 * ```
 */
export type FindingKey = 'levelOfConsciousness' | 'smokingStatus' | 'supplementalOxygen' | 'pregnancyStatus';

/**
 * A normalised patient, the input of every risk calculator.
 *
 * @example
 * ```ts
 * const context: PatientContext = buildPatientContext(bundle);
 * const rr = context.measurements.respiratoryRate?.value;
 * ```
 */
export interface PatientContext {
  patient: {
    /** `"Patient/{id}"`. */
    reference: string;
    id: string;
    birthDate?: string;
    /** Whole years at `referenceTime`; undefined when birthDate is missing or invalid. */
    ageYears?: number;
    sex?: AdministrativeSex;
    /** OMB race category codes from the US Core race extension, if present. */
    raceCodes?: CodingRef[];
  };
  /** The instant the context describes (ISO 8601); ages and staleness are computed against it. */
  referenceTime: string;
  /** Latest valid value per measure. */
  measurements: Partial<Record<MeasureKey, Measurement>>;
  /**
   * Every valid value per measure, oldest first, in the canonical unit (each
   * marked stale or not), when built with `keepHistory: true`.
   */
  history?: Partial<Record<MeasureKey, Measurement[]>>;
  /** Latest value per coded finding. */
  findings: Partial<Record<FindingKey, CodedFinding>>;
  conditions: ConditionEntry[];
  medications: MedicationEntry[];
  allergies: AllergyEntry[];
  /** Everything excluded or doubtful, with the reason. Never silently dropped. */
  issues: ContextIssue[];
  /**
   * Memberships a terminology server confirmed (before scoring) for codes of
   * this record that the loaded value sets do not hold. Absent without one.
   */
  terminology?: { memberships: { valueSetUrl: string; system: string; code: string }[] };
}
