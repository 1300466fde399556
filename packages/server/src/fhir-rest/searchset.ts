import type { Bundle } from '@meridian/sdk';

/**
 * A FHIR `searchset` Bundle of `resources`, with `self` and (when there is a
 * next page) `next` links built from the request URL and the next cursor.
 *
 * @example
 * ```ts
 * searchsetBundle(new URL('http://h/fhir/AuditEvent?_count=10'), events, '42');
 * ```
 */
export function searchsetBundle<T extends { resourceType: string; id?: string }>(
  selfUrl: URL,
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
      fullUrl: new URL(`/fhir/${resource.resourceType}/${resource.id ?? ''}`, selfUrl).toString(),
      resource,
      search: { mode: 'match' },
    })),
  };
}
