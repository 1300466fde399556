import { z } from 'zod';
import { tenantIdSchema } from './admin.js';

/**
 * Query of `GET /training/export`: the tenant (an operator must name it; an
 * admin gets their own), and `format`: `jsonl` (default, one example a line,
 * `application/x-ndjson`, ready for a chat fine-tuning job) or `json`
 * (`{ examples }`, what the SDK reads).
 *
 * @example
 * ```ts
 * trainingExportQuerySchema.parse({ tenant: 'st-marys', format: 'json' });
 * ```
 */
export const trainingExportQuerySchema = z.strictObject({
  tenant: tenantIdSchema.optional(),
  format: z.enum(['jsonl', 'json']).optional(),
});

/** A training export query. */
export type TrainingExportQuery = z.input<typeof trainingExportQuerySchema>;

/** One message of a chat fine-tuning example. */
export const trainingMessageSchema = z.strictObject({
  role: z.enum(['system', 'user', 'assistant']),
  content: z.string(),
});

/**
 * One example in the chat fine-tuning format (`{ messages: [system, user,
 * assistant] }`); every text in it has passed through the PHI scrubber (tag
 * mode), so it holds `[NAME]`, `[DATE]`… where the source held identifiers.
 */
export const trainingExampleSchema = z.strictObject({ messages: z.array(trainingMessageSchema).min(2) });

/** One training example. */
export type TrainingExample = z.infer<typeof trainingExampleSchema>;

/**
 * `GET /training/export?format=json`: the examples and how many came from
 * each source (CDS Hooks card feedback, reviewed case-analysis escalations).
 *
 * @example
 * ```ts
 * const { examples, sources } = trainingExportResponseSchema.parse(body);
 * ```
 */
export const trainingExportResponseSchema = z.strictObject({
  examples: z.array(trainingExampleSchema),
  sources: z.strictObject({ cdsFeedback: z.number().int().nonnegative(), escalations: z.number().int().nonnegative() }),
});

/** A training export. */
export type TrainingExportResponse = z.infer<typeof trainingExportResponseSchema>;
