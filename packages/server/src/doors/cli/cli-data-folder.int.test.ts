import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, startBuiltServer } from '../../../../../scripts/testing/start-built-server.js';
import { DATA_DIR_LOCK_FILE } from '../../platform/store/data-dir-lock.js';

/**
 * The built CLI and the built server on one embedded database, as a reader
 * uses them: the CLI finds the checkout's `.meridian-data` from any working
 * directory, refuses it while a server runs on it, says which database it
 * opened, and takes over the lock of a server that died. The checkout is a
 * copy of the server's dist/ in a temporary folder laid out like the
 * repository, so the real `.meridian-data` is never touched.
 */
const serverDir = join(REPO_ROOT, 'packages', 'server');
const built = existsSync(join(serverDir, 'dist', 'cli.js')) && existsSync(join(serverDir, 'dist', 'main.js'));
if (!built)
  console.warn('[meridian tests] packages/server/dist not built: run npm test (which builds) to include this test');

describe.skipIf(!built)('the CLI and a running server on one PGlite folder', () => {
  const checkout = mkdtempSync(join(tmpdir(), 'meridian-checkout-'));
  const dataDir = join(checkout, '.meridian-data');
  const cliPackage = join(checkout, 'packages', 'server');
  const cli = (cwd: string, ...argv: string[]) =>
    spawnSync(process.execPath, [join(cliPackage, 'dist', 'cli.js'), ...argv], {
      cwd,
      encoding: 'utf8',
      // Neither says where the database is: the CLI must find it.
      env: { ...process.env, DATABASE_URL: '', MERIDIAN_DATA_DIR: '' },
    });
  beforeAll(() => {
    writeFileSync(join(checkout, 'pnpm-workspace.yaml'), "packages:\n  - 'packages/*'\n");
    mkdirSync(cliPackage, { recursive: true });
    cpSync(join(serverDir, 'package.json'), join(cliPackage, 'package.json'));
    cpSync(join(serverDir, 'dist'), join(cliPackage, 'dist'), { recursive: true });
    symlinkSync(join(serverDir, 'node_modules'), join(cliPackage, 'node_modules'), 'dir');
  });
  afterAll(() => rmSync(checkout, { recursive: true, force: true }));

  it('refuses the folder while the server runs, then opens that same folder from any working directory', async () => {
    const server = await startBuiltServer({ MERIDIAN_DATA_DIR: dataDir });
    try {
      const lock = JSON.parse(readFileSync(join(dataDir, DATA_DIR_LOCK_FILE), 'utf8'));
      expect(lock).toMatchObject({ holder: 'server', pid: expect.any(Number) });

      const refused = cli(cliPackage, 'tenant', 'list');
      expect(refused.status).toBe(1);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toContain(
        `refused: the embedded database in ${dataDir} is in use by a running Meridian server (PID ${lock.pid}`,
      );
      expect(refused.stderr).toMatch(/stop that process first, or use the admin API/);

      // A second server on the same folder does not start either.
      await expect(startBuiltServer({ MERIDIAN_DATA_DIR: dataDir })).rejects.toThrow(
        /exited 1[\s\S]*Meridian cannot start: the embedded database in .* is in use by a running Meridian server/,
      );
    } finally {
      await server.stop();
    }
    expect(existsSync(join(dataDir, DATA_DIR_LOCK_FILE))).toBe(false);

    for (const cwd of [cliPackage, join(cliPackage, 'dist'), checkout, tmpdir()]) {
      const listed = cli(cwd, 'tenant', 'list');
      expect(listed.stderr).toBe(`meridian: database: embedded PGlite in ${dataDir}\n`);
      expect(listed.status).toBe(0);
      // The server's demo tenant: the CLI opened the server's database, not a new empty one.
      expect(JSON.parse(listed.stdout).map((t: { id: string }) => t.id)).toContain('demo');
    }
    expect(existsSync(join(cliPackage, '.meridian-data'))).toBe(false);
  }, 240_000);

  it('takes over the lock a killed process left behind', () => {
    const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout);
    const lockFile = join(dataDir, DATA_DIR_LOCK_FILE);
    writeFileSync(lockFile, JSON.stringify({ pid: dead, holder: 'server', since: new Date().toISOString() }));
    const listed = cli(tmpdir(), 'key', 'list', '--tenant', 'demo');
    expect(listed.status).toBe(0);
    expect(JSON.parse(listed.stdout).length).toBeGreaterThan(0);
    expect(existsSync(lockFile)).toBe(false);
  }, 60_000);

  it('names a Postgres database by host, port and name, never its credentials', () => {
    const failed = cli(tmpdir(), 'tenant', 'list', '--database-url', 'postgres://admin:hunter2@127.0.0.1:1/nowhere');
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/^failed: cannot open the database: Postgres 127\.0\.0\.1:1\/nowhere: /);
    expect(failed.stderr).not.toContain('hunter2');
    expect(failed.stderr).not.toContain('admin');
  }, 60_000);
});
