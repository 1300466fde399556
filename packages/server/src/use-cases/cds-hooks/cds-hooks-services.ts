/**
 * What the CDS Hooks module needs at run time, built once per process and
 * carried in `Services.cdsHooks`.
 *
 * @module
 */
import type { EhrClient } from '@meridian/sdk';
import { LRUCache } from 'lru-cache';
import type { Db } from '../../platform/store/db.js';
import { findEhrClientByIssuer } from '../../platform/tenancy/ehr-clients.js';
import { createKeySets, type KeySetOptions, type KeySets } from './auth/key-sets.js';
import { HookEvents } from './hook-events.js';
import { ANALYSIS_FRESHNESS_MS, NO_PRECOMPUTED_ANALYSES, type PrecomputedAnalyses } from './precomputed-analyses.js';
import { CDS_SERVICES } from './registry.js';
import type { CdsServiceDefinition } from './service-definition.js';

/** The default time budget of a hook (the specification's "on the order of 500 ms"). */
export const DEFAULT_CDS_BUDGET_MS = 500;

/** Options of the CDS Hooks module. */
export interface CdsHooksOptions {
  /** Budget of a hook when its tenant sets none (default 500 ms). */
  defaultBudgetMs?: number;
  /** Embedded demo only: accept unsigned calls for this tenant (the AuditEvent marks them unverified). */
  unsignedDemoTenant?: string;
  keySets?: KeySetOptions;
  analyses?: PrecomputedAnalyses;
  services?: readonly CdsServiceDefinition[];
  /** How long a registered EHR client is cached after a lookup (default 10 s, so a revocation takes effect within it). */
  clientCacheMs?: number;
}

/** The CDS Hooks module's services. */
export interface CdsHooks {
  services: readonly CdsServiceDefinition[];
  keySets: KeySets;
  events: HookEvents;
  analyses: PrecomputedAnalyses;
  defaultBudgetMs: number;
  unsignedDemoTenant: string | undefined;
  findClient(issuer: string): Promise<EhrClient | undefined>;
  /** Drops a cached client (after an operator changed or revoked it in this process; other processes see it within `clientCacheMs`). */
  forgetClient(issuer: string): void;
  /** The tenant's budget (cached 30 s); the default when it sets none. */
  budgetMs(tenantId: string): Promise<number>;
  /** How old a precomputed analysis may be for the tenant (cached with the budget); the lookup's default when it sets none. */
  analysisFreshnessMs(tenantId: string): Promise<number>;
  /** Drops the cached settings (budget, freshness) of a tenant (after they changed). */
  forgetBudget(tenantId: string): void;
}

/**
 * Builds the CDS Hooks services over a database.
 *
 * @example
 * ```ts
 * const cdsHooks = createCdsHooks(db, { defaultBudgetMs: 500 });
 * ```
 */
export function createCdsHooks(
  db: Db,
  options: CdsHooksOptions = {},
  onListenerError?: (error: unknown) => void,
): CdsHooks {
  const clients = new LRUCache<string, { client: EhrClient | undefined }>({
    max: 1_000,
    ttl: options.clientCacheMs ?? 10_000,
  });
  const settings = new LRUCache<string, { ms: number; freshnessMs: number | null }>({ max: 10_000, ttl: 30_000 });
  const defaultBudgetMs = options.defaultBudgetMs ?? DEFAULT_CDS_BUDGET_MS;
  const analyses = options.analyses ?? NO_PRECOMPUTED_ANALYSES;
  const tenantSettings = async (tenantId: string) => {
    const hit = settings.get(tenantId);
    if (hit) return hit;
    const { rows } = await db.query<{ budget_ms: number; analysis_freshness_ms: number | null }>(
      'SELECT budget_ms, analysis_freshness_ms FROM cds_tenant_settings WHERE tenant_id = $1',
      [tenantId],
      { name: 'meridian-cds-settings' },
    );
    const loaded = { ms: rows[0]?.budget_ms ?? defaultBudgetMs, freshnessMs: rows[0]?.analysis_freshness_ms ?? null };
    settings.set(tenantId, loaded);
    return loaded;
  };
  return {
    services: options.services ?? CDS_SERVICES,
    keySets: createKeySets(options.keySets),
    events: new HookEvents(onListenerError),
    analyses,
    defaultBudgetMs,
    unsignedDemoTenant: options.unsignedDemoTenant,
    async findClient(issuer) {
      const hit = clients.get(issuer);
      if (hit) return hit.client;
      const client = await findEhrClientByIssuer(db, issuer);
      if (client) clients.set(issuer, { client });
      return client;
    },
    forgetClient: (issuer) => void clients.delete(issuer),
    budgetMs: async (tenantId) => (await tenantSettings(tenantId)).ms,
    analysisFreshnessMs: async (tenantId) =>
      (await tenantSettings(tenantId)).freshnessMs ?? analyses.freshnessMs ?? ANALYSIS_FRESHNESS_MS,
    forgetBudget: (tenantId) => void settings.delete(tenantId),
  };
}
