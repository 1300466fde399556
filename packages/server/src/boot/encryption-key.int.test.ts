import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresUnavailableReason, TEST_POSTGRES_URL } from '../testing/test-databases.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const pgReason = await postgresUnavailableReason();

/** Runs the built server (`npm start`'s `dist/main.js`) until it listens or exits. */
function startBuilt(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string; stop(): Promise<unknown> }> {
  const child = spawn(process.execPath, ['packages/server/dist/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      MERIDIAN_WORKERS: '0',
      MERIDIAN_ENCRYPTION_KEY: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`neither listened nor exited:\n${output}`));
    }, 60_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      if (/listening on http/.test(output)) {
        clearTimeout(timer);
        const exited = new Promise((done) => child.once('exit', done));
        resolve({ code: null, output, stop: () => (child.kill('SIGTERM'), exited) });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, stop: () => Promise.resolve() });
    });
  });
}

describe.skipIf(pgReason !== undefined)('one encryption key for every process on Postgres', () => {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const url = `${TEST_POSTGRES_URL}${TEST_POSTGRES_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const admin = () => new pg.Client({ connectionString: TEST_POSTGRES_URL });
  beforeAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`CREATE SCHEMA ${schema}`);
    await c.end();
  });
  afterAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await c.end();
  });

  it('refuses to start without MERIDIAN_ENCRYPTION_KEY, saying why, before touching the database', async () => {
    const run = await startBuilt({ DATABASE_URL: url });
    expect(run.code).toBe(1);
    expect(run.output).toContain('Meridian cannot start: invalid configuration:');
    expect(run.output).toContain('MERIDIAN_ENCRYPTION_KEY: required with DATABASE_URL');
    expect(run.output).not.toMatch(/\n\s+at /); // no stack trace
    const c = admin();
    await c.connect();
    const { rows } = await c.query(`SELECT to_regclass($1) AS t`, [`${schema}.schema_migrations`]);
    await c.end();
    expect(rows[0].t).toBeNull();
  });

  it('refuses a key that is not 32 bytes of base64', async () => {
    const run = await startBuilt({ DATABASE_URL: url, MERIDIAN_ENCRYPTION_KEY: randomBytes(16).toString('base64') });
    expect(run.code).toBe(1);
    expect(run.output).toContain('MERIDIAN_ENCRYPTION_KEY: 32 bytes, base64-encoded');
  });

  it('starts with one', { timeout: 90_000 }, async () => {
    const run = await startBuilt({ DATABASE_URL: url, MERIDIAN_ENCRYPTION_KEY: randomBytes(32).toString('base64') });
    await run.stop();
    expect(run.code).toBeNull();
    expect(run.output).toMatch(/listening on http:\/\/localhost:\d+ \(Postgres /);
  });
});

describe('the embedded database keeps its key file', () => {
  it(
    'starts without MERIDIAN_ENCRYPTION_KEY and makes encryption.key in its data folder',
    { timeout: 90_000 },
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'meridian-key-'));
      try {
        const run = await startBuilt({ DATABASE_URL: '', MERIDIAN_DATA_DIR: dataDir, MERIDIAN_SEED_DEMO: 'false' });
        await run.stop();
        expect(run.code).toBeNull();
        expect(existsSync(join(dataDir, 'encryption.key'))).toBe(true);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
});
