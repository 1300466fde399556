import type { ErrorRequestHandler, RequestHandler } from 'express';
import { OutcomeError } from '../../platform/errors/outcome-error.js';
import { normaliseError } from '../../platform/errors/normalise-error.js';
import { safeErrorFields, type Logger } from '../../platform/telemetry/logger.js';

/** The last route: anything unmatched is a 404 OperationOutcome. */
export function routeNotFound(): RequestHandler {
  return (req, _res, next) =>
    next(new OutcomeError('route-not-found', `no route for ${req.method} ${req.path.slice(0, 100)}`));
}

/**
 * The one Express error handler: every error leaves as a FHIR
 * OperationOutcome whose stable code decides the status.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (raw, _req, res, _next) => {
    const { error, unexpected } = normaliseError(raw);
    if (unexpected) logger.error({ requestId: res.locals.requestId, ...safeErrorFields(raw) }, 'unexpected error');
    if (res.headersSent) return void res.end();
    res.status(error.status).set(error.headers).type('application/fhir+json').send(JSON.stringify(error.toOutcome()));
  };
}
