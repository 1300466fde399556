import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type Request, type RequestHandler } from 'express';

/** Where the built demo portal is, and the demo key it may hand to the page. */
export interface DemoPortalOptions {
  /** The portal's build output (`examples/widgets-demo/dist`): `index.html`, `plain.html`, `assets/`. */
  dir: string;
  /** The demo tenant's key, once seeded; `undefined` outside demo mode. */
  demoApiKey: () => string | undefined;
  /** Whether the embedded demo accepts unsigned CDS Hooks calls (`MERIDIAN_CDS_ALLOW_UNSIGNED`): the portal's card feedback needs it. */
  cdsUnsigned?: boolean | undefined;
}

/** The page's own policy: same-origin scripts, styles and API calls; no inline script; no upgrade of http requests. */
const PORTAL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const PLACEHOLDER = '<!--meridian-portal-config-->';
const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/** The page's configuration, as a `<meta>` tag the portal script reads (no inline script under the CSP). */
function configMeta(req: Request, options: DemoPortalOptions): string {
  const key = options.demoApiKey();
  // The demo key goes only to a browser on the same machine: anyone else on the network pastes a key.
  const local = LOOPBACK.test(req.socket.remoteAddress ?? '');
  const config =
    key === undefined
      ? { demo: false }
      : { demo: true, apiKey: local ? key : undefined, keyWithheld: !local, cdsFeedback: options.cdsUnsigned === true };
  return `<meta name="meridian-portal" content="${escapeAttribute(JSON.stringify(config))}">`;
}

function page(options: DemoPortalOptions, file: string): RequestHandler {
  const html = readFileSync(join(options.dir, file), 'utf8');
  if (!html.includes(PLACEHOLDER)) throw new Error(`${file} of the demo portal lacks ${PLACEHOLDER}`);
  return (req, res) => {
    res.set({
      'Content-Security-Policy': PORTAL_CSP,
      'Cache-Control': 'no-store',
      'Content-Type': 'text/html; charset=utf-8',
    });
    res.send(html.replace(PLACEHOLDER, configMeta(req, options)));
  };
}

/**
 * Serves the demo portal built from `examples/widgets-demo`: `GET /` (the
 * portal), `GET /portal/plain.html` (the same widgets on a page without a
 * build step) and the static files under `/portal/`. No authentication for
 * the pages themselves: they call the API through the SDK with the demo key,
 * which is put in the page only in demo mode and only for a browser on the
 * same machine. Serves nothing when the portal is not built.
 *
 * @example
 * ```ts
 * app.use(demoPortalRoutes({ dir: 'examples/widgets-demo/dist', demoApiKey: () => demoKey }));
 * ```
 */
export function demoPortalRoutes(options: DemoPortalOptions): Router {
  const router = Router();
  if (!existsSync(join(options.dir, 'index.html'))) return router;
  router.get('/', page(options, 'index.html'));
  router.get('/portal/plain.html', page(options, 'plain.html'));
  router.use('/portal', express.static(options.dir, { index: false, fallthrough: true, maxAge: '1h' }));
  return router;
}
