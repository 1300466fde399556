import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, startBuiltServer, type BuiltServer } from '../../../scripts/testing/start-built-server.js';

const run = promisify(execFile);

/** The quickstart as a reader runs it: `npm run quickstart` against the built server `npm start` runs. */
describe('examples/quickstart', () => {
  let server: BuiltServer;
  beforeAll(async () => {
    server = await startBuiltServer();
  }, 120_000);
  afterAll(async () => server?.stop());

  it('prints the demo patient’s scores, her heart-rate readings and the intact audit chain', async () => {
    const { stdout } = await run('npm', ['run', '-s', 'quickstart'], {
      cwd: REPO_ROOT,
      env: { ...process.env, MERIDIAN_URL: server.baseUrl, MERIDIAN_API_KEY: server.demoKey },
    });
    expect(stdout.trim().split('\n')).toEqual([
      'NEWS2 (National Early Warning Score 2): 9 (High (score 7 or more): emergency response threshold)',
      'qSOFA (quick SOFA): 2 (qSOFA ≥ 2)',
      'Heart rate readings on record: 3',
      // The demo load, the assessment and the search are on the chain when verify reads it.
      'Audit chain intact: 3 events verified',
    ]);
  }, 60_000);

  it('fails with the server’s reason when the key is wrong', async () => {
    const failure = await run(process.execPath, [join(REPO_ROOT, 'examples/quickstart/quickstart.mjs')], {
      env: { ...process.env, MERIDIAN_URL: server.baseUrl, MERIDIAN_API_KEY: 'mrd_not_a_key_of_this_server_000' },
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/AuthenticationError: HTTP 401: unknown or revoked API key/);
  }, 60_000);
});
