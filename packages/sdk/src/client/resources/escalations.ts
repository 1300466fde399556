import {
  escalationAcknowledgeRequestSchema,
  escalationListSchema,
  escalationRecordSchema,
  modelEndpointRequestSchema,
  modelEndpointSchema,
  type EscalationAcknowledgeRequest,
  type EscalationList,
  type EscalationListOptions,
  type EscalationRecord,
  type ModelEndpoint,
  type ModelEndpointRequest,
} from '../../schemas/escalations.js';
import type { Transport } from '../transport.js';
import { checkRequest, checkResponse } from '../validate.js';

/** Escalation records awaiting human review. Reach it as `client.escalations`. */
export class EscalationsResource {
  constructor(private readonly transport: Transport) {}

  /**
   * The tenant's open escalation records (or, with `acknowledged: true`, the
   * acknowledged ones), newest first (`GET /escalations`).
   *
   * @example
   * ```ts
   * const { escalations } = await client.escalations.list();
   * for (const e of escalations) console.log(e.level, e.patient, e.reasons);
   * const done = await client.escalations.list({ acknowledged: true });
   * ```
   */
  async list(options: EscalationListOptions = {}): Promise<EscalationList> {
    const query: Record<string, string> = {};
    if (options.acknowledged !== undefined) query.acknowledged = String(options.acknowledged);
    if (options.limit !== undefined) query.limit = String(options.limit);
    return checkResponse(
      escalationListSchema,
      await this.transport.request({ method: 'GET', path: '/escalations', query }),
    );
  }

  /**
   * Acknowledges a record as reviewed (`POST /escalations/{id}/acknowledge`,
   * clinician role): records who and when, with an optional note (stored
   * encrypted). Idempotent: acknowledging again answers the first acknowledgement.
   *
   * @example
   * ```ts
   * const record = await client.escalations.acknowledge(id, { note: 'Reviewed with the registrar.' });
   * record.acknowledgement?.at; // '2026-06-01T12:00:00.000Z'
   * ```
   */
  async acknowledge(id: string, request: EscalationAcknowledgeRequest = {}): Promise<EscalationRecord> {
    const body = checkRequest(escalationAcknowledgeRequestSchema, request);
    return checkResponse(
      escalationRecordSchema,
      await this.transport.request({
        method: 'POST',
        path: `/escalations/${encodeURIComponent(id)}/acknowledge`,
        body,
      }),
    );
  }
}

/** A tenant's model endpoint and cascade. Reach it as `client.modelEndpoints`. */
export class ModelEndpointsResource {
  constructor(private readonly transport: Transport) {}

  /**
   * The tenant's model endpoint (`GET /admin/tenants/{tenant}/model-endpoint`); never the key.
   *
   * @example
   * ```ts
   * (await client.modelEndpoints.get('st-marys')).source; // 'default'
   * ```
   */
  async get(tenant: string): Promise<ModelEndpoint> {
    return checkResponse(
      modelEndpointSchema,
      await this.transport.request({
        method: 'GET',
        path: `/admin/tenants/${encodeURIComponent(tenant)}/model-endpoint`,
      }),
    );
  }

  /**
   * Sets the tenant's endpoint and cascade, or pins it to the rules engine
   * (`PUT /admin/tenants/{tenant}/model-endpoint`).
   *
   * @example
   * ```ts
   * await client.modelEndpoints.set('st-marys', { baseUrl: 'http://vllm:8000/v1', models: [{ model: 'llama-3.1-8b' }] });
   * await client.modelEndpoints.set('st-marys', { engine: 'rules' });
   * ```
   */
  async set(tenant: string, request: ModelEndpointRequest): Promise<ModelEndpoint> {
    const body = checkRequest(modelEndpointRequestSchema, request);
    return checkResponse(
      modelEndpointSchema,
      await this.transport.request({
        method: 'PUT',
        path: `/admin/tenants/${encodeURIComponent(tenant)}/model-endpoint`,
        body,
      }),
    );
  }
}
