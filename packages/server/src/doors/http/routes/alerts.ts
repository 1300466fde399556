import { Router, type Request, type Response } from 'express';
import { alertQuerySchema, alertStreamQuerySchema } from '@meridian/sdk';
import { OutcomeError } from '../../../platform/errors/outcome-error.js';
import { parseOrThrow } from '../../../platform/errors/zod-outcome.js';
import { ALERT_FEED_BATCH, openAlertFeed, readAlerts, type AlertFeed } from '../../../use-cases/alerts/read-alerts.js';
import type { Services } from '../../../use-cases/services.js';
import { actorOf, apiKeyRoute } from '../middleware/api-key-auth.js';

/** How often an open stream also looks for alerts raised by other replicas. */
const POLL_MS = 1_000;
const HEARTBEAT_MS = 15_000;

function startAfter(req: Request): number | undefined {
  const header = req.get('last-event-id');
  if (header === undefined) return parseOrThrow(alertStreamQuerySchema, req.query, 'query').after;
  if (!/^\d{1,18}$/.test(header))
    throw new OutcomeError('validation-failed', 'Last-Event-ID is not an alert sequence number', ['Last-Event-ID']);
  return Number(header);
}

/** Streams alerts as Server-Sent Events until the client goes. */
async function stream(feed: AlertFeed, req: Request, res: Response): Promise<void> {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write(`retry: ${POLL_MS}\n: stream open\n\n`);
  let closed = false;
  let wake: () => void = () => undefined;
  const unsubscribe = feed.subscribe(() => wake());
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  req.on('close', () => {
    closed = true;
    wake();
  });
  try {
    while (!closed) {
      const alerts = await feed.next();
      for (const alert of alerts) res.write(`id: ${alert.seq}\nevent: alert\ndata: ${JSON.stringify(alert)}\n\n`);
      if (alerts.length === ALERT_FEED_BATCH) continue;
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
    res.json({ alerts: await readAlerts(services, actorOf(res), query) });
  });

  router.get('/alerts/stream', ...readers, async (req, res) => {
    await stream(await openAlertFeed(services, actorOf(res), startAfter(req)), req, res);
  });

  return router;
}
