import type { RequestHandler } from 'express';

/**
 * CORS for the CDS Hooks endpoints, which browser-based CDS Clients call
 * from other origins (CDS Hooks 2.0 security: "CDS Services ... will require
 * CORS support"). Trust comes from the signed JWT, not the origin, so any
 * origin may call; no cookies are involved. Preflights are answered here.
 *
 * @example
 * ```ts
 * router.use('/cds-services', cdsCors());
 * ```
 */
export function cdsCors(): RequestHandler {
  return (req, res, next) => {
    res.set({
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': 'Authorization, Content-Type',
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Expose-Headers': 'X-Request-Id',
      'Access-Control-Max-Age': '600',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
    if (req.method === 'OPTIONS') return void res.sendStatus(204);
    next();
  };
}
