import { z } from 'zod';

/** Roles an API key may hold; `operator` keys belong to the `platform` tenant and administer tenants. */
export const API_KEY_ROLES = ['admin', 'clinician', 'integration', 'auditor', 'operator'] as const;
/** One of {@link API_KEY_ROLES}. */
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

/** A tenant id: a lowercase slug (`st-marys`). */
export const tenantIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'a lowercase slug: a-z, 0-9 and -, at most 63 characters');

const name = z.string().trim().min(1).max(200);
const instant = z.iso.datetime({ offset: true });

/**
 * Body of `POST /admin/tenants` (operator keys only).
 *
 * @example
 * ```ts
 * tenantCreateRequestSchema.parse({ id: 'st-marys', name: "St Mary's Hospital" });
 * ```
 */
export const tenantCreateRequestSchema = z.strictObject({ id: tenantIdSchema, name });
/** A {@link tenantCreateRequestSchema} body. */
export type TenantCreateRequest = z.infer<typeof tenantCreateRequestSchema>;

/** A tenant as the admin API shows it. */
export const tenantSchema = z.object({ id: tenantIdSchema, name: z.string(), createdAt: z.string() });
/** A {@link tenantSchema} value. */
export type Tenant = z.infer<typeof tenantSchema>;

/** Answer of `GET /admin/tenants`. */
export const tenantListSchema = z.object({ tenants: z.array(tenantSchema) });

/**
 * Body of `POST /admin/tenants/{tenant}/api-keys`: a name, a role and an
 * optional expiry (ISO 8601 with offset, in the future).
 *
 * @example
 * ```ts
 * apiKeyCreateRequestSchema.parse({ name: 'Portal', role: 'clinician', expiresAt: '2027-01-01T00:00:00Z' });
 * ```
 */
export const apiKeyCreateRequestSchema = z.strictObject({
  name,
  role: z.enum(API_KEY_ROLES),
  expiresAt: instant.optional(),
});
/** A {@link apiKeyCreateRequestSchema} body. */
export type ApiKeyCreateRequest = z.infer<typeof apiKeyCreateRequestSchema>;

/** An API key as listed: never its secret, which is shown once, at creation. */
export const apiKeySchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  name: z.string(),
  role: z.enum(API_KEY_ROLES),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  status: z.enum(['active', 'expired', 'revoked']),
});
/** A {@link apiKeySchema} value. */
export type ApiKey = z.infer<typeof apiKeySchema>;

/** Answer of `POST /admin/tenants/{tenant}/api-keys`: the key and, this once, its secret. */
export const apiKeyCreatedSchema = apiKeySchema.extend({ secret: z.string() });
/** A {@link apiKeyCreatedSchema} value. */
export type ApiKeyCreated = z.infer<typeof apiKeyCreatedSchema>;

/** Answer of `GET /admin/tenants/{tenant}/api-keys`. */
export const apiKeyListSchema = z.object({ apiKeys: z.array(apiKeySchema) });

/** A JSON Web Key Set given inline (public keys only). */
export const jwksSchema = z.object({
  keys: z
    .array(z.looseObject({ kty: z.string() }))
    .min(1)
    .max(50),
});

/**
 * The FHIR servers an EHR client's calls may name as `fhirServer` (base URLs;
 * a `fhirServer` matches when it is one of them or lies under one). Meridian
 * fetches missing prefetch, with the EHR's access token, only from these.
 */
export const fhirServerList = z
  .array(
    z
      .url({ protocol: /^https?$/ })
      .max(500)
      .refine((u) => {
        const p = new URL(u);
        return !p.username && !p.password && !p.search && !p.hash;
      }, 'a FHIR base URL has no credentials, query or fragment'),
  )
  .max(20);

/**
 * Body of `POST /admin/tenants/{tenant}/ehr-clients`: an EHR that calls CDS
 * Hooks, known by its JWT issuer, with its keys (a JWKS URL or an inline JWKS),
 * the `jku` URLs it may point to, the services it may call (empty: all), and
 * the FHIR servers Meridian may fetch from for it (empty: none, so every call
 * must carry its prefetch).
 *
 * @example
 * ```ts
 * ehrClientCreateRequestSchema.parse({ issuer: 'https://ehr.example.org', name: 'Example EHR', jwksUrl: 'https://ehr.example.org/jwks' });
 * ```
 */
export const ehrClientCreateRequestSchema = z
  .strictObject({
    issuer: z.string().min(1).max(500),
    name,
    jwksUrl: z.url({ protocol: /^https?$/ }).optional(),
    jwks: jwksSchema.optional(),
    jkuAllow: z
      .array(z.url({ protocol: /^https?$/ }))
      .max(20)
      .default([]),
    allowedServices: z
      .array(z.string().regex(/^[A-Za-z0-9._-]{1,100}$/))
      .max(100)
      .default([]),
    fhirServers: fhirServerList.default([]),
  })
  .refine((c) => c.jwksUrl !== undefined || c.jwks !== undefined, {
    message: 'give jwksUrl or jwks',
    path: ['jwksUrl'],
  });
/** A {@link ehrClientCreateRequestSchema} body. */
export type EhrClientCreateRequest = z.input<typeof ehrClientCreateRequestSchema>;

/**
 * Body of `PATCH /admin/tenants/{tenant}/ehr-clients/{id}`: the lists an
 * operator changes over a client's life (each given replaces the old one).
 *
 * @example
 * ```ts
 * ehrClientUpdateRequestSchema.parse({ fhirServers: ['https://ehr.example.org/fhir'] });
 * ```
 */
export const ehrClientUpdateRequestSchema = z
  .strictObject({
    name: name.optional(),
    jkuAllow: z
      .array(z.url({ protocol: /^https?$/ }))
      .max(20)
      .optional(),
    allowedServices: z
      .array(z.string().regex(/^[A-Za-z0-9._-]{1,100}$/))
      .max(100)
      .optional(),
    fhirServers: fhirServerList.optional(),
  })
  .refine((c) => Object.keys(c).length > 0, { message: 'give at least one field to change' });
/** A {@link ehrClientUpdateRequestSchema} body. */
export type EhrClientUpdateRequest = z.input<typeof ehrClientUpdateRequestSchema>;

/** A registered EHR client. */
export const ehrClientSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  issuer: z.string(),
  name: z.string(),
  jwksUrl: z.string().nullable(),
  jwks: jwksSchema.nullable(),
  jkuAllow: z.array(z.string()),
  allowedServices: z.array(z.string()),
  fhirServers: z.array(z.string()),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
/** A {@link ehrClientSchema} value. */
export type EhrClient = z.infer<typeof ehrClientSchema>;

/** Answer of `GET /admin/tenants/{tenant}/ehr-clients`. */
export const ehrClientListSchema = z.object({ ehrClients: z.array(ehrClientSchema) });

/**
 * Body of `POST /admin/tenants/{tenant}/hl7-senders`: an interface engine's
 * HL7 v2 sender, known by MSH-3.1 (sending application) and MSH-4.1 (sending
 * facility, may be empty), mapped to exactly one tenant.
 *
 * @example
 * ```ts
 * hl7SenderCreateRequestSchema.parse({ sendingApplication: 'LAB', sendingFacility: 'MAIN', name: 'Main lab feed' });
 * ```
 */
export const hl7SenderCreateRequestSchema = z.strictObject({
  sendingApplication: z.string().trim().min(1).max(227),
  sendingFacility: z.string().trim().max(227).default(''),
  name,
});
/** A {@link hl7SenderCreateRequestSchema} body. */
export type Hl7SenderCreateRequest = z.input<typeof hl7SenderCreateRequestSchema>;

/** A registered HL7 v2 sender. */
export const hl7SenderSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  sendingApplication: z.string(),
  sendingFacility: z.string(),
  name: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
/** A {@link hl7SenderSchema} value. */
export type Hl7Sender = z.infer<typeof hl7SenderSchema>;

/** Answer of `GET /admin/tenants/{tenant}/hl7-senders`. */
export const hl7SenderListSchema = z.object({ hl7Senders: z.array(hl7SenderSchema) });
