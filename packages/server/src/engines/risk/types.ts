/**
 * The common vocabulary of Meridian's risk calculators: how a calculator
 * declares its inputs, and the result every calculator returns.
 *
 * Every number here comes from a validated, published score computed from the
 * patient's record (and explicit clinician answers) — never from a language model.
 *
 * @module
 */
import type { FindingKey, MeasureKey, PatientContext } from '@meridian/fhir-adapter';
import type { CodeSet, MedicationCodeSet } from './codes/code-set.js';

/** The ids of the calculators in the registry. */
export const CALCULATOR_IDS = ['news2', 'qsofa', 'cha2ds2-vasc', 'has-bled', 'curb-65', 'pce-ascvd', 'wells-pe'] as const;

/** One calculator id, e.g. `"news2"`. */
export type CalculatorId = (typeof CALCULATOR_IDS)[number];

/** A value a clinician may supply for an input (a yes/no, a number, or one of a fixed set of choices). */
export type AnswerValue = boolean | number | string;

/**
 * Clinician-supplied answers, keyed by input name. An answer takes precedence over the record.
 * The same name means the same thing in every calculator (e.g. `heartRate`, `sex`).
 *
 * @example
 * const answers: ClinicianAnswers = { peMostLikelyDiagnosis: true, heartRate: 112 };
 */
export type ClinicianAnswers = Readonly<Record<string, AnswerValue | undefined>>;

/** Where in the patient context an input is read from. */
export type InputSource =
  /** `unit`: the unit the score reads this source in, when it differs from the answer's (BUN in mg/dL). */
  | { readonly from: 'measurement'; readonly measure: MeasureKey; readonly unit?: string }
  | { readonly from: 'finding'; readonly finding: FindingKey; readonly codeSets?: readonly CodeSet[] }
  | { readonly from: 'condition'; readonly codeSet: CodeSet }
  | { readonly from: 'medication'; readonly codeSet: MedicationCodeSet }
  | { readonly from: 'demographics'; readonly field: 'ageYears' | 'sex' | 'raceCodes' }
  | { readonly from: 'clinician-only' };

/** The shape of a clinician answer an input accepts. */
export type AnswerSpec =
  | { readonly type: 'boolean' }
  | { readonly type: 'number'; readonly unit: string }
  | { readonly type: 'choice'; readonly options: readonly string[] };

/**
 * How a calculator treats an input that is absent from the record or stale.
 *
 * - `whenNotRecorded: 'missing'` — absence is unknown (reported as missing, never assumed normal);
 *   `'absent'` — absence of a coded diagnosis/medication is read as "not present" (problem-list
 *   and medication-list criteria), reported with `record-absence` provenance.
 * - `whenStale: 'missing'` — a stale value is not used (acute vital signs);
 *   `'use-with-warning'` — it is used and a `stale-value-used` warning is raised (chronic values).
 */
export interface InputPolicy {
  readonly whenNotRecorded: 'missing' | 'absent';
  readonly whenStale: 'missing' | 'use-with-warning';
}

/**
 * A calculator input, declared as data: what it is, where it is read from, which codes it reads,
 * and what answer a clinician may give instead.
 */
export interface InputDefinition {
  /** Stable name; also the key of its clinician answer. */
  readonly name: string;
  readonly description: string;
  /** Where it is read from, in order of preference. */
  readonly sources: readonly InputSource[];
  readonly answer: AnswerSpec;
  readonly policy: InputPolicy;
}

/** Where the value of an input came from. */
export type Provenance =
  /** A resource in the record, e.g. `"Observation/bp-1"`. */
  | { readonly kind: 'record'; readonly source: string; readonly effective?: string; readonly stale?: boolean }
  /** The record holds no matching diagnosis/medication, read as "not present" (see {@link InputPolicy}). */
  | { readonly kind: 'record-absence'; readonly detail: string }
  /** Supplied by a clinician through `answers`. */
  | { readonly kind: 'clinician-answer' }
  /** Inferred by a documented rule, e.g. "labile INR is 0 when no vitamin K antagonist is listed". */
  | { readonly kind: 'derived'; readonly detail: string; readonly sources: readonly string[] };

/** How one declared input was resolved. */
export interface InputReport {
  readonly name: string;
  /**
   * `used`; `missing` (counted in the result's `missing`); or `not-used`: not needed for this
   * result (e.g. diastolic BP once systolic BP already scores, or urea when CRB-65 is computed).
   */
  readonly status: 'used' | 'missing' | 'not-used';
  /** The value used (after unit normalisation by the adapter); null when missing. */
  readonly value: AnswerValue | null;
  readonly unit?: string;
  /** Present when status is `used`. */
  readonly provenance?: Provenance;
  /** Why it is missing: nothing recorded, only a stale value, or a code Meridian cannot interpret. */
  readonly missingReason?: 'not-recorded' | 'stale' | 'unrecognised-code' | 'unconvertible-unit';
  /** Why an input was `not-used`. */
  readonly note?: string;
}

/** An inclusive numeric range. */
export interface NumericRange {
  readonly min: number;
  readonly max: number;
}

/** The points one criterion contributed, with the value that produced them. */
export interface CriterionResult {
  readonly name: string;
  readonly label: string;
  /** Null when an input it needs is missing. */
  readonly points: number | null;
  /** The points still possible; `min === max === points` when known. */
  readonly possiblePoints: NumericRange;
  /** The input value (or a short summary of several) that produced the points; null when missing. */
  readonly value: AnswerValue | null;
  readonly unit?: string;
  /** Names of the inputs this criterion read. */
  readonly inputs: readonly string[];
}

/** A published interpretation band. `order` ranks bands from lowest risk (0) upward. */
export interface RiskBand {
  readonly id: string;
  readonly label: string;
  readonly order: number;
  /** The published interpretation or clinical response, quoted or closely paraphrased from the source. */
  readonly description: string;
  /** A published event rate for the band, with its source, where the score defines one. */
  readonly reportedRisk?: string;
}

/** A band assignment under one interpretation scheme (e.g. Wells three-tier and two-tier). */
export interface Interpretation {
  readonly scheme: string;
  readonly title: string;
  /** Null while inputs are missing and the band is not determined. */
  readonly band: RiskBand | null;
  /** The lowest and highest band still possible. */
  readonly bandRange: { readonly lowest: RiskBand; readonly highest: RiskBand };
}

/** A probability the score itself defines (e.g. PCE 10-year ASCVD risk). Values are fractions 0–1. */
export interface ProbabilityResult {
  readonly outcome: string;
  readonly horizon: string;
  /** Null while inputs are missing. */
  readonly value: number | null;
  readonly range: NumericRange;
}

/** A bibliographic reference for a score or interpretation. */
export interface Citation {
  readonly authors: string;
  readonly title: string;
  readonly source: string;
  readonly year: number;
  readonly doi?: string;
  readonly url?: string;
}

/** Stable warning codes a result can carry. */
export type RiskWarningCode =
  | 'stale-value-used'
  | 'stale-value-ignored'
  | 'invalid-answer'
  | 'unrecognised-code'
  | 'unconvertible-unit'
  | 'value-rounded'
  | 'population-caveat'
  | 'proxy-used';

/** Something the clinician should know about how the result was computed. */
export interface RiskWarning {
  readonly code: RiskWarningCode;
  readonly message: string;
  readonly input?: string;
  readonly source?: string;
}

/**
 * The result of one calculator.
 *
 * - `complete`: every input known; `total` (point scores) or `probability.value` is set.
 * - `incomplete`: `missing` is non-empty; `totalRange`, band ranges and `probability.range` give
 *   what is still possible. Nothing missing is ever assumed normal.
 * - `not-applicable`: the score is not valid for this patient (`notApplicableReasons`).
 */
export interface RiskResult {
  readonly calculatorId: CalculatorId;
  readonly title: string;
  readonly status: 'complete' | 'incomplete' | 'not-applicable';
  /** Which variant was computed, e.g. `"CRB-65"`, `"SpO2 scale 2"`, `"White women"`; undefined when there is none. */
  readonly variant: string | undefined;
  /** Sum of criterion points; null when incomplete, not applicable, or the score has no points. */
  readonly total: number | null;
  readonly totalRange: NumericRange | null;
  readonly criteria: readonly CriterionResult[];
  /** The first is the primary interpretation. Empty when not applicable. */
  readonly interpretations: readonly Interpretation[];
  readonly probability: ProbabilityResult | null;
  readonly inputs: readonly InputReport[];
  /** Names of missing inputs (empty iff status is not `incomplete`, unless not applicable). */
  readonly missing: readonly string[];
  readonly warnings: readonly RiskWarning[];
  readonly notApplicableReasons: readonly string[];
  readonly citations: readonly Citation[];
}

/** A calculator: its declared inputs, its sources, and a pure compute function. */
export interface RiskCalculator {
  readonly id: CalculatorId;
  readonly title: string;
  readonly description: string;
  readonly inputs: readonly InputDefinition[];
  readonly citations: readonly Citation[];
  /** Pure: no I/O, no clock; the context's `referenceTime` is "now". */
  compute(context: PatientContext, answers?: ClinicianAnswers): RiskResult;
}
