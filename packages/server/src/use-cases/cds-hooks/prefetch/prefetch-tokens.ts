/**
 * Prefetch tokens: `{{context.patientId}}`, the user tokens
 * (`{{userPractitionerId}}`, `{{userPractitionerRoleId}}`, `{{userPatientId}}`,
 * `{{userRelatedPersonId}}`) and, for templates written for CDS Hooks 1.0
 * EHRs, `{{context.draftOrders.MedicationRequest.id}}` (the ids of that
 * type's resources in a context Bundle or array, comma-separated). Pure.
 *
 * @module
 */

/**
 * The user tokens of CDS Hooks 2.0, by the resource type of `context.userId`.
 *
 * @example
 * ```ts
 * USER_TOKENS.userPractitionerRoleId; // 'PractitionerRole'
 * ```
 */
export const USER_TOKENS = {
  userPractitionerId: 'Practitioner',
  userPractitionerRoleId: 'PractitionerRole',
  userPatientId: 'Patient',
  userRelatedPersonId: 'RelatedPerson',
} as const;

const TOKEN = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/** A template with its tokens replaced, or why it could not be. */
export type ResolvedTemplate =
  | { ok: true; query: string }
  | { ok: false; token: string; reason: 'not-in-context' | 'not-a-primitive' | 'unknown-token' };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function resourcesIn(value: unknown): Json[] {
  if (Array.isArray(value)) return value.filter(isObject);
  if (isObject(value) && value.resourceType === 'Bundle' && Array.isArray(value.entry)) {
    return value.entry.flatMap((e) => (isObject(e) && isObject(e.resource) ? [e.resource] : []));
  }
  return [];
}

function resolveToken(
  token: string,
  context: Json,
): { values: string[] } | { reason: 'not-in-context' | 'not-a-primitive' | 'unknown-token' } {
  if (token in USER_TOKENS) {
    const type = USER_TOKENS[token as keyof typeof USER_TOKENS];
    const userId = context.userId;
    const match = typeof userId === 'string' ? /^([A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})$/.exec(userId) : null;
    return match && match[1] === type ? { values: [match[2]!] } : { reason: 'not-in-context' };
  }
  const path = token.split('.');
  if (path[0] !== 'context' || path.length < 2) return { reason: 'unknown-token' };
  const field = context[path[1]!];
  if (field === undefined || field === null) return { reason: 'not-in-context' };
  if (path.length === 2) {
    return typeof field === 'string' || typeof field === 'number' || typeof field === 'boolean'
      ? { values: [String(field)] }
      : { reason: 'not-a-primitive' };
  }
  // context.{field}.{ResourceType}.id: CDS Hooks 1.0 style, over a Bundle or array in the context.
  if (path.length === 4 && path[3] === 'id') {
    const ids = resourcesIn(field).flatMap((r) =>
      r.resourceType === path[2] && typeof r.id === 'string' ? [r.id] : [],
    );
    return ids.length ? { values: ids } : { reason: 'not-in-context' };
  }
  return { reason: 'not-a-primitive' };
}

/**
 * Replaces the tokens of a prefetch template with values from the hook's
 * context (URL-encoded), or says which token could not be resolved.
 *
 * @example
 * ```ts
 * resolvePrefetchTemplate('Observation?patient={{context.patientId}}&code=4548-4', { patientId: '123' });
 * // { ok: true, query: 'Observation?patient=123&code=4548-4' }
 * resolvePrefetchTemplate('PractitionerRole?_id={{userPractitionerRoleId}}', { userId: 'Practitioner/1' });
 * // { ok: false, token: 'userPractitionerRoleId', reason: 'not-in-context' }
 * ```
 */
export function resolvePrefetchTemplate(template: string, context: Json): ResolvedTemplate {
  let failure: ResolvedTemplate | undefined;
  const query = template.replace(TOKEN, (_whole, token: string) => {
    const resolved = resolveToken(token, context);
    if ('reason' in resolved) {
      failure ??= { ok: false, token, reason: resolved.reason };
      return '';
    }
    // A comma is FHIR's OR: only the several ids of a 1.0 style token are joined by one.
    return resolved.values.map(encodeURIComponent).join(',');
  });
  return failure ?? { ok: true, query };
}

/**
 * The tokens a template uses, for checking a service's templates at start.
 *
 * @example
 * ```ts
 * prefetchTokens('Patient/{{context.patientId}}'); // ['context.patientId']
 * ```
 */
export function prefetchTokens(template: string): string[] {
  return [...template.matchAll(TOKEN)].map((m) => m[1]!);
}
