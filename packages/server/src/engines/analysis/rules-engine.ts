import type { PatientContext } from '@meridian/fhir-adapter';
import type { RiskResult } from '../risk/index.js';
import type { CaseAnalysisDraft } from './analysis-draft.js';
import { summariseCase } from './case-summary.js';
import { clinicalFloor, type ClinicalFloor } from './clinical-floor.js';
import { DIFFERENTIAL_RULES } from './differential-rules.js';

/**
 * The deterministic analysis, with no language model: the clinician's
 * summary, red flags from values and scores, differentials only where a
 * curated rule supports them (each citing its values), and the escalation
 * the scores' certain bands and the red flags demand (the clinical floor).
 * Pure: no I/O.
 *
 * @example
 * ```ts
 * const draft = analyseWithRules(context, runCalculators(context));
 * draft.escalation.level; // 'emergency'
 * ```
 */
export function analyseWithRules(
  context: PatientContext,
  risk: readonly RiskResult[],
  floor: ClinicalFloor = clinicalFloor(context, risk),
): CaseAnalysisDraft {
  const differentials = DIFFERENTIAL_RULES.map((rule) => rule({ context, risk })).filter((d) => d !== null);
  return {
    caseSummary: summariseCase(context, risk, floor.standings).text,
    differentials,
    redFlags: floor.redFlags.slice(0, 20),
    escalation: { level: floor.escalation.level, advice: floor.escalation.advice },
  };
}
