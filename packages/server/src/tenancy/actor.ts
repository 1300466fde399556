/** Roles an API key may hold. */
export const ROLES = ['admin', 'clinician', 'integration', 'auditor'] as const;
/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/**
 * Who is calling, resolved from the API key: the tenant whose data the call
 * may touch, the key's identity and role, and the request's id.
 */
export interface Actor {
  tenantId: string;
  apiKeyId: string;
  apiKeyName: string;
  role: Role;
  requestId: string;
  /** The caller's network address (an EHR or integration host, not a patient). */
  clientAddress?: string | undefined;
}
