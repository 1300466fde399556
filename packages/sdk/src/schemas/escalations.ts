import { z } from 'zod';

/**
 * An escalation record for human review (`GET /escalations`): an urgent or
 * emergency analysis, or a low-confidence one, with why. Stored encrypted.
 */
export const escalationRecordSchema = z.strictObject({
  id: z.string(),
  level: z.enum(['urgent', 'emergency', 'low-confidence']),
  status: z.enum(['open', 'acknowledged', 'closed']),
  createdAt: z.string(),
  patient: z.string(),
  reasons: z.array(z.string()),
  escalationLevel: z.string(),
  caseSummary: z.string(),
  engine: z.string(),
});
/** An escalation record. */
export type EscalationRecord = z.infer<typeof escalationRecordSchema>;

/** Answer of `GET /escalations`: the tenant's open records, newest first. */
export const escalationListSchema = z.strictObject({ escalations: z.array(escalationRecordSchema) });
/** A list of escalation records. */
export type EscalationList = z.infer<typeof escalationListSchema>;

/**
 * Body of `PUT /admin/tenants/{tenant}/model-endpoint`: the tenant's own
 * OpenAI-compatible endpoint and model cascade (a LoRA adapter names its
 * `baseModel`), or `{ engine: 'rules' }` to pin the tenant to the rules engine.
 *
 * @example
 * ```ts
 * modelEndpointRequestSchema.parse({ baseUrl: 'http://vllm:8000/v1', models: [{ model: 'sepsis-lora', baseModel: 'llama-3.1-8b' }, { model: 'llama-3.1-8b' }] });
 * ```
 */
export const modelEndpointRequestSchema = z.union([
  z.strictObject({
    baseUrl: z.url().max(2000),
    apiKey: z.string().min(1).max(4000).optional(),
    models: z.array(z.strictObject({ model: z.string().min(1).max(200), baseModel: z.string().min(1).max(200).optional() })).min(1).max(10),
    timeoutMs: z.number().int().min(100).max(600_000).optional(),
  }),
  z.strictObject({ engine: z.literal('rules') }),
]);
/** A model endpoint request. */
export type ModelEndpointRequest = z.infer<typeof modelEndpointRequestSchema>;

/** A tenant's model endpoint as the API shows it: never the key, only whether one is set. */
export const modelEndpointSchema = z.strictObject({
  /** `tenant`: its own endpoint; `rules`: pinned to the rules engine; `default`: the server's `LLM_*` (or rules when unset). */
  source: z.enum(['tenant', 'rules', 'default']),
  baseUrl: z.string().optional(),
  models: z.array(z.strictObject({ model: z.string(), baseModel: z.string().optional() })),
  hasApiKey: z.boolean(),
  timeoutMs: z.number().optional(),
});
/** A tenant's model endpoint. */
export type ModelEndpoint = z.infer<typeof modelEndpointSchema>;
