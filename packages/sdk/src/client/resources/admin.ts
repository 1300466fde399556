import {
  apiKeyCreatedSchema,
  apiKeyCreateRequestSchema,
  apiKeyListSchema,
  apiKeySchema,
  ehrClientCreateRequestSchema,
  ehrClientListSchema,
  ehrClientSchema,
  ehrClientUpdateRequestSchema,
  hl7SenderCreateRequestSchema,
  hl7SenderListSchema,
  hl7SenderSchema,
  tenantCreateRequestSchema,
  tenantIdSchema,
  tenantListSchema,
  tenantSchema,
  type ApiKey,
  type ApiKeyCreated,
  type ApiKeyCreateRequest,
  type EhrClient,
  type EhrClientCreateRequest,
  type EhrClientUpdateRequest,
  type Hl7Sender,
  type Hl7SenderCreateRequest,
  type Tenant,
  type TenantCreateRequest,
} from '../../schemas/admin.js';
import type { Transport } from '../transport.js';
import { checkRequest, checkResponse } from '../validate.js';

const tenantPath = (tenantId: string) => `/admin/tenants/${encodeURIComponent(checkRequest(tenantIdSchema, tenantId))}`;

/** Tenants: platform operator keys only. Reach it as `client.admin.tenants`. */
export class TenantsAdmin {
  constructor(private readonly transport: Transport) {}

  /**
   * Creates a tenant (`POST /admin/tenants`).
   *
   * @example
   * ```ts
   * await operator.admin.tenants.create({ id: 'st-marys', name: "St Mary's Hospital" });
   * ```
   */
  async create(request: TenantCreateRequest): Promise<Tenant> {
    const body = checkRequest(tenantCreateRequestSchema, request);
    return checkResponse(tenantSchema, await this.transport.request({ method: 'POST', path: '/admin/tenants', body }));
  }

  /**
   * Lists every tenant (`GET /admin/tenants`).
   *
   * @example
   * ```ts
   * const tenants = await operator.admin.tenants.list();
   * ```
   */
  async list(): Promise<Tenant[]> {
    return checkResponse(tenantListSchema, await this.transport.request({ method: 'GET', path: '/admin/tenants' }))
      .tenants;
  }
}

/** A tenant's API keys: its admins, or a platform operator. Reach it as `client.admin.apiKeys`. */
export class ApiKeysAdmin {
  constructor(private readonly transport: Transport) {}

  /**
   * Issues a key; the answer carries its `secret`, shown this once and never again.
   *
   * @example
   * ```ts
   * const { id, secret } = await client.admin.apiKeys.create('st-marys', { name: 'Portal', role: 'clinician', expiresAt: '2027-01-01T00:00:00Z' });
   * ```
   */
  async create(tenantId: string, request: ApiKeyCreateRequest): Promise<ApiKeyCreated> {
    const body = checkRequest(apiKeyCreateRequestSchema, request);
    return checkResponse(
      apiKeyCreatedSchema,
      await this.transport.request({ method: 'POST', path: `${tenantPath(tenantId)}/api-keys`, body }),
    );
  }

  /**
   * Lists a tenant's keys, with their status (`active`, `expired`, `revoked`) and never their secrets.
   *
   * @example
   * ```ts
   * const keys = await client.admin.apiKeys.list('st-marys');
   * ```
   */
  async list(tenantId: string): Promise<ApiKey[]> {
    return checkResponse(
      apiKeyListSchema,
      await this.transport.request({ method: 'GET', path: `${tenantPath(tenantId)}/api-keys` }),
    ).apiKeys;
  }

  /**
   * Revokes a key at once: its next request gets 401.
   *
   * @example
   * ```ts
   * await client.admin.apiKeys.revoke('st-marys', 'key-1a2b3c4d5e6f');
   * ```
   */
  async revoke(tenantId: string, keyId: string): Promise<ApiKey> {
    const path = `${tenantPath(tenantId)}/api-keys/${encodeURIComponent(keyId)}/revoke`;
    return checkResponse(apiKeySchema, await this.transport.request({ method: 'POST', path }));
  }
}

/** A tenant's EHR clients (CDS Hooks callers). Reach it as `client.admin.ehrClients`. */
export class EhrClientsAdmin {
  constructor(private readonly transport: Transport) {}

  /**
   * Registers an EHR by its JWT issuer and keys (a JWKS URL or an inline JWKS).
   *
   * @example
   * ```ts
   * await client.admin.ehrClients.create('st-marys', { issuer: 'https://ehr.example.org', name: 'Example EHR', jwksUrl: 'https://ehr.example.org/jwks' });
   * ```
   */
  async create(tenantId: string, request: EhrClientCreateRequest): Promise<EhrClient> {
    const body = checkRequest(ehrClientCreateRequestSchema, request);
    return checkResponse(
      ehrClientSchema,
      await this.transport.request({ method: 'POST', path: `${tenantPath(tenantId)}/ehr-clients`, body }),
    );
  }

  /**
   * Lists a tenant's EHR clients.
   *
   * @example
   * ```ts
   * const clients = await client.admin.ehrClients.list('st-marys');
   * ```
   */
  async list(tenantId: string): Promise<EhrClient[]> {
    return checkResponse(
      ehrClientListSchema,
      await this.transport.request({ method: 'GET', path: `${tenantPath(tenantId)}/ehr-clients` }),
    ).ehrClients;
  }

  /**
   * Changes a live EHR client's name, `jku` allow-list, allowed services or
   * the FHIR servers Meridian may fetch missing prefetch from (each list
   * given replaces the old one).
   *
   * @example
   * ```ts
   * await client.admin.ehrClients.update('st-marys', 'ehr-1a2b3c4d5e6f', { fhirServers: ['https://ehr.example.org/fhir'] });
   * ```
   */
  async update(tenantId: string, clientId: string, changes: EhrClientUpdateRequest): Promise<EhrClient> {
    const body = checkRequest(ehrClientUpdateRequestSchema, changes);
    const path = `${tenantPath(tenantId)}/ehr-clients/${encodeURIComponent(clientId)}`;
    return checkResponse(ehrClientSchema, await this.transport.request({ method: 'PATCH', path, body }));
  }

  /**
   * Revokes an EHR client: its JWTs are refused from then on.
   *
   * @example
   * ```ts
   * await client.admin.ehrClients.revoke('st-marys', 'ehr-1a2b3c4d5e6f');
   * ```
   */
  async revoke(tenantId: string, clientId: string): Promise<EhrClient> {
    const path = `${tenantPath(tenantId)}/ehr-clients/${encodeURIComponent(clientId)}/revoke`;
    return checkResponse(ehrClientSchema, await this.transport.request({ method: 'POST', path }));
  }
}

/** A tenant's HL7 v2 senders (interface engines over MLLP). Reach it as `client.admin.hl7Senders`. */
export class Hl7SendersAdmin {
  constructor(private readonly transport: Transport) {}

  /**
   * Maps a sender (MSH-3 sending application, MSH-4 sending facility) to the tenant; 409 when another tenant has it.
   *
   * @example
   * ```ts
   * await client.admin.hl7Senders.create('st-marys', { sendingApplication: 'LAB', sendingFacility: 'MAIN', name: 'Main lab feed' });
   * ```
   */
  async create(tenantId: string, request: Hl7SenderCreateRequest): Promise<Hl7Sender> {
    const body = checkRequest(hl7SenderCreateRequestSchema, request);
    return checkResponse(
      hl7SenderSchema,
      await this.transport.request({ method: 'POST', path: `${tenantPath(tenantId)}/hl7-senders`, body }),
    );
  }

  /**
   * Lists a tenant's senders.
   *
   * @example
   * ```ts
   * const senders = await client.admin.hl7Senders.list('st-marys');
   * ```
   */
  async list(tenantId: string): Promise<Hl7Sender[]> {
    return checkResponse(
      hl7SenderListSchema,
      await this.transport.request({ method: 'GET', path: `${tenantPath(tenantId)}/hl7-senders` }),
    ).hl7Senders;
  }

  /**
   * Revokes a sender: its messages are refused (AR) from then on.
   *
   * @example
   * ```ts
   * await client.admin.hl7Senders.revoke('st-marys', 'hl7s-1a2b3c4d5e6f');
   * ```
   */
  async revoke(tenantId: string, senderId: string): Promise<Hl7Sender> {
    const path = `${tenantPath(tenantId)}/hl7-senders/${encodeURIComponent(senderId)}/revoke`;
    return checkResponse(hl7SenderSchema, await this.transport.request({ method: 'POST', path }));
  }
}

/** Administration: tenants, API keys, EHR clients, HL7 senders. Reach it as `client.admin`. */
export class AdminResource {
  /** Tenants (operator keys). */
  readonly tenants: TenantsAdmin;
  /** A tenant's API keys. */
  readonly apiKeys: ApiKeysAdmin;
  /** A tenant's EHR clients. */
  readonly ehrClients: EhrClientsAdmin;
  /** A tenant's HL7 v2 senders. */
  readonly hl7Senders: Hl7SendersAdmin;

  constructor(transport: Transport) {
    this.tenants = new TenantsAdmin(transport);
    this.apiKeys = new ApiKeysAdmin(transport);
    this.ehrClients = new EhrClientsAdmin(transport);
    this.hl7Senders = new Hl7SendersAdmin(transport);
  }
}
