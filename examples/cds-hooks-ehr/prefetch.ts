/**
 * The EHR side of prefetch: satisfy a service's templates (from discovery)
 * out of the EHR's own record, here a Synthea patient Bundle.
 */
type Resource = Record<string, unknown> & { resourceType: string; id?: string };

function resourcesOf(bundle: { entry?: Array<{ resource?: Resource }> }): Resource[] {
  return (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
}

function matches(resource: Resource, params: URLSearchParams): boolean {
  const category = params.get('category');
  if (category && !JSON.stringify(resource.category ?? '').includes(`"code":"${category}"`)) return false;
  const status = params.get('status');
  return !status || status.split(',').includes(String(resource.status));
}

/** Resolves `{{context.x}}` tokens and answers each template from the record. */
export function prefetchFor(
  templates: Record<string, string>,
  context: Record<string, string>,
  bundle: { entry?: Array<{ resource?: Resource }> },
) {
  const resources = resourcesOf(bundle);
  const prefetch: Record<string, unknown> = {};
  for (const [key, template] of Object.entries(templates)) {
    const query = template.replace(/\{\{context\.(\w+)\}\}/g, (_, field: string) =>
      encodeURIComponent(context[field] ?? ''),
    );
    const [path, search = ''] = query.split('?');
    if (!search && path!.includes('/')) {
      const [type, id] = path!.split('/');
      prefetch[key] = resources.find((r) => r.resourceType === type && r.id === id) ?? null;
    } else {
      const params = new URLSearchParams(search);
      const found = resources.filter((r) => r.resourceType === path && matches(r, params));
      prefetch[key] = {
        resourceType: 'Bundle',
        type: 'searchset',
        total: found.length,
        entry: found.map((resource) => ({ resource })),
      };
    }
  }
  return prefetch;
}
