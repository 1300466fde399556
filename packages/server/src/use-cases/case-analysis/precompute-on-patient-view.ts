/**
 * Precomputes a case analysis after each patient-view, so the next view of
 * the same record shows its summary (a model cannot answer inside a hook).
 *
 * The EHR's patient is often not stored in Meridian, so the job carries what
 * the hook answered from: the hook event's in-memory input (the prefetch,
 * sent or fetched) flattened into a collection Bundle, sealed with the field
 * encryption in the job's payload like every job's data. Nothing else stores
 * it. The job is deduplicated by the patient and a hash of its inputs
 * (`caseAnalysisDedupeKey`): a job queued or running for the same inputs,
 * or an analysis of them completed within the freshness window, means no
 * new job; a record this process queued or found analysed in the last
 * {@link RECENT_MS} is skipped without asking the database. The hook has answered before this runs (the event is emitted
 * after the response) and the hook writes nothing the analysis needs, so
 * the job and its AuditEvent commit in a transaction of their own.
 *
 * @module
 */
import type { Bundle } from '@meridian/sdk';
import { LRUCache } from 'lru-cache';
import type { HookEvent } from '../cds-hooks/hook-events.js';
import { JOB_IDENTIFIER_SYSTEM } from '../../platform/jobs/job-kinds.js';
import type { Services } from '../services.js';
import { actorFor } from '../../platform/tenancy/actor.js';
import { systemPrincipal } from '../../platform/tenancy/principal.js';
import { caseAnalysisDedupeKey } from './dedupe-key.js';

/** How long this process skips a record it has just queued or found analysed (the database is asked again after). */
export const RECENT_MS = 30_000;

/** The system component that enqueues these analyses, in the audit trail. */
export const PRECOMPUTE_COMPONENT = 'cds-hooks:precompute';

const isResource = (v: unknown): v is { resourceType: string } =>
  typeof v === 'object' && v !== null && typeof (v as { resourceType?: unknown }).resourceType === 'string';

/**
 * The prefetch as one collection Bundle (searchset entries and arrays flattened).
 *
 * @example
 * ```ts
 * prefetchBundle({ patient: { resourceType: 'Patient', id: 'p1' }, vitals: null }).entry?.length; // 1
 * ```
 */
export function prefetchBundle(prefetch: Record<string, unknown>): Bundle {
  const resources: unknown[] = [];
  for (const value of Object.values(prefetch)) {
    if (Array.isArray(value)) resources.push(...value.filter(isResource));
    else if (isResource(value) && value.resourceType === 'Bundle') {
      for (const entry of (value as { entry?: Array<{ resource?: unknown }> }).entry ?? [])
        if (isResource(entry.resource)) resources.push(entry.resource);
    } else if (isResource(value)) resources.push(value);
  }
  return { resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) } as Bundle;
}

/**
 * Enqueues the analysis of one hook event, unless one is queued, running or fresh.
 * Answers the job id and whether it is new.
 *
 * @example
 * ```ts
 * await enqueueAfterPatientView(services, event); // { jobId, created: true }
 * ```
 */
export async function enqueueAfterPatientView(
  services: Services,
  event: HookEvent,
  recent?: LRUCache<string, true>,
): Promise<{ jobId?: string; created: boolean }> {
  if (event.hook !== 'patient-view' || !event.input) return { created: false };
  const inputKey = caseAnalysisDedupeKey(event.input.context);
  const memo = `${event.tenantId}\u0000${inputKey}`;
  // Seen here moments ago (queued, running or fresh): no database work at all for a record viewed again.
  if (recent?.has(memo)) return { created: false };
  await services.jobs.ready();
  const actor = actorFor(systemPrincipal(event.tenantId, PRECOMPUTE_COMPONENT), `hook:${event.hookInstance}`, {
    onBehalfOf: event.user,
  });
  const bundle = prefetchBundle(event.input.prefetch);
  // Without the Patient resource the analysis cannot run (the hook answered from its references alone): queue nothing.
  if (!bundle.entry?.some((e) => e.resource?.resourceType === 'Patient')) return { created: false };
  const payload = { request: { bundle }, requestedBy: `${PRECOMPUTE_COMPONENT}:${event.serviceId}` };
  const freshAfter = new Date(Date.now() - (await services.cdsHooks.analysisFreshnessMs(event.tenantId)));
  const queued = await services.db.transaction(async (tx) => {
    const job = await services.jobs.enqueueCaseAnalysisOnce(tx, event.tenantId, payload, inputKey, { freshAfter });
    if (!job.deduplicated) {
      await services.audit.append(tx, actor, {
        action: 'E',
        interaction: 'operation',
        operation: 'case-analyze-request',
        patients: [event.patient],
        objects: [{ system: JOB_IDENTIFIER_SYSTEM, value: job.id, display: 'case-analysis job (after patient-view)' }],
      });
    }
    return job;
  });
  recent?.set(memo, true);
  if (!queued.deduplicated) services.jobs.wake();
  return { jobId: queued.id, created: !queued.deduplicated };
}

/**
 * Subscribes the precomputation to `services.cdsHooks.events`; returns the unsubscribe function.
 *
 * @example
 * ```ts
 * if (config.MERIDIAN_PRECOMPUTE_ANALYSES === 'true') precomputeOnPatientView(services);
 * ```
 */
export function precomputeOnPatientView(
  services: Services,
  onEnqueued?: (result: { jobId?: string; created: boolean }) => void,
): () => void {
  const recent = new LRUCache<string, true>({ max: 10_000, ttl: RECENT_MS });
  return services.cdsHooks.events.subscribe(async (event) => {
    const result = await enqueueAfterPatientView(services, event, recent);
    onEnqueued?.(result);
  });
}
