/**
 * The optional model pass for names in context: the tenant's language model
 * (through the OpenAI-compatible client, structured output with one repair)
 * lists the person names it sees; each listed name becomes a span wherever it
 * occurs verbatim in the text (a name the text does not hold is dropped, so
 * the model cannot invent offsets). Models are tried in cascade order.
 *
 * @module
 */
import { z } from 'zod';
import { createChatClient } from '../../platform/llm/chat-client.js';
import type { LlmEndpointConfig } from '../../platform/llm/llm-config.js';
import { generateStructured } from '../../platform/llm/structured-output.js';
import { phiSpan, type PhiSpan } from '../../engines/phi/index.js';

const namesSchema = z.strictObject({ names: z.array(z.string().min(2).max(120)).max(200) });
const NAMES_JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['names'],
  properties: { names: { type: 'array', items: { type: 'string' } } },
};
const INSTRUCTIONS =
  'List every person name in the text (patients, relatives, clinicians), exactly as written. ' +
  'Do not list eponyms of diseases, signs or scores (Parkinson, Crohn, Wells), drug names or places. Answer with JSON only.';

/** What the model pass found, or why it found nothing. */
export interface ModelNamePass {
  spans: PhiSpan[];
  model?: string;
  note?: string;
}

/**
 * Asks the endpoint's models, in order, for the names in `text`.
 *
 * @example
 * ```ts
 * const { spans } = await findNamesWithModel(endpoint, 'Spoke with Anneliese about her father');
 * ```
 */
export async function findNamesWithModel(endpoint: LlmEndpointConfig, text: string): Promise<ModelNamePass> {
  const chat = createChatClient(endpoint);
  for (const ref of endpoint.models) {
    try {
      const { value } = await generateStructured(chat, {
        model: ref.model,
        messages: [
          { role: 'system', content: INSTRUCTIONS },
          { role: 'user', content: text },
        ],
        schema: namesSchema,
        schemaName: 'phi_names',
        jsonSchema: NAMES_JSON_SCHEMA,
      });
      return { spans: locateNames(text, value.names), model: ref.model };
    } catch {
      continue;
    }
  }
  return { spans: [], note: 'every model failed; rules and lexicons only' };
}

/** Every verbatim occurrence of each name, as a model span. */
export function locateNames(text: string, names: readonly string[]): PhiSpan[] {
  const spans: PhiSpan[] = [];
  for (const name of new Set(names.map((n) => n.trim()).filter((n) => n.length > 1))) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length))
      spans.push(phiSpan('NAME', text, at, at + name.length, 'model'));
  }
  return spans;
}
