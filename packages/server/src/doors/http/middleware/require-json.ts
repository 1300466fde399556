import type { RequestHandler } from 'express';
import { OutcomeError } from '../../../platform/errors/outcome-error.js';

/** Media types Meridian accepts for request bodies. */
export const JSON_MEDIA_TYPES = ['application/json', 'application/fhir+json', 'application/*+json'];

function hasBody(headers: Record<string, string | string[] | undefined>): boolean {
  const length = headers['content-length'];
  return headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * Refuses a request body that is not JSON (415), before any parsing, so a form
 * or XML post gets a clear answer rather than an empty body.
 */
export function requireJsonBody(): RequestHandler {
  return (req, _res, next) => {
    if (!hasBody(req.headers)) return next();
    if (!req.is(JSON_MEDIA_TYPES)) {
      return next(
        new OutcomeError(
          'unsupported-media-type',
          'request bodies must be JSON: send Content-Type application/json or application/fhir+json',
        ),
      );
    }
    next();
  };
}
