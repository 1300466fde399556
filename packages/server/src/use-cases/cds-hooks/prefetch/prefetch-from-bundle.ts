/**
 * Satisfies a service's prefetch templates from a patient Bundle, as an
 * EHR would from its own record (reads give the resource; searches give a
 * searchset Bundle filtered by the template's `category` and `status`):
 * the tests' CDS Client, and the preview of a service for a stored patient.
 *
 * @module
 */
import { planPrefetch } from './prefetch-plan.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function matches(resource: Json, params: URLSearchParams): boolean {
  const category = params.get('category');
  if (category) {
    const categories = Array.isArray(resource.category) ? resource.category : [resource.category];
    const codes = categories.flatMap((c) =>
      isObject(c) && Array.isArray(c.coding) ? c.coding.map((x) => (isObject(x) ? x.code : undefined)) : [],
    );
    if (!codes.includes(category)) return false;
  }
  const status = params.get('status');
  if (status && !status.split(',').includes(String(resource.status))) return false;
  return true;
}

/**
 * The prefetch object a CDS Client would send for `templates` and `context`.
 *
 * @example
 * ```ts
 * const prefetch = prefetchFromBundle(readFixture(PATIENT_BUNDLES[0]), patientRiskService.prefetch, { patientId: 'p1', userId: 'Practitioner/1' });
 * ```
 */
export function prefetchFromBundle(
  bundle: unknown,
  templates: Readonly<Record<string, string>>,
  context: Json,
): Record<string, unknown> {
  const resources =
    isObject(bundle) && Array.isArray(bundle.entry)
      ? bundle.entry.flatMap((e) => (isObject(e) && isObject(e.resource) ? [e.resource] : []))
      : [];
  const prefetch: Record<string, unknown> = {};
  for (const plan of planPrefetch(templates, context)) {
    if (!plan.query) continue;
    const [path, search = ''] = plan.query.split('?');
    if (plan.expect.kind === 'read') {
      const [type, id] = path!.split('/');
      prefetch[plan.key] = resources.find((r) => r.resourceType === type && r.id === id) ?? null;
      continue;
    }
    const params = new URLSearchParams(search);
    const found = resources.filter((r) => r.resourceType === plan.expect.resourceType && matches(r, params));
    prefetch[plan.key] = {
      resourceType: 'Bundle',
      type: 'searchset',
      total: found.length,
      entry: found.map((resource) => ({ resource })),
    };
  }
  return prefetch;
}
