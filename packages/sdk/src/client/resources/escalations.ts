import { escalationListSchema, modelEndpointRequestSchema, modelEndpointSchema, type EscalationList, type ModelEndpoint, type ModelEndpointRequest } from '../../schemas/escalations.js';
import type { Transport } from '../transport.js';

/** Escalation records awaiting human review. Reach it as `client.escalations`. */
export class EscalationsResource {
  constructor(private readonly transport: Transport) {}

  /**
   * The tenant's open escalation records, newest first (`GET /escalations`).
   *
   * @example
   * ```ts
   * const { escalations } = await client.escalations.list();
   * for (const e of escalations) console.log(e.level, e.patient, e.reasons);
   * ```
   */
  async list(): Promise<EscalationList> {
    return escalationListSchema.parse(await this.transport.request({ method: 'GET', path: '/escalations' }));
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
    return modelEndpointSchema.parse(await this.transport.request({ method: 'GET', path: `/admin/tenants/${encodeURIComponent(tenant)}/model-endpoint` }));
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
    const body = modelEndpointRequestSchema.parse(request);
    return modelEndpointSchema.parse(await this.transport.request({ method: 'PUT', path: `/admin/tenants/${encodeURIComponent(tenant)}/model-endpoint`, body }));
  }
}
