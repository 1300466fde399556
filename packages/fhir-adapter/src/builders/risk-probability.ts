/**
 * Codings of `RiskAssessment.prediction.qualitativeRisk`.
 *
 * @module
 */
import { CODE_SYSTEMS } from '../context/code-systems.js';

const system = CODE_SYSTEMS.riskProbability;

/**
 * The HL7 risk-probability codes, each a `{ system, code, display }` coding.
 *
 * @example
 * ```ts
 * import { RISK_PROBABILITY } from '@meridian/fhir-adapter';
 * const qualitativeRisk = { coding: [RISK_PROBABILITY.high] };
 * ```
 */
export const RISK_PROBABILITY = {
  negligible: { system, code: 'negligible', display: 'Negligible likelihood' },
  low: { system, code: 'low', display: 'Low likelihood' },
  moderate: { system, code: 'moderate', display: 'Moderate likelihood' },
  high: { system, code: 'high', display: 'High likelihood' },
  certain: { system, code: 'certain', display: 'Certain' },
} as const;

/** One of the `RISK_PROBABILITY` keys. @example `const level: RiskLevel = 'moderate';` */
export type RiskLevel = keyof typeof RISK_PROBABILITY;
