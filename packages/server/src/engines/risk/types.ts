/**
 * The common vocabulary of Meridian's risk calculators: how a calculator
 * declares its inputs, and the result every calculator returns.
 *
 * Every number here comes from a validated, published score computed from the
 * patient's record (and explicit clinician answers) — never from a language model.
 *
 * @module
 */
import type { ClinicalConcept, FindingKey, MeasureKey, PatientContext } from '@meridian/fhir-adapter';
import type { Citation } from '@meridian/sdk';
import type { CodeSet } from './codes/code-set.js';
import type { MedicationConcept } from './codes/define-concept.js';

// The result shapes are the SDK's contract (zod schemas, types inferred there): one source, no copies.
export { CALCULATOR_IDS } from '@meridian/sdk';
export type {
  CalculatorId,
  Citation,
  CriterionResult,
  InputReport,
  Interpretation,
  NumericRange,
  ProbabilityResult,
  Provenance,
  RiskBand,
  RiskResult,
  RiskWarning,
  RiskWarningCode,
  ValueSetRef,
} from '@meridian/sdk';
import type { CalculatorId, RiskResult } from '@meridian/sdk';

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
  | {
      readonly from: 'finding';
      readonly finding: FindingKey;
      readonly codeSets?: readonly CodeSet[];
      readonly concepts?: readonly ClinicalConcept[];
    }
  | { readonly from: 'condition'; readonly concept: ClinicalConcept }
  | { readonly from: 'medication'; readonly medication: MedicationConcept }
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
