import type { SummaryProvenance } from '@meridian/sdk';
import { chunkByDate } from '../../engines/summary/chunk-by-date.js';
import { checkNarrative, type CheckedNarrative, type ProposedSentence } from '../../engines/summary/check-narrative.js';
import type { DatedSentence } from '../../engines/summary/summary-sentence.js';
import type { LlmEndpointConfig } from '../../platform/llm/llm-config.js';
import type { LlmGateway } from '../../platform/llm/llm-gateway.js';
import { buildSummaryPrompt, SUMMARY_NARRATIVE_SPEC } from '../../platform/llm/prompts/build-summary-prompt.js';

/** A checked model narrative, or `null` (with the fallbacks) when a chunk found no model to answer. */
export type ModelNarrative =
  | (CheckedNarrative & {
      ok: true;
      model: string;
      endpoint: string;
      chunks: number;
      fallbacks: SummaryProvenance['fallbacks'];
    })
  | { ok: false; endpoint: string; fallbacks: SummaryProvenance['fallbacks'] };

/**
 * Asks the tenant's model cascade for the narrative of a record, one call per
 * date-ordered chunk of its sentences, then checks every sentence
 * (`checkNarrative`: grounded in the record, no dosing). If any chunk gets no
 * answer, the whole narrative falls back to the rules engine.
 *
 * @example
 * ```ts
 * const narrative = await modelNarrative(gateway, endpoint, 'Patient/p1', sentences, recordRefs);
 * if (narrative.ok) console.log(narrative.removals.ungrounded);
 * ```
 */
export async function modelNarrative(
  gateway: LlmGateway,
  endpoint: LlmEndpointConfig,
  patient: string,
  sentences: readonly DatedSentence[],
  record: ReadonlySet<string>,
): Promise<ModelNarrative> {
  const chunks = chunkByDate(sentences);
  const proposed: ProposedSentence[] = [];
  const fallbacks: SummaryProvenance['fallbacks'] = [];
  let model = '';
  let origin = '';
  for (const [i, facts] of chunks.entries()) {
    const outcome = await gateway.generate(
      endpoint,
      buildSummaryPrompt({ patient, chunk: i + 1, chunks: chunks.length, facts }),
      SUMMARY_NARRATIVE_SPEC,
    );
    fallbacks.push(...outcome.fallbacks);
    origin = outcome.endpoint;
    if (!outcome.value) return { ok: false, endpoint: origin, fallbacks };
    model = outcome.model?.baseModel ?? outcome.model?.model ?? model;
    proposed.push(...outcome.value.sentences);
  }
  return { ok: true, ...checkNarrative(proposed, record), model, endpoint: origin, chunks: chunks.length, fallbacks };
}
