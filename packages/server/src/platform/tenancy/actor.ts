import type { Principal } from './principal.js';

export { ROLES, type Role } from './roles.js';

/**
 * Who is acting in one request, message or job: the authenticated
 * {@link Principal}, the tenant whose data it may touch, the request's id, and
 * where it came from.
 *
 * @example
 * ```ts
 * const actor: Actor = { principal, tenantId: principal.tenantId, requestId: 'req-1', clientAddress: '10.0.0.7' };
 * ```
 */
export interface Actor {
  principal: Principal;
  tenantId: string;
  requestId: string;
  /** The caller's network address (an EHR, integration engine or portal host, not a patient). */
  clientAddress?: string | undefined;
  /** The end user the principal acts for, as a FHIR reference (`Practitioner/123`), when known. */
  onBehalfOf?: string | undefined;
}

/**
 * An {@link Actor} for a principal.
 *
 * @example
 * ```ts
 * const actor = actorFor(systemPrincipal('demo', 'demo-seed'), 'demo-seed');
 * ```
 */
export function actorFor(
  principal: Principal,
  requestId: string,
  extra: Pick<Actor, 'clientAddress' | 'onBehalfOf'> = {},
): Actor {
  return { principal, tenantId: principal.tenantId, requestId, ...extra };
}
