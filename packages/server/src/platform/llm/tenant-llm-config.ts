import type { LlmEndpointConfig, LlmModelRef } from './llm-config.js';
import type { Queryable } from '../store/db.js';
import { decryptField, encryptField } from '../crypto/field-encryption.js';

/**
 * Sets a tenant's model endpoint and cascade (API key encrypted at rest), or
 * with `null` pins the tenant to the rules engine.
 *
 * @example
 * ```ts
 * await setTenantLlmConfig(db, key, 'st-marys', { baseUrl: 'http://vllm:8000/v1', models: [{ model: 'llama-3.1-8b' }] });
 * ```
 */
export async function setTenantLlmConfig(
  q: Queryable,
  key: Buffer,
  tenantId: string,
  config: LlmEndpointConfig | null,
): Promise<void> {
  const apiKey = config?.apiKey ? encryptField(key, config.apiKey, `${tenantId}:llm-api-key`) : null;
  await q.query(
    `INSERT INTO tenant_llm_config (tenant_id, base_url, api_key_ciphertext, models, timeout_ms, updated_at) VALUES ($1, $2, $3, $4, $5, now())
     ON CONFLICT (tenant_id) DO UPDATE SET base_url = excluded.base_url, api_key_ciphertext = excluded.api_key_ciphertext,
       models = excluded.models, timeout_ms = excluded.timeout_ms, updated_at = now()`,
    [tenantId, config?.baseUrl ?? null, apiKey, JSON.stringify(config?.models ?? []), config?.timeoutMs ?? null],
  );
}

/**
 * The endpoint a tenant's analyses use: its own row when it has one (a row
 * without a base URL means the rules engine), else the environment's
 * default, else `null` (the rules engine).
 *
 * @example
 * ```ts
 * const endpoint = await resolveTenantLlm(db, key, 'demo', llmConfigFromEnv(process.env));
 * ```
 */
export async function resolveTenantLlm(
  q: Queryable,
  key: Buffer,
  tenantId: string,
  fallback: LlmEndpointConfig | null,
): Promise<LlmEndpointConfig | null> {
  const { rows } = await q.query<{
    base_url: string | null;
    api_key_ciphertext: string | null;
    models: LlmModelRef[];
    timeout_ms: number | null;
  }>('SELECT base_url, api_key_ciphertext, models, timeout_ms FROM tenant_llm_config WHERE tenant_id = $1', [tenantId]);
  const row = rows[0];
  if (!row) return fallback;
  if (!row.base_url || row.models.length === 0) return null;
  return {
    baseUrl: row.base_url,
    apiKey: row.api_key_ciphertext ? decryptField(key, row.api_key_ciphertext, `${tenantId}:llm-api-key`) : undefined,
    models: row.models,
    timeoutMs: row.timeout_ms ?? fallback?.timeoutMs,
    maxRetries: fallback?.maxRetries,
  };
}

/**
 * A tenant's model endpoint as the admin API shows it (never the key):
 * its own row, a row pinning it to the rules engine, or the server default.
 *
 * @example
 * ```ts
 * (await describeTenantLlm(db, 'demo', defaultEndpoint)).source; // 'default'
 * ```
 */
export async function describeTenantLlm(q: Queryable, tenantId: string, fallback: LlmEndpointConfig | null) {
  const { rows } = await q.query<{
    base_url: string | null;
    api_key_ciphertext: string | null;
    models: LlmModelRef[];
    timeout_ms: number | null;
  }>('SELECT base_url, api_key_ciphertext, models, timeout_ms FROM tenant_llm_config WHERE tenant_id = $1', [tenantId]);
  const row = rows[0];
  const strip = (models: LlmModelRef[]) =>
    models.map((m) => (m.baseModel ? { model: m.model, baseModel: m.baseModel } : { model: m.model }));
  if (!row)
    return {
      source: 'default' as const,
      ...(fallback ? { baseUrl: fallback.baseUrl } : {}),
      models: strip(fallback?.models ?? []),
      hasApiKey: Boolean(fallback?.apiKey),
    };
  if (!row.base_url) return { source: 'rules' as const, models: [], hasApiKey: false };
  return {
    source: 'tenant' as const,
    baseUrl: row.base_url,
    models: strip(row.models),
    hasApiKey: row.api_key_ciphertext !== null,
    ...(row.timeout_ms ? { timeoutMs: row.timeout_ms } : {}),
  };
}
