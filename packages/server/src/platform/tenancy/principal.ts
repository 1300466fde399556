import type { Role } from './roles.js';

/** An API key: a hospital developer's program or a portal. */
export interface ApiKeyPrincipal {
  kind: 'api-key';
  tenantId: string;
  apiKeyId: string;
  name: string;
  role: Role;
}

/** An EHR calling CDS Hooks, identified by its signed JWT (`iss`, `sub`). */
export interface EhrClientPrincipal {
  kind: 'ehr-client';
  tenantId: string;
  clientId: string;
  issuer: string;
  subject?: string | undefined;
  name: string;
  role: 'integration';
  /** False only in the embedded demo mode, which may accept unsigned calls and says so. */
  verified: boolean;
  /**
   * The FHIR servers Meridian may fetch missing prefetch from for this client
   * (its registration's list); `undefined` only for the demo's unsigned caller.
   */
  fhirServers?: readonly string[] | undefined;
}

/** An interface engine sending HL7 v2 over MLLP (sending application and facility). */
export interface MllpSenderPrincipal {
  kind: 'mllp-sender';
  tenantId: string;
  senderId: string;
  sendingApplication: string;
  sendingFacility: string;
  name: string;
  role: 'integration';
}

/** Meridian itself: a background job, the demo seed, the administration CLI. */
export interface SystemPrincipal {
  kind: 'system';
  tenantId: string;
  /** What acted (`demo-seed`, `cli`, `job:case-analysis`). */
  component: string;
  name: string;
  role: 'admin';
}

/**
 * Every kind of caller Meridian knows. Each router chooses how its callers
 * authenticate; the AuditEvent's agent says which kind acted.
 *
 * @example
 * ```ts
 * if (principal.kind === 'api-key') console.log(principal.apiKeyId);
 * ```
 */
export type Principal = ApiKeyPrincipal | EhrClientPrincipal | MllpSenderPrincipal | SystemPrincipal;

/** The kinds of {@link Principal}. */
export type PrincipalKind = Principal['kind'];

/**
 * The system principal of a component acting for a tenant.
 *
 * @example
 * ```ts
 * systemPrincipal('demo', 'demo-seed'); // { kind: 'system', component: 'demo-seed', ... }
 * ```
 */
export function systemPrincipal(tenantId: string, component: string): SystemPrincipal {
  return { kind: 'system', tenantId, component, name: `Meridian ${component}`, role: 'admin' };
}

/** The stable id of a principal, as recorded in `AuditEvent.agent.who.identifier.value` (and searched by `agent`). */
export function principalId(principal: Principal): string {
  switch (principal.kind) {
    case 'api-key':
      return principal.apiKeyId;
    case 'ehr-client':
      return principal.clientId;
    case 'mllp-sender':
      return principal.senderId;
    case 'system':
      return `system:${principal.component}`;
  }
}
