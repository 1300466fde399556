import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { createTestDb, type TestDb } from '../../../testing/test-databases.js';

const PAGE = '<!doctype html><html><head><!--meridian-portal-config--></head><body>portal</body></html>';
const metaOf = (html: string) => {
  const content = /<meta name="meridian-portal" content="([^"]*)">/.exec(html)?.[1];
  return content === undefined
    ? undefined
    : JSON.parse(
        content
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&'),
      );
};

describe('demo portal routes', () => {
  let t: TestDb;
  let dir: string;
  let demoKey: string | undefined;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    t = await createTestDb('pglite');
    dir = mkdtempSync(join(tmpdir(), 'meridian-portal-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), PAGE);
    writeFileSync(join(dir, 'plain.html'), PAGE.replace('>portal<', '>plain<'));
    writeFileSync(join(dir, 'assets', 'portal.js'), 'console.log("portal")');
    app = createApp({ db: t.db, portal: { dir, demoApiKey: () => demoKey } });
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t?.dispose();
  });

  it('serves the page at / without credentials, with the demo key for this machine’s browser, under its own CSP', async () => {
    demoKey = 'mrd_demo_key_for_the_portal_test';
    const res = await request(app).get('/').expect(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(csp).not.toContain('unsafe-inline');
    expect(metaOf(res.text)).toEqual({
      demo: true,
      apiKey: 'mrd_demo_key_for_the_portal_test',
      keyWithheld: false,
      cdsFeedback: false,
    });
    expect(metaOf((await request(app).get('/portal/plain.html').expect(200)).text)).toMatchObject({ demo: true });
  });

  it('escapes the key into the attribute: a configured key cannot break out into markup', async () => {
    demoKey = 'mrd_"><script>alert(1)</script>&';
    const res = await request(app).get('/').expect(200);
    expect(res.text).not.toContain('<script>');
    expect(metaOf(res.text).apiKey).toBe(demoKey);
  });

  it('puts no key in the page outside demo mode', async () => {
    demoKey = undefined;
    const res = await request(app).get('/').expect(200);
    expect(metaOf(res.text)).toEqual({ demo: false });
  });

  it('serves the static files under /portal and answers other paths with an OperationOutcome', async () => {
    const js = await request(app).get('/portal/assets/portal.js').expect(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    const missing = await request(app).get('/portal/assets/nope.js').expect(404);
    expect(missing.body.issue[0].details.coding[0].code).toBe('route-not-found');
    await request(app).get('/portal/../package.json').expect(404);
    await request(app).get('/portal/%2e%2e/%2e%2e/etc/passwd').expect(404);
    // The API still needs its key.
    await request(app).get('/fhir/Patient').expect(401);
  });

  it('serves nothing at / when the portal is not built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'meridian-portal-empty-'));
    const bare = createApp({ db: t.db, portal: { dir: empty, demoApiKey: () => 'mrd_demo_key_for_the_portal_test' } });
    const res = await request(bare).get('/').expect(404);
    expect(res.body.resourceType).toBe('OperationOutcome');
    rmSync(empty, { recursive: true, force: true });
  });

  const external = Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
  it.skipIf(!external)(
    'withholds the demo key from a browser on another machine (a non-loopback address)',
    async () => {
      demoKey = 'mrd_demo_key_for_the_portal_test';
      const server = createServer(app);
      await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
      const { port } = server.address() as AddressInfo;
      try {
        // A forwarded-for header claiming loopback must not help: the socket's address decides.
        const html = await (
          await fetch(`http://${external}:${port}/`, { headers: { 'x-forwarded-for': '127.0.0.1' } })
        ).text();
        expect(metaOf(html)).toEqual({ demo: true, keyWithheld: true, cdsFeedback: false });
        expect(html).not.toContain('mrd_demo_key_for_the_portal_test');
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    },
  );
});
