import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Request, RequestHandler } from 'express';
import type { Metrics } from '../../../platform/telemetry/metrics.js';
import type { Logger } from '../../../platform/telemetry/logger.js';
import { tracer } from '../../../platform/telemetry/tracer.js';

/** The route pattern that served a request (`/fhir/:type/:id`), never the raw URL. */
export function routePattern(req: Request): string {
  const path = req.route?.path;
  return typeof path === 'string' ? `${req.baseUrl}${path}` : 'unmatched';
}

/**
 * Wraps every request in a server span, counts and times it in Prometheus, and
 * logs one line when it ends. Only route patterns, methods, statuses, the
 * request id and the tenant id are recorded: no URL, query or body (PHI).
 */
export function observe(metrics: Metrics, logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const span = tracer.startSpan(`HTTP ${req.method}`, {
      kind: SpanKind.SERVER,
      attributes: { 'http.request.method': req.method },
    });
    res.on('finish', () => {
      const route = routePattern(req);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const tenant = (res.locals.actor as { tenantId?: string } | undefined)?.tenantId;
      span.updateName(`HTTP ${req.method} ${route}`);
      span.setAttributes({
        'http.route': route,
        'http.response.status_code': res.statusCode,
        ...(tenant ? { 'meridian.tenant': tenant } : {}),
      });
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
      metrics.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
      metrics.httpDuration.observe({ method: req.method, route }, seconds);
      logger.info(
        {
          requestId: res.locals.requestId,
          tenant,
          method: req.method,
          route,
          status: res.statusCode,
          ms: Math.round(seconds * 1000),
        },
        'request',
      );
    });
    context.with(trace.setSpan(context.active(), span), next);
  };
}
