import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ERROR_CODES } from '@meridian/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../packages/server/src/boot/config.js';
import { createApp } from '../../packages/server/src/doors/http/app.js';
import { appRoutes } from '../../packages/server/src/testing/app-routes.js';
import { createTestDb } from '../../packages/server/src/testing/test-databases.js';
import { createServices } from '../../packages/server/src/use-cases/services.js';
import { REPO_ROOT, startBuiltServer, type BuiltServer } from '../testing/start-built-server.js';
import { commandsOf, readmeBlocks, serverStart, type ReadmeBlock } from './readme-blocks.js';
import { configTableVariables, endpointTableRoutes } from './readme-tables.js';

/**
 * The README, held to the code: every shell block it marks `run` runs
 * against the built server `npm start` runs (each command exits 0 and the
 * block's output has the shape its marker expects), its endpoint table lists
 * exactly the routes the app serves, its configuration table every variable
 * once, its error codes every stable code, and the paths it names exist.
 */
const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const BLOCKS = readmeBlocks(README);
const DEMO_KEY = 'mrd_demo_local_key_change_me';
/** How the server in the README is started; the test's server is started the same way. */
const SERVER_ENV = { MERIDIAN_DEMO_API_KEY: DEMO_KEY };
/** Variables the README's commands must set themselves: none is inherited from the test's environment. */
const UNSET = ['MERIDIAN_URL', 'MERIDIAN_API_KEY', 'MERIDIAN_TENANT', 'HL7_HOST', 'HL7_PORT', 'MERIDIAN_DEMO_API_KEY'];
const CLI = join(REPO_ROOT, 'packages', 'server', 'dist', 'cli.js');
const built =
  existsSync(join(REPO_ROOT, 'packages', 'server', 'dist', 'main.js')) &&
  existsSync(CLI) &&
  existsSync(join(REPO_ROOT, 'examples', 'widgets-demo', 'dist', 'index.html'));
if (!built) console.warn('[meridian tests] README commands skipped: the packages are not built (npm test builds them)');

const normalise = (path: string) =>
  path
    .replace(/\\/g, '')
    .replace(/:(\w+)/g, '{}')
    .replace(/\{[^}]*\}/g, '{}');

describe('the README', () => {
  it('marks every shell block: run (with what to expect), or skip with the reason', () => {
    expect(BLOCKS.length).toBeGreaterThan(5);
    const unmarked = BLOCKS.filter((b) => b.marker === undefined || b.marker.kind === 'invalid').map(
      (b) => `line ${b.line}: ${b.marker ? `marker not understood: ${JSON.stringify(b.marker)}` : 'no marker'}`,
    );
    expect(unmarked).toEqual([]);
    for (const b of BLOCKS)
      if (b.marker?.kind === 'run') expect(b.marker.expect.length, `line ${b.line} expects nothing`).toBeGreaterThan(0);
  });

  it('lists exactly the routes the app serves in its endpoint table', async () => {
    const t = await createTestDb('pglite');
    // The portal's routes are served when its build is there.
    const portalDir = mkdtempSync(join(tmpdir(), 'meridian-portal-'));
    for (const page of ['index.html', 'plain.html'])
      writeFileSync(join(portalDir, page), '<!doctype html><!--meridian-portal-config-->');
    try {
      const app = createApp({
        services: createServices({ db: t.db }),
        portal: { dir: portalDir, demoApiKey: () => undefined, cdsUnsigned: false },
      });
      const served = appRoutes(app).map((r) => {
        const [method, path] = r.split(' ') as [string, string];
        return `${method} ${normalise(path)}`;
      });
      const documented = endpointTableRoutes(README);
      const exact = new Set(documented.filter((d) => !d.prefix).map((d) => `${d.method} ${normalise(d.path)}`));
      const covered = (route: string) =>
        exact.has(route) || documented.some((d) => d.prefix && route.startsWith(`${d.method} ${normalise(d.path)}`));
      expect(served.filter((r) => !covered(r)).sort(), 'served but not in the table').toEqual([]);
      expect([...exact].filter((r) => !served.includes(r)).sort(), 'in the table but not served').toEqual([]);
    } finally {
      await t.dispose();
      rmSync(portalDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('lists every configuration variable exactly once', () => {
    const listed = configTableVariables(README);
    expect(
      listed.filter((v, i) => listed.indexOf(v) !== i),
      'listed twice',
    ).toEqual([]);
    const variables = Object.keys(configSchema.shape);
    expect(variables.filter((v) => !listed.includes(v)).sort(), 'not in the table').toEqual([]);
    expect(listed.filter((v) => !variables.includes(v)).sort(), 'in the table but not read').toEqual([]);
  });

  it('lists every stable error code with its status', () => {
    const flat = README.replace(/\s+/g, ' ');
    const missing = Object.entries(ERROR_CODES)
      .filter(([code, { status }]) => !flat.includes(`\`${code}\` ${status}`))
      .map(([code, { status }]) => `${code} ${status}`);
    expect(missing).toEqual([]);
  });

  it('names only repository paths that exist', () => {
    const paths = [...README.matchAll(/`((?:packages|examples|fixtures|scripts|bench|docs|\.ci)\/[^`\s]*)`/g)]
      .map((m) => m[1]!.replace(/[/…]+$/, ''))
      // Generated by `npm run docs`.
      .filter((p) => !p.startsWith('docs/api'));
    expect(paths.length).toBeGreaterThan(10);
    // `bench/rag` names the benchmark `bench/rag.ts`.
    const exists = (p: string) => ['', '.ts', '.mjs'].some((ext) => existsSync(join(REPO_ROOT, `${p}${ext}`)));
    expect(paths.filter((p) => !exists(p))).toEqual([]);
  });
});

describe.skipIf(!built)('the README’s commands, against the built server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'meridian-readme-'));
  let server: BuiltServer;
  let hl7Port: string;
  /** Placeholders the README writes where a reader puts a value printed earlier. */
  const PLACEHOLDERS: Record<string, () => string> = {
    // "the id that key create or key list printed"
    'key-1a2b3c4d5e6f': () => {
      const listed = spawnSync(process.execPath, [CLI, 'key', 'list', '--tenant', 'st-marys'], {
        encoding: 'utf8',
        env: { ...process.env, MERIDIAN_DATA_DIR: dataDir, DATABASE_URL: '' },
      });
      return (JSON.parse(listed.stdout) as { id: string; name: string }[]).find((k) => k.name === 'First admin')!.id;
    },
  };
  beforeAll(async () => {
    server = await startBuiltServer({ ...SERVER_ENV, MERIDIAN_DATA_DIR: dataDir });
    hl7Port = /HL7 v2 \(MLLP\) listening on \S+:(\d+)/.exec(server.output())![1]!;
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes each placeholder it substitutes', () => {
    for (const placeholder of Object.keys(PLACEHOLDERS)) expect(README).toContain(placeholder);
  });

  /** A README command as it runs here: on the test's server and ports, curl failing on an HTTP error. */
  function prepare(command: string): string {
    let prepared = command
      .replaceAll('http://localhost:8080', server.baseUrl)
      .replaceAll('HL7_PORT=2575', `HL7_PORT=${hl7Port}`);
    for (const [placeholder, value] of Object.entries(PLACEHOLDERS))
      if (prepared.includes(placeholder)) prepared = prepared.replaceAll(placeholder, value());
    if (/\bcurl\b/.test(prepared)) {
      expect(prepared, 'curl commands start with `curl -s `').toMatch(/^curl -s /);
      prepared = prepared.replace(/^curl -s /, 'curl -sS --fail-with-body ');
    }
    expect(prepared, 'no command may reach the default port').not.toMatch(/localhost:(8080|3000)|:2575\b/);
    return prepared;
  }

  function runBlock(block: ReadmeBlock): string {
    const marker = block.marker as { kind: 'run'; expect: RegExp[] };
    const env: Record<string, string | undefined> = {
      ...process.env,
      // The CLI's commands open the test server's folder, never the checkout's own .meridian-data.
      MERIDIAN_DATA_DIR: dataDir,
      DATABASE_URL: '',
    };
    for (const name of UNSET) delete env[name];
    let output = '';
    for (const command of commandsOf(block.code)) {
      const starts = serverStart(command);
      if (starts) {
        // The server is the test's: it was started as this line starts it.
        expect(SERVER_ENV, `line ${block.line}: ${command}`).toMatchObject(starts);
        continue;
      }
      const run = spawnSync('bash', ['-o', 'pipefail', '-c', prepare(command)], {
        cwd: REPO_ROOT,
        env,
        encoding: 'utf8',
        timeout: 180_000,
      });
      expect(run.status, `line ${block.line}: ${command}\n${run.stdout}\n${run.stderr}`).toBe(0);
      output += run.stdout;
    }
    for (const pattern of marker.expect) expect(output, `line ${block.line}`).toMatch(pattern);
    return output;
  }

  const runnable = BLOCKS.filter((b) => b.marker?.kind === 'run');
  const title = (b: ReadmeBlock) => `line ${b.line}: ${commandsOf(b.code).find((c) => !serverStart(c))}`;
  for (const block of runnable.filter((b) => b.marker?.kind === 'run' && !b.marker.serverStopped))
    it(title(block), () => void runBlock(block), 240_000);

  for (const block of runnable.filter((b) => b.marker?.kind === 'run' && b.marker.serverStopped))
    it(`${title(block)} (server stopped)`, async () => {
      await server.stop();
      runBlock(block);
    }, 240_000);
});
