import { Router, type Request, type Response } from 'express';
import { alertQuerySchema, alertStreamQuerySchema, type Alert } from '@meridian/sdk';
import { OutcomeError } from '../../../platform/errors/outcome-error.js';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import { latestAlertSeq, listAlerts } from '../../../use-cases/alerts/alert-store.js';
import { patientReference } from '../../../platform/fhir-store/resource-fields.js';
import type { Services } from '../../../use-cases/services.js';
import type { Actor } from '../../../platform/tenancy/actor.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

/** How often an open stream also looks for alerts raised by other replicas. */
const POLL_MS = 1_000;
const HEARTBEAT_MS = 15_000;

const alertRecord = (alerts: readonly Alert[]) => ({
  action: 'R' as const,
  interaction: 'search-type' as const,
  operation: 'alerts',
  patients: [...new Set(alerts.map((a) => a.patient))],
  resources: alerts.map((a) => a.detectedIssue),
});

function startAfter(req: Request): number | undefined {
  const header = req.get('last-event-id');
  if (header === undefined) return parseOrThrow(alertStreamQuerySchema, req.query, 'query').after;
  if (!/^\d{1,18}$/.test(header))
    throw new OutcomeError('validation-failed', 'Last-Event-ID is not an alert sequence number', ['Last-Event-ID']);
  return Number(header);
}

/** Streams alerts as Server-Sent Events until the client goes. */
async function stream(
  services: Services,
  actor: Actor,
  req: Request,
  res: Response,
  after: number | undefined,
): Promise<void> {
  let last = after ?? (await latestAlertSeq(services.db, actor.tenantId));
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write(`retry: ${POLL_MS}\n: stream open\n\n`);
  let closed = false;
  let wake: () => void = () => undefined;
  const unsubscribe = services.alerts.subscribe(actor.tenantId, () => wake());
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  req.on('close', () => {
    closed = true;
    wake();
  });
  try {
    while (!closed) {
      const alerts = await services.audit
        .record(
          actor,
          (tx) => listAlerts(tx, actor.tenantId, { count: 100, after: last }),
          (a) => alertRecord(a ?? []),
        )
        .catch(() => [] as Alert[]);
      for (const alert of alerts) res.write(`id: ${alert.seq}\nevent: alert\ndata: ${JSON.stringify(alert)}\n\n`);
      last = alerts.at(-1)?.seq ?? last;
      if (alerts.length === 100) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, POLL_MS);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  } finally {
    clearInterval(heartbeat);
    unsubscribe();
    res.end();
  }
}

/**
 * Alerts raised when risk crosses a threshold: `GET /alerts` (newest first)
 * and `GET /alerts/stream` (Server-Sent Events, resumable with `after` or
 * `Last-Event-ID`). Admin, clinician and integration keys; every delivery is
 * audited.
 */
export function alertRoutes(services: Services): Router {
  const router = Router();
  const readers = apiKeyRoute(services, ['admin', 'clinician', 'integration']);

  router.get('/alerts', ...readers, async (req, res) => {
    const query = parseOrThrow(alertQuerySchema, req.query, 'query');
    const actor = actorOf(res);
    const alerts = await services.audit.record(
      actor,
      (tx) =>
        listAlerts(tx, actor.tenantId, {
          count: query._count ?? 50,
          patient: query.patient === undefined ? undefined : patientReference(query.patient),
          before: query.before,
        }),
      (a) => alertRecord(a ?? []),
    );
    res.json({ alerts });
  });

  router.get('/alerts/stream', ...readers, async (req, res) => {
    await stream(services, actorOf(res), req, res, startAfter(req));
  });

  return router;
}
