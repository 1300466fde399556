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
  /** Who acknowledged the record (a principal, `api-key:{id}`), when, and their note; absent while open. */
  acknowledgement: z
    .strictObject({
      by: z.string(),
      byName: z.string().optional(),
      onBehalfOf: z.string().optional(),
      at: z.string(),
      note: z.string().optional(),
    })
    .optional(),
});
/** An escalation record. */
export type EscalationRecord = z.infer<typeof escalationRecordSchema>;

/**
 * Query of `GET /escalations`: `acknowledged=false` (the default) lists the
 * open records, `acknowledged=true` the acknowledged ones; newest first, at most `limit` (default 100).
 *
 * @example
 * ```ts
 * escalationListParamsSchema.parse({ acknowledged: 'true' }).acknowledged; // true
 * ```
 */
export const escalationListParamsSchema = z.strictObject({
  acknowledged: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});
/** Options of `escalations.list()`. */
export interface EscalationListOptions {
  /** `true`: acknowledged records; `false` (default): open ones. */
  acknowledged?: boolean;
  /** At most this many (default 100, at most 500). */
  limit?: number;
}

/**
 * Body of `POST /escalations/{id}/acknowledge`: an optional note (stored encrypted).
 *
 * @example
 * ```ts
 * escalationAcknowledgeRequestSchema.parse({ note: 'Seen; sepsis pathway started by the ward team.' });
 * ```
 */
export const escalationAcknowledgeRequestSchema = z.strictObject({
  note: z.string().trim().min(1).max(2000).optional(),
});
/** An acknowledgement request. */
export type EscalationAcknowledgeRequest = z.infer<typeof escalationAcknowledgeRequestSchema>;

/** Answer of `GET /escalations`: the tenant's open (or acknowledged) records, newest first. */
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
    models: z
      .array(z.strictObject({ model: z.string().min(1).max(200), baseModel: z.string().min(1).max(200).optional() }))
      .min(1)
      .max(10),
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
