import { actorFor, type Actor, type Role } from '../platform/tenancy/actor.js';

/**
 * A test actor whose principal is an API key.
 *
 * @example
 * ```ts
 * const actor = apiKeyActor('clinic-a', 'key-1', 'clinician');
 * ```
 */
export function apiKeyActor(
  tenantId: string,
  apiKeyId: string,
  role: Role,
  extra: { name?: string; requestId?: string; clientAddress?: string } = {},
): Actor {
  return actorFor(
    { kind: 'api-key', tenantId, apiKeyId, name: extra.name ?? `${role} key`, role },
    extra.requestId ?? 'req-test',
    {
      clientAddress: extra.clientAddress,
    },
  );
}
