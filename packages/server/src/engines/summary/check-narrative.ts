import type { SummarySentence } from '@meridian/sdk';
import { guardText } from '../safety/guard-text.js';

/** A sentence as a model proposes it, before the checks. */
export interface ProposedSentence {
  section: SummarySentence['section'];
  text: string;
  sources: string[];
}

/** What {@link checkNarrative} kept and what it dropped, by reason. */
export interface CheckedNarrative {
  sentences: SummarySentence[];
  removals: { dosing: number; uncited: number; ungrounded: number };
}

/**
 * The guardrails and grounding of a model's narrative, sentence by sentence:
 * a sentence citing nothing is dropped as uncited; one citing any resource
 * that is not in the patient's record (`record`: `Type/id` of every resource
 * of the compartment) is dropped as ungrounded; one that doses, names a
 * route or frequency, or tells to start/stop/change a medication (the
 * case-analysis guard) is dropped as dosing. The rest are kept as `llm`.
 *
 * @example
 * ```ts
 * const { sentences, removals } = checkNarrative(modelSentences, new Set(['Patient/p1', 'Condition/c1']));
 * removals.ungrounded; // sentences citing e.g. Observation/made-up
 * ```
 */
export function checkNarrative(proposed: readonly ProposedSentence[], record: ReadonlySet<string>): CheckedNarrative {
  const removals = { dosing: 0, uncited: 0, ungrounded: 0 };
  const sentences: SummarySentence[] = [];
  for (const p of proposed) {
    const sources = [...new Set(p.sources.map((s) => s.trim()))];
    if (sources.length === 0) removals.uncited++;
    else if (!sources.every((s) => record.has(s))) removals.ungrounded++;
    else if (guardText(p.text).removed.length > 0) removals.dosing++;
    else sentences.push({ section: p.section, text: p.text.trim(), sources, engine: 'llm' });
  }
  return { sentences, removals };
}
