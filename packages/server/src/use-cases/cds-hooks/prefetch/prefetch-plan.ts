/**
 * What a service's prefetch templates mean for one request: each key's
 * resolved query and the shape its value must have (a read gives one
 * resource of the template's type; a search gives a Bundle of that type).
 *
 * @module
 */
import { resolvePrefetchTemplate } from './prefetch-tokens.js';

/** One prefetch key, planned for one request. */
export interface PrefetchPlanEntry {
  key: string;
  template: string;
  /** The template with its tokens replaced; undefined when a token could not be resolved. */
  query: string | undefined;
  /** Why the template could not be resolved (e.g. `userPractitionerRoleId not-in-context`). */
  unresolved?: string;
  expect: { kind: 'read' | 'search'; resourceType: string };
}

/**
 * Plans a service's templates against a hook context.
 *
 * @example
 * ```ts
 * planPrefetch({ patient: 'Patient/{{context.patientId}}' }, { patientId: '1' });
 * // [{ key: 'patient', query: 'Patient/1', expect: { kind: 'read', resourceType: 'Patient' }, ... }]
 * ```
 */
export function planPrefetch(
  templates: Readonly<Record<string, string>>,
  context: Record<string, unknown>,
): PrefetchPlanEntry[] {
  return Object.entries(templates).map(([key, template]) => {
    const resourceType = /^([A-Z][A-Za-z]+)/.exec(template)?.[1] ?? 'Resource';
    const kind = /^[A-Z][A-Za-z]+\/[^?]/.test(template) ? 'read' : 'search';
    const resolved = resolvePrefetchTemplate(template, context);
    return {
      key,
      template,
      query: resolved.ok ? resolved.query : undefined,
      ...(resolved.ok ? {} : { unresolved: `${resolved.token} ${resolved.reason}` }),
      expect: { kind, resourceType },
    };
  });
}
