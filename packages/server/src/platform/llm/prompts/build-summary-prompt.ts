import { SUMMARY_SECTIONS, type SummarySentence } from '@meridian/sdk';
import { z } from 'zod';
import type { StructuredSpec } from '../llm-gateway.js';
import type { ChatMessage } from './build-case-prompt.js';
import { PATIENT_SUMMARY_PROMPT_V1 } from './patient-summary.v1.js';

/** What a model answers for one chunk of a record: its narrative sentences, each with sources. */
export const summaryNarrativeDraftSchema = z.strictObject({
  sentences: z
    .array(
      z.strictObject({
        section: z.enum(SUMMARY_SECTIONS),
        text: z.string().min(1).max(1000),
        sources: z.array(z.string().max(100)).max(50),
      }),
    )
    .max(60),
});
/** A model's narrative draft. */
export type SummaryNarrativeDraft = z.infer<typeof summaryNarrativeDraftSchema>;

/** The structured-output request of a summary narrative. */
export const SUMMARY_NARRATIVE_SPEC: StructuredSpec<typeof summaryNarrativeDraftSchema> = {
  schema: summaryNarrativeDraftSchema,
  schemaName: 'patient_summary',
  jsonSchema: z.toJSONSchema(summaryNarrativeDraftSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >,
};

/** The prompt version recorded in a summary's provenance. */
export const SUMMARY_PROMPT_VERSION = PATIENT_SUMMARY_PROMPT_V1.version;

const STATIC_SYSTEM = [
  PATIENT_SUMMARY_PROMPT_V1.system,
  PATIENT_SUMMARY_PROMPT_V1.safetyPolicy,
  PATIENT_SUMMARY_PROMPT_V1.outputContract,
  JSON.stringify(SUMMARY_NARRATIVE_SPEC.jsonSchema),
].join('\n\n');

/**
 * The messages for one date-ordered chunk of a record's sentences: the
 * static system prompt, then the facts, one line each with section and sources.
 *
 * @example
 * ```ts
 * const messages = buildSummaryPrompt({ patient: 'Patient/p1', chunk: 1, chunks: 2, facts: sentences.slice(0, 60) });
 * ```
 */
export function buildSummaryPrompt(input: {
  patient: string;
  chunk: number;
  chunks: number;
  facts: readonly SummarySentence[];
}): ChatMessage[] {
  const lines = input.facts.map((f, i) => `${i + 1}. [${f.section}] ${f.text} (sources: ${f.sources.join(', ')})`);
  return [
    { role: 'system', content: STATIC_SYSTEM },
    {
      role: 'user',
      content: `Patient ${input.patient}, part ${input.chunk} of ${input.chunks} of the record (oldest first).\nFACTS:\n${lines.join('\n')}`,
    },
  ];
}
