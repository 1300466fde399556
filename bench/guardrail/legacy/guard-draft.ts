// Frozen copy of Meridian's no-dosing guardrail before issue #17 (main at be91258), kept only as bench/guardrail's baseline.
import type { CaseAnalysisDraft } from '../../../packages/server/src/engines/analysis/analysis-draft.js';
import { guardText, isSafeText } from './guard-text.js';

/**
 * Applies the no-dosing guardrail to every text of a draft: the summary, the
 * escalation advice and each red flag's reason are rewritten; a differential
 * or red flag whose own name doses is dropped; findings that dose are
 * dropped from their lists. Returns the count of removals.
 *
 * @example
 * ```ts
 * const { draft, dosing } = guardDraft(modelDraft);
 * ```
 */
export function guardDraft(draft: CaseAnalysisDraft): { draft: CaseAnalysisDraft; dosing: number } {
  let dosing = 0;
  const rewrite = (text: string) => {
    const guarded = guardText(text);
    dosing += guarded.removed.length;
    return guarded.text;
  };
  const safeItems = (items: string[]) =>
    items.filter((item) => {
      if (isSafeText(item)) return true;
      dosing++;
      return false;
    });
  const differentials = draft.differentials
    .filter((d) => (isSafeText(d.condition) ? true : (dosing++, false)))
    .map((d) => ({ ...d, findingsFor: safeItems(d.findingsFor), findingsAgainst: safeItems(d.findingsAgainst) }));
  const redFlags = draft.redFlags
    .filter((f) => (isSafeText(f.finding) ? true : (dosing++, false)))
    .map((f) => ({ ...f, why: rewrite(f.why) }));
  const guarded: CaseAnalysisDraft = {
    caseSummary: rewrite(draft.caseSummary),
    differentials,
    redFlags,
    escalation: { ...draft.escalation, advice: rewrite(draft.escalation.advice) },
  };
  return { draft: guarded, dosing };
}
