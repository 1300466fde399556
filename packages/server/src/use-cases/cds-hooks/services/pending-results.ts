/**
 * Results still pending, read from prefetched searchset Bundles of
 * ServiceRequest (active) and DiagnosticReport (not final). Pure.
 *
 * @module
 */
import type { PendingResult } from '../cards/discharge-card.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const PENDING_STATUS: Record<string, ReadonlySet<string>> = {
  ServiceRequest: new Set(['active', 'on-hold']),
  DiagnosticReport: new Set(['registered', 'partial', 'preliminary']),
};

function label(resource: Json): string {
  const code = isObject(resource.code) ? resource.code : undefined;
  const coding = Array.isArray(code?.coding)
    ? code.coding.find((c) => isObject(c) && typeof c.display === 'string')
    : undefined;
  const name =
    typeof code?.text === 'string' ? code.text : isObject(coding) ? String(coding.display) : resource.resourceType;
  return `${String(name)} (${String(resource.status)})`;
}

/**
 * The pending results among the values of `bundles` (Bundles or null).
 *
 * @example
 * ```ts
 * pendingResults([prefetch.pendingOrders, prefetch.pendingReports]);
 * ```
 */
export function pendingResults(bundles: readonly unknown[]): PendingResult[] {
  return bundles.flatMap((bundle) => {
    if (!isObject(bundle) || !Array.isArray(bundle.entry)) return [];
    return bundle.entry.flatMap((entry): PendingResult[] => {
      const r = isObject(entry) && isObject(entry.resource) ? entry.resource : undefined;
      if (!r || typeof r.resourceType !== 'string' || typeof r.status !== 'string') return [];
      if (!PENDING_STATUS[r.resourceType]?.has(r.status)) return [];
      return [{ reference: `${r.resourceType}/${typeof r.id === 'string' ? r.id : '?'}`, description: label(r) }];
    });
  });
}
