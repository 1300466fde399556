/**
 * Leaves out of a transaction the resources whose current stored version
 * already says the same (meta aside): a Practitioner or Location named by
 * every message of a ward is written once, not once per message, so messages
 * do not queue behind each other's row locks, and a resent message adds no
 * version for what it did not change.
 *
 * @module
 */
import type { Hl7MappingResult } from '@meridian/fhir-adapter';
import { canonicalHash } from '../../hashing/canonical-hash.js';
import type { Queryable } from '../../store/db.js';

type BundleEntry = Hl7MappingResult['bundle']['entry'][number];

const contentHash = (resource: Record<string, unknown>) => {
  const { meta: _meta, ...content } = resource;
  return canonicalHash(content);
};

/**
 * The entries whose resource differs from (or is missing in) the store.
 *
 * @example
 * ```ts
 * const entries = await changedEntries(tx, 'demo', bundle.entry);
 * ```
 */
export async function changedEntries(tx: Queryable, tenantId: string, entries: readonly BundleEntry[]): Promise<BundleEntry[]> {
  if (entries.length === 0) return [];
  const types = entries.map((e) => e.resource?.resourceType ?? '');
  const ids = entries.map((e) => e.resource?.id ?? '');
  const { rows } = await tx.query<{ resource_type: string; id: string; resource: Record<string, unknown> }>(
    `SELECT r.resource_type, r.id, r.resource FROM unnest($2::text[], $3::text[]) AS k(resource_type, id)
     CROSS JOIN LATERAL (SELECT resource_type, id, resource FROM fhir_resource
       WHERE tenant_id = $1 AND resource_type = k.resource_type AND id = k.id AND is_current) r`,
    // Not a named prepared statement: a generic plan cached while the table is small keeps a sequential scan.
    [tenantId, types, ids],
  );
  const stored = new Map(rows.map((r) => [`${r.resource_type}/${r.id}`, contentHash(r.resource)]));
  return entries.filter((e) => {
    const key = `${e.resource?.resourceType}/${e.resource?.id}`;
    const current = stored.get(key);
    return current === undefined || current !== contentHash(e.resource as unknown as Record<string, unknown>);
  });
}
