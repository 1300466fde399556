import type { Bundle } from '@meridian/sdk';

/**
 * A FHIR `searchset` Bundle of `resources`, with `self` and (when there is a
 * next page) `next` links built from the request's public URL and the next
 * cursor, and each entry's `fullUrl` under the public base.
 *
 * @example
 * ```ts
 * searchsetBundle(new URL('https://h/fhir/AuditEvent?_count=10'), 'https://h', events, '42');
 * ```
 */
export function searchsetBundle<T extends { resourceType: string; id?: string }>(
  selfUrl: URL,
  publicBase: string,
  resources: T[],
  nextCursor: string | undefined,
): Bundle<T> {
  const link = [{ relation: 'self', url: selfUrl.toString() }];
  if (nextCursor !== undefined) {
    const next = new URL(selfUrl);
    next.searchParams.set('_cursor', nextCursor);
    link.push({ relation: 'next', url: next.toString() });
  }
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    timestamp: new Date().toISOString(),
    link,
    entry: resources.map((resource) => ({
      fullUrl: `${publicBase}/fhir/${resource.resourceType}/${resource.id ?? ''}`,
      resource,
      search: { mode: 'match' },
    })),
  };
}
