import type { Request } from 'express';

/** The absolute URL of a request as the client addressed it (honours `trust proxy`). */
export function requestUrl(req: Request): URL {
  return new URL(req.originalUrl, `${req.protocol}://${req.get('host') ?? 'localhost'}`);
}
