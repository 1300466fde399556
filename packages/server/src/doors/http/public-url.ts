import type { Request, RequestHandler, Response } from 'express';
import { OutcomeError } from '../../platform/errors/outcome-error.js';

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const HOST = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*\\.?|\\[[0-9A-Fa-f:.]{2,45}\\])(?::(\\d{1,5}))?$`);

/**
 * Whether a `Host` header is a valid `host[:port]`: DNS labels or an IPv4
 * address, or a bracketed IPv6 address, and a port of at most 65535.
 *
 * @example
 * ```ts
 * isValidHost('meridian.example:8443'); // true
 * isValidHost('a:b:c');                 // false
 * ```
 */
export function isValidHost(host: string): boolean {
  const match = host.length <= 261 ? HOST.exec(host) : null;
  if (!match || (match[1] !== undefined && Number(match[1]) > 65_535)) return false;
  try {
    return new URL(`http://${host}/`).host.length > 0;
  } catch {
    return false;
  }
}

/**
 * Decides the base of the absolute links Meridian writes (`self`, `next`,
 * `fullUrl`) and puts it on `res.locals.publicBase`:
 *
 * - `publicUrl` (`MERIDIAN_PUBLIC_URL`) when configured: the `Host` header
 *   is then never copied into a link;
 * - otherwise the request's own scheme and host (`X-Forwarded-Proto` and
 *   `X-Forwarded-Host` only under `trust proxy`), when the host is a valid
 *   `host[:port]`; an invalid one is refused with 400 before any work is done
 *   or audited.
 *
 * @example
 * ```ts
 * app.use(resolvePublicBase('https://meridian.example.org'));
 * ```
 */
export function resolvePublicBase(publicUrl?: string): RequestHandler {
  const configured = publicUrl?.replace(/\/+$/, '');
  return (req, res, next) => {
    if (configured) {
      res.locals.publicBase = configured;
      return next();
    }
    const host = req.host;
    if (!host || !isValidHost(host)) {
      return next(new OutcomeError('validation-failed', 'the Host header is not a valid host[:port]', ['header.host']));
    }
    res.locals.publicBase = `${req.protocol}://${host}`;
    next();
  };
}

/** The base of this request's absolute links (set by {@link resolvePublicBase}), no trailing slash. */
export function publicBaseOf(res: Response): string {
  const base = res.locals.publicBase as string | undefined;
  if (!base) throw new Error('resolvePublicBase() did not run for this request');
  return base;
}

/**
 * The absolute URL of this request as a client should address it: the
 * public base, then the request's path and query.
 *
 * @example
 * ```ts
 * searchsetBundle(publicUrlOf(req, res), publicBaseOf(res), resources, cursor);
 * ```
 */
export function publicUrlOf(req: Request, res: Response): URL {
  let target: URL;
  try {
    target = new URL(req.originalUrl, 'http://request.invalid');
  } catch {
    throw new OutcomeError('validation-failed', 'the request target is not a valid URL');
  }
  return new URL(`${publicBaseOf(res)}${target.pathname}${target.search}`);
}
