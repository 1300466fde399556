/**
 * The exit functions of `engines/safety/guard-outputs.ts` as the guardrail
 * was before issue #17: the case analysis goes through the old `guardDraft`
 * (summary, differentials' names and findings, red flags, escalation advice;
 * the old patterns); the other answers were not checked at their exit. The
 * latency worker loads this in place of the real module (`legacy-hook.mjs`).
 *
 * @module
 */
import type { CdsServiceResponse, ExtractionResult, GuardrailRemoval, PatientSummary } from '@meridian/sdk';
import type { CaseAnalysisDraft } from '../../packages/server/src/engines/analysis/analysis-draft.js';
import { guardDraft } from './legacy/guard-draft.js';

export const GUARDRAIL_EXTENSION = 'dev.meridian.no-dosing-guardrail';

export function guardCaseAnalysis<
  T extends CaseAnalysisDraft & { provenance: { removals: { dosing: number }; guardrail?: GuardrailRemoval[] } },
>(body: T): T {
  const { draft, dosing } = guardDraft(body);
  const { removals } = body.provenance;
  return {
    ...body,
    ...draft,
    provenance: { ...body.provenance, removals: { ...removals, dosing: removals.dosing + dosing } },
  };
}

export const guardPatientSummary = (summary: PatientSummary): PatientSummary => summary;
export const guardExtraction = (result: ExtractionResult): ExtractionResult => result;
export const guardCdsResponse = (response: CdsServiceResponse) => ({ response, removed: [] as GuardrailRemoval[] });
