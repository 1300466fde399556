/**
 * Reading alerts, without HTTP: a page of them, or a feed that delivers each
 * new one once, every delivery audited with its patients and DetectedIssues.
 *
 * @module
 */
import type { Alert } from '@meridian/sdk';
import type { AuditRecord } from '../../platform/audit/build-audit-event.js';
import { patientReference } from '../../platform/fhir-store/resource-fields.js';
import type { Actor } from '../../platform/tenancy/actor.js';
import type { Services } from '../services.js';
import { latestAlertSeq, listAlerts } from './alert-store.js';

/** The most alerts one feed delivery reads. */
export const ALERT_FEED_BATCH = 100;

const alertRecord = (alerts: readonly Alert[]): AuditRecord => ({
  action: 'R',
  interaction: 'search-type',
  operation: 'alerts',
  patients: [...new Set(alerts.map((a) => a.patient))],
  resources: alerts.map((a) => a.detectedIssue),
});

/**
 * A page of the tenant's alerts, newest first (default 50), audited.
 *
 * @example
 * ```ts
 * const alerts = await readAlerts(services, actor, { patient: 'Patient/1', _count: 20 });
 * ```
 */
export async function readAlerts(
  services: Services,
  actor: Actor,
  query: { patient?: string | undefined; _count?: number | undefined; before?: number | undefined },
): Promise<Alert[]> {
  return services.audit.record(
    actor,
    (tx) =>
      listAlerts(tx, actor.tenantId, {
        count: query._count ?? 50,
        patient: query.patient === undefined ? undefined : patientReference(query.patient),
        before: query.before,
      }),
    (a) => alertRecord(a ?? []),
  );
}

/** A tenant's alerts as they are raised, for one reader. */
export interface AlertFeed {
  /** The alerts after the last one delivered, oldest first (at most {@link ALERT_FEED_BATCH}), audited; none when the read failed. */
  next(): Promise<Alert[]>;
  /** Calls `onAlert` when this process raises an alert for the tenant (others' are found by `next`); returns the unsubscribe. */
  subscribe(onAlert: () => void): () => void;
}

/**
 * Opens a feed from just after `after` (a sequence number), or from now.
 *
 * @example
 * ```ts
 * const feed = await openAlertFeed(services, actor, lastEventId);
 * for (const alert of await feed.next()) send(alert);
 * ```
 */
export async function openAlertFeed(services: Services, actor: Actor, after?: number): Promise<AlertFeed> {
  let last = after ?? (await latestAlertSeq(services.db, actor.tenantId));
  return {
    async next() {
      const alerts = await services.audit
        .record(
          actor,
          (tx) => listAlerts(tx, actor.tenantId, { count: ALERT_FEED_BATCH, after: last }),
          (a) => alertRecord(a ?? []),
        )
        .catch(() => [] as Alert[]);
      last = alerts.at(-1)?.seq ?? last;
      return alerts;
    },
    subscribe: (onAlert) => services.alerts.subscribe(actor.tenantId, onAlert),
  };
}
