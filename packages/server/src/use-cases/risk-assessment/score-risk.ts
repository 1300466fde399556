import type { PatientContext } from '@meridian/fhir-adapter';
import type { RiskAssessResponse } from '@meridian/sdk';
import {
  CALCULATOR_IDS,
  runCalculators,
  type CalculatorId,
  type ClinicianAnswers,
  type RiskResult,
} from '../../engines/risk/index.js';
import { riskCacheKey, type RiskCache } from './risk-cache.js';

/** What {@link scoreRisk} is asked. */
export interface ScoreRiskOptions {
  tenantId: string;
  referenceTime: string;
  /** Default: every calculator. */
  calculators?: readonly CalculatorId[] | undefined;
  answers?: ClinicianAnswers | undefined;
}

/** Scores for one context: fresh, or an earlier identical answer from the cache. */
export type ScoredRisk =
  | { cached: false; cacheKey: string; context: PatientContext; referenceTime: string; results: RiskResult[] }
  | { cached: true; cacheKey: string; context: PatientContext; response: RiskAssessResponse };

/**
 * Scores a PatientContext with the validated calculators, with no I/O: the
 * cache first (keyed by a hash of every input the scores depend on), then the
 * calculators. Callers with a deadline (CDS Hooks), a feed (HL7) or a job call
 * this, then decide whether to store with `storeRiskAssessments`.
 *
 * @example
 * ```ts
 * const scored = scoreRisk(context, { tenantId: 'demo', referenceTime: new Date().toISOString() }, cache);
 * if (!scored.cached) console.log(scored.results.map((r) => r.total));
 * ```
 */
export function scoreRisk(context: PatientContext, options: ScoreRiskOptions, cache: RiskCache): ScoredRisk {
  const calculators = options.calculators ?? CALCULATOR_IDS;
  const answers = options.answers ?? {};
  const cacheKey = riskCacheKey(options.tenantId, context, calculators, answers);
  const response = cache.get(cacheKey);
  if (response) return { cached: true, cacheKey, context, response: { ...response, cached: true } };
  return {
    cached: false,
    cacheKey,
    context,
    referenceTime: options.referenceTime,
    results: runCalculators(context, { calculators, answers }),
  };
}
