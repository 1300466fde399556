import type { z } from 'zod';
import type { ChatClient, ChatResult } from './chat-client.js';
import type { ChatMessage } from './prompts/build-case-prompt.js';

/** A model answered, twice, with something that is not valid against the schema. */
export class InvalidModelOutputError extends Error {
  override name = 'InvalidModelOutputError';
}

/** The outcome of parsing a model's text: the value, or the problems (paths and messages, never the text). */
export type ParsedOutput<T> = { ok: true; value: T } | { ok: false; problems: string };

/**
 * Parses a model's text as JSON (tolerating a Markdown code fence around it)
 * and validates it with the zod schema.
 *
 * @example
 * ```ts
 * parseModelOutput(caseAnalysisDraftSchema, '{"caseSummary": 1}'); // { ok: false, problems: 'caseSummary: Invalid input...' }
 * ```
 */
export function parseModelOutput<S extends z.ZodType>(schema: S, text: string): ParsedOutput<z.infer<S>> {
  const unfenced = text.trim().replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/u, '$1');
  let json: unknown;
  try {
    json = JSON.parse(unfenced);
  } catch {
    return { ok: false, problems: 'the answer is not JSON' };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues
      .slice(0, 10)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; '),
  };
}

/** One call's output as {@link generateStructured} reports it. */
export interface StructuredResult<T> {
  value: T;
  calls: ChatResult[];
  repaired: boolean;
}

/**
 * Asks for JSON matching `schema` (sent as `response_format` json_schema),
 * validates the answer with zod, and on an invalid answer makes one repair
 * attempt that shows the model its problems; a second invalid answer throws
 * {@link InvalidModelOutputError}.
 *
 * @example
 * ```ts
 * const { value } = await generateStructured(chat, { model: 'llama-3.1-8b', messages, schema: caseAnalysisDraftSchema, schemaName: 'case_analysis', jsonSchema });
 * ```
 */
export async function generateStructured<S extends z.ZodType>(
  chat: ChatClient,
  request: {
    model: string;
    messages: ChatMessage[];
    schema: S;
    schemaName: string;
    jsonSchema: Record<string, unknown>;
    stream?: boolean;
    onDelta?: (chars: number) => void;
  },
  observe: <R>(attempt: 'initial' | 'repair', call: () => Promise<R & ChatResult>) => Promise<R & ChatResult> = (
    _a,
    call,
  ) => call(),
): Promise<StructuredResult<z.infer<S>>> {
  const ask = (messages: ChatMessage[]) => ({
    model: request.model,
    messages,
    schemaName: request.schemaName,
    jsonSchema: request.jsonSchema,
    stream: request.stream,
    onDelta: request.onDelta,
  });
  const first = await observe('initial', () => chat.complete(ask(request.messages)));
  const parsed = parseModelOutput(request.schema, first.text);
  if (parsed.ok) return { value: parsed.value, calls: [first], repaired: false };
  const repairMessages: ChatMessage[] = [
    ...request.messages,
    { role: 'assistant', content: first.text.slice(0, 20_000) },
    {
      role: 'user',
      content: `Your answer was not valid against the schema (${parsed.problems}). Answer again with only the JSON object that matches the schema.`,
    },
  ];
  const second = await observe('repair', () => chat.complete(ask(repairMessages)));
  const repaired = parseModelOutput(request.schema, second.text);
  if (repaired.ok) return { value: repaired.value, calls: [first, second], repaired: true };
  throw new InvalidModelOutputError(`invalid output after one repair: ${repaired.problems}`);
}
