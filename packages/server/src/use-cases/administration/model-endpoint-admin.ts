/**
 * A tenant's model endpoint, without HTTP: read and set by the tenant's
 * admin (or an operator), audited; the API key is stored encrypted and
 * never shown.
 *
 * @module
 */
import type { ModelEndpoint, ModelEndpointRequest } from '@meridian/sdk';
import { TENANT_IDENTIFIER_SYSTEM } from '../../platform/audit/codes.js';
import { describeTenantLlm, setTenantLlmConfig } from '../../platform/llm/tenant-llm-config.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import type { Services } from '../services.js';
import { checkTenantScope } from './tenant-scope.js';

const endpointObject = (tenant: string) => [
  { system: TENANT_IDENTIFIER_SYSTEM, value: tenant, display: 'model endpoint' },
];

/**
 * The tenant's model endpoint and cascade, or the server's default, or `rules`; audited as a read.
 *
 * @example
 * ```ts
 * const { source, models } = await readModelEndpoint(services, actor, 'st-marys');
 * ```
 */
export async function readModelEndpoint(services: Services, actor: Actor, tenant: string): Promise<ModelEndpoint> {
  const { defaultEndpoint } = services.caseAnalysis;
  return services.audit.record(
    actor,
    async (tx) => (await checkTenantScope(tx, actor, tenant), describeTenantLlm(tx, tenant, defaultEndpoint)),
    () => ({ action: 'R', interaction: 'read', tenantId: tenant, objects: endpointObject(tenant) }),
  );
}

/**
 * Sets the tenant's model endpoint (`{ engine: 'rules' }` pins it to the
 * rules engine), its API key encrypted; audited as an update. Answers it as
 * {@link readModelEndpoint} would.
 *
 * @example
 * ```ts
 * await setModelEndpoint(services, actor, 'st-marys', { baseUrl: 'http://vllm:8000/v1', models: [{ model: 'llama-3.1-8b' }] });
 * ```
 */
export async function setModelEndpoint(
  services: Services,
  actor: Actor,
  tenant: string,
  request: ModelEndpointRequest,
): Promise<ModelEndpoint> {
  const { defaultEndpoint, encryptionKey } = services.caseAnalysis;
  return services.audit.record(
    actor,
    async (tx) => {
      await checkTenantScope(tx, actor, tenant);
      await setTenantLlmConfig(tx, encryptionKey, tenant, 'engine' in request ? null : request);
      return describeTenantLlm(tx, tenant, defaultEndpoint);
    },
    () => ({ action: 'U', interaction: 'update', tenantId: tenant, objects: endpointObject(tenant) }),
  );
}
