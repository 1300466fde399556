/**
 * Leaves out of a transaction the resources whose current stored version
 * already says the same (meta aside): a Practitioner or Location named by
 * every message of a ward is written once, not once per message, so messages
 * do not queue behind each other's locks, and a resent message adds no
 * version for what it did not change. Postgres compares the JSONB (key order
 * does not matter), so the stored versions do not travel to Node.
 *
 * @module
 */
import type { Hl7MappingResult } from '@meridian/fhir-adapter';
import type { Queryable } from '../../../platform/store/db.js';

type BundleEntry = Hl7MappingResult['bundle']['entry'][number];

/**
 * The entries whose resource differs from (or is missing in) the store.
 *
 * @example
 * ```ts
 * const entries = await changedEntries(tx, 'demo', bundle.entry);
 * ```
 */
export async function changedEntries(
  tx: Queryable,
  tenantId: string,
  entries: readonly BundleEntry[],
): Promise<BundleEntry[]> {
  if (entries.length === 0) return [];
  const { rows } = await tx.query<{ n: string | number }>(
    // Not a named prepared statement: a generic plan cached while the table is small keeps a sequential scan.
    `SELECT k.n FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS k(resource_type, id, resource, n)
     CROSS JOIN LATERAL (SELECT f.resource FROM fhir_resource f
       WHERE f.tenant_id = $1 AND f.resource_type = k.resource_type AND f.id = k.id AND f.is_current) cur
     WHERE (cur.resource - 'meta') = (k.resource::jsonb - 'meta')`,
    [
      tenantId,
      entries.map((e) => e.resource?.resourceType ?? ''),
      entries.map((e) => e.resource?.id ?? ''),
      entries.map((e) => JSON.stringify(e.resource)),
    ],
  );
  const unchanged = new Set(rows.map((r) => Number(r.n) - 1));
  return entries.filter((_, i) => !unchanged.has(i));
}
