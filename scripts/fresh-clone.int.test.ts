import { execFileSync, execSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The quickstart on a fresh clone of the last commit: `scripts/setup.mjs`
 * installs and builds (and, run again, does neither; a touched server source
 * rebuilds the server alone), the server starts on embedded PGlite with the demo
 * tenant, answers with the fixed demo key, and keeps its data across a
 * restart. (CI itself proves `.ci/run` from a clean checkout; running it here
 * would recurse.)
 */
const root = join(__dirname, '..');
const hasCommit = (() => {
  try {
    execSync('git rev-parse --verify HEAD', { cwd: root, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const skip = !hasCommit || process.env.MERIDIAN_SKIP_FRESH_CLONE === '1';
if (skip) console.warn('[meridian tests] fresh-clone test skipped: no git HEAD or MERIDIAN_SKIP_FRESH_CLONE=1');

const DEMO_KEY = 'mrd_fresh_clone_test_key_0123456789';

function startServer(
  cwd: string,
  dataDir: string,
): Promise<{ child: ChildProcess; port: number; output: () => string }> {
  const child = spawn(process.execPath, ['packages/server/dist/main.js'], {
    cwd,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      HL7_PORT: '0',
      HL7_HOST: '127.0.0.1',
      MERIDIAN_DATA_DIR: dataDir,
      MERIDIAN_DEMO_API_KEY: DEMO_KEY,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000);
    child.stdout!.on('data', () => {
      const m = /listening on http:\/\/localhost:(\d+)/.exec(out);
      if (m && out.includes('API key:')) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]), output: () => out });
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}:\n${out}`)));
  });
}

async function stop(child: ChildProcess) {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

describe.skipIf(skip)('fresh clone quickstart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meridian-clone-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('installs, builds, starts with the demo key, and keeps data across a restart', async () => {
    execFileSync('git', ['clone', '-q', root, join(dir, 'repo')]);
    const repo = join(dir, 'repo');
    const setup = () =>
      execFileSync(process.execPath, ['scripts/setup.mjs'], {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, CI: 'true', MERIDIAN_SETUP_FORCE: '' },
      });
    const first = setup();
    expect(first).toMatch(/\[setup\] .*install --frozen-lockfile/);
    // Nothing changed: the next setup (the next `npm start`) installs and builds nothing.
    const again = setup();
    expect(again).toContain('[setup] dependencies up to date');
    expect(again).toMatch(/\[setup\] builds up to date \(5 packages/);
    expect(again).not.toMatch(/ install | build$/m);
    // A changed server source rebuilds the server, and nothing else.
    appendFileSync(join(repo, 'packages/server/src/main.ts'), '\n// touched by the fresh-clone test\n');
    const rebuilt = setup();
    expect(rebuilt).toContain('[setup] dependencies up to date');
    expect(rebuilt).toMatch(/-r --workspace-concurrency=1 --filter @meridian\/server build/);
    const dataDir = join(dir, 'data');

    const firstRun = await startServer(repo, dataDir);
    const base = `http://127.0.0.1:${firstRun.port}`;
    const auth = { authorization: `Bearer ${DEMO_KEY}` };
    expect(firstRun.output()).toContain(`API key: ${DEMO_KEY}`);
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
    // The demo portal was built from examples/widgets-demo by setup and is served at /.
    const portal = await fetch(`${base}/`);
    expect(portal.status).toBe(200);
    expect(await portal.text()).toContain('<title>Meridian demo portal</title>');
    expect((await fetch(`${base}/portal/assets/portal.js`)).status).toBe(200);
    expect(firstRun.output()).toContain('Demo patients: Patient/demo-ada, Patient/demo-ben');
    const assessed = await fetch(`${base}/risk/assess`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        patient: 'Patient/demo-ada',
        calculators: ['news2'],
        answers: { consciousness: 'A', supplementalOxygen: false },
      }),
    });
    expect(assessed.status).toBe(200);
    expect((await assessed.json()).results[0]).toMatchObject({ calculatorId: 'news2', status: 'complete', total: 9 });
    // The demo load and the assessment are on the chain; the verify is appended after it reads.
    const verify1 = await (await fetch(`${base}/audit/verify`, { headers: auth })).json();
    expect(verify1).toMatchObject({ valid: true, eventsChecked: 2 });
    // The value sets travel inside the server bundle: no file beside dist/ is read at run time.
    const nsaids = await (
      await fetch(`${base}/fhir/ValueSet/meridian-nsaid-ingredients/$expand?filter=ibuprofen`, { headers: auth })
    ).json();
    expect(nsaids.expansion.contains).toEqual([
      { system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '5640', display: 'ibuprofen' },
    ]);
    expect((await fetch(`${base}/fhir/ValueSet/2.16.840.1.113883.3.526.3.376`, { headers: auth })).status).toBe(200);
    await stop(firstRun.child);

    const second = await startServer(repo, dataDir);
    const verify2 = await (await fetch(`http://127.0.0.1:${second.port}/audit/verify`, { headers: auth })).json();
    // Everything before the restart survived on disk: 5 events, then the second demo load.
    expect(verify2).toMatchObject({ valid: true, eventsChecked: 6 });
    await stop(second.child);
  }, 300_000);
});
