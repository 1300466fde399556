/**
 * Meridian's validated clinical risk calculators: pure functions of a `PatientContext` (and
 * explicit clinician answers) that return published scores with their provenance. No I/O.
 *
 * @example
 * import { runCalculators } from './engines/risk/index.js';
 * const [news2] = runCalculators(context, { calculators: ['news2'] });
 *
 * @module
 */
export type {
  AnswerSpec,
  AnswerValue,
  CalculatorId,
  Citation,
  ClinicianAnswers,
  CriterionResult,
  InputDefinition,
  InputPolicy,
  InputReport,
  InputSource,
  Interpretation,
  NumericRange,
  ProbabilityResult,
  Provenance,
  RiskBand,
  RiskCalculator,
  RiskResult,
  RiskWarning,
  RiskWarningCode,
  ValueSetRef,
} from './types.js';
export { CALCULATOR_IDS } from './types.js';
export { RISK_CALCULATORS, isCalculatorId, runCalculators, type RunCalculatorsOptions } from './registry.js';

export { computeNews2, news2Calculator } from './news2/news2.js';
export { NEWS2_BANDS } from './news2/news2-bands.js';
export { NEWS2_INPUTS } from './news2/news2-inputs.js';
export { computeQsofa, qsofaCalculator, QSOFA_BANDS, QSOFA_INPUTS } from './qsofa.js';
export { computeCha2ds2Vasc, cha2ds2VascCalculator, CHA2DS2_VASC_BANDS, CHA2DS2_VASC_INPUTS } from './cha2ds2-vasc.js';
export { computeHasBled, hasBledCalculator, HAS_BLED_BANDS, HAS_BLED_INPUTS } from './has-bled.js';
export { computeCurb65, curb65Calculator, CURB65_INPUTS } from './curb-65.js';
export { CURB65_BANDS, CRB65_BANDS } from './curb-65-bands.js';
export { computePceAscvd, pceAscvdCalculator } from './pce/pce-ascvd.js';
export { PCE_BANDS } from './pce/pce-bands.js';
export { PCE_EQUATIONS, PCE_VALID_RANGES } from './pce/pce-coefficients.js';
export { pceTenYearRisk, type PceValues, type PceRace } from './pce/pce-equation.js';
export { PCE_INPUTS } from './pce/pce-inputs.js';
export {
  computeWellsPe,
  wellsPeCalculator,
  WELLS_PE_INPUTS,
  WELLS_PE_THREE_TIER_BANDS,
  WELLS_PE_TWO_TIER_BANDS,
} from './wells-pe.js';

export * from './citations.js';
export * from './codes/code-systems.js';
export * from './codes/condition-concepts.js';
export * from './codes/medication-concepts.js';
export * from './codes/finding-concepts.js';
export * from './codes/finding-codes.js';
export { defineConcept, type MedicationConcept } from './codes/define-concept.js';
export type { CodeSet, CodeSetEntry } from './codes/code-set.js';
