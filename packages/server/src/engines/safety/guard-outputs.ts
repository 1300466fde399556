/**
 * The guardrail at each use case's exit: {@link guardResponse} over the
 * finished answer with its schema, and the drops written into the answer's
 * own provenance.
 *
 * @module
 */
import {
  caseAnalysisSchema,
  cdsServiceResponseSchema,
  extractionResultSchema,
  patientSummarySchema,
  type CdsServiceResponse,
  type ExtractionResult,
  type GuardrailRemoval,
  type PatientSummary,
} from '@meridian/sdk';
import { guardResponse } from './guard-response.js';

/** A case analysis as the use case assembles it (before triage). */
interface CaseAnalysisBody {
  provenance: { removals: { dosing: number }; guardrail?: GuardrailRemoval[] };
}

/**
 * Guards a case analysis: every field walked; `provenance.removals.dosing`
 * counts the drops and `provenance.guardrail` names them.
 *
 * @example
 * ```ts
 * const body = guardCaseAnalysis({ caseSummary, differentials, redFlags, riskScores, escalation, disclaimers, provenance });
 * ```
 */
export function guardCaseAnalysis<T extends CaseAnalysisBody>(body: T): T {
  const { value, removed } = guardResponse(body, caseAnalysisSchema);
  const { removals } = value.provenance;
  return {
    ...value,
    provenance: {
      ...value.provenance,
      removals: { ...removals, dosing: removals.dosing + removed.length },
      guardrail: removed,
    },
  };
}

/**
 * Guards a patient summary (its sentences, narrative, trends and every
 * resource of its document Bundle, the record's included).
 *
 * @example
 * ```ts
 * return guardPatientSummary(patientSummarySchema.parse(summary));
 * ```
 */
export function guardPatientSummary(summary: PatientSummary): PatientSummary {
  const { value, removed } = guardResponse(summary, patientSummarySchema);
  const { removals } = value.provenance;
  return {
    ...value,
    provenance: {
      ...value.provenance,
      removals: { ...removals, dosing: removals.dosing + removed.length },
      guardrail: removed,
    },
  };
}

/**
 * Guards a note extraction result (every resource of its Bundle, the
 * oncology fields, the provenance).
 *
 * @example
 * ```ts
 * return guardExtraction(result);
 * ```
 */
export function guardExtraction(result: ExtractionResult): ExtractionResult {
  const { value, removed } = guardResponse(result, extractionResultSchema);
  return { ...value, provenance: { ...value.provenance, guardrail: removed } };
}

/** The CDS Hooks extension key under which a response names what the guardrail dropped. */
export const GUARDRAIL_EXTENSION = 'dev.meridian.no-dosing-guardrail' as const;

/**
 * Guards a CDS Hooks response (cards, their details, suggestions, actions,
 * links and sources); when something was dropped, the response says what
 * under the {@link GUARDRAIL_EXTENSION} extension.
 *
 * @example
 * ```ts
 * const { response, removed } = guardCdsResponse({ cards });
 * ```
 */
export function guardCdsResponse(response: CdsServiceResponse): {
  response: CdsServiceResponse;
  removed: GuardrailRemoval[];
} {
  const { value, removed } = guardResponse(response, cdsServiceResponseSchema);
  if (removed.length === 0) return { response: value, removed };
  return { response: { ...value, extension: { ...value.extension, [GUARDRAIL_EXTENSION]: { removed } } }, removed };
}
