/**
 * The model path of note extraction: the note in pieces of at most
 * `MODEL_CHUNK_CHARS` (whole sentences), each extracted by the tenant's
 * cascade under the JSON schema and grounded in the note, progress reported
 * per piece. If any piece gets no answer from any model, the whole note goes
 * to the rules engine instead (a partial model answer is not passed off as
 * complete).
 *
 * @module
 */
import type { Patient, Reference } from '@medplum/fhirtypes';
import { groundDraft, type GroundedDraft } from '../../engines/extraction/grounding/ground-draft.js';
import { EXTRACTION_DRAFT_JSON_SCHEMA, extractionDraftSchema } from '../../engines/extraction/grounding/model-draft.js';
import { ONCOLOGY_FIELDS } from '../../engines/extraction/oncology/oncology-fields.js';
import { chunkText } from '../../engines/extraction/text/chunks.js';
import type { LlmEndpointConfig } from '../../platform/llm/llm-config.js';
import type { LlmGateway } from '../../platform/llm/llm-gateway.js';
import { buildExtractionPrompt } from '../../platform/llm/prompts/build-extraction-prompt.js';

/** Reports a step and a percentage while a long note is extracted. */
export type ExtractionProgress = (step: string, percent: number) => void | Promise<void>;

/** The largest piece of a note sent to a model in one request, in characters. */
export const MODEL_CHUNK_CHARS = 12_000;

const SPEC = { schema: extractionDraftSchema, schemaName: 'note_extraction', jsonSchema: EXTRACTION_DRAFT_JSON_SCHEMA };

function merge(into: GroundedDraft, part: GroundedDraft): GroundedDraft {
  into.items.push(...part.items);
  for (const key of Object.keys(into.grounding) as Array<keyof GroundedDraft['grounding']>)
    into.grounding[key] += part.grounding[key];
  if (part.oncology) {
    into.oncology ??= part.oncology;
    for (const field of ONCOLOGY_FIELDS) into.oncology[field] ??= part.oncology[field];
  }
  return into;
}

/**
 * The grounded model extraction of `text` and the model that answered, or
 * `null` when some piece got no answer.
 *
 * @example
 * ```ts
 * const outcome = await extractWithModel(gateway, endpoint, { text, profile: 'general' }, subject);
 * outcome?.draft.grounding.dropped; // items the note did not support
 * ```
 */
export async function extractWithModel(
  gateway: LlmGateway,
  endpoint: LlmEndpointConfig,
  request: { text: string; profile: 'general' | 'oncology' },
  subject: Reference<Patient>,
  onProgress: ExtractionProgress = () => undefined,
): Promise<{ draft: GroundedDraft; model: string } | null> {
  const chunks = chunkText(request.text, MODEL_CHUNK_CHARS);
  const merged: GroundedDraft = {
    items: [],
    oncology: null,
    grounding: {
      proposed: 0,
      grounded: 0,
      dropped: 0,
      unrepresented: 0,
      normalisedMatches: 0,
      oncologyFieldsDropped: 0,
    },
  };
  let model = '';
  for (const [i, chunk] of chunks.entries()) {
    await onProgress(`model-extracting ${i + 1}/${chunks.length}`, Math.round(20 + (70 * i) / chunks.length));
    const outcome = await gateway.generate(
      endpoint,
      buildExtractionPrompt(request.text.slice(chunk.start, chunk.end), request.profile),
      SPEC,
    );
    if (!outcome.value) return null;
    model = outcome.model?.model ?? model;
    merge(merged, groundDraft(request.text, outcome.value, subject, chunk));
  }
  merged.items.sort((a, b) => a.start - b.start);
  return { draft: merged, model };
}
