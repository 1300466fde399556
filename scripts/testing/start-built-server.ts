import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The repository root. */
export const REPO_ROOT = join(__dirname, '..', '..');

/** A built Meridian server running as `npm start` runs it, on a fresh embedded database. */
export interface BuiltServer {
  baseUrl: string;
  demoKey: string;
  /** Everything it printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `packages/server/dist/main.js` (the build `npm start` runs) on a free
 * loopback port with a fresh PGlite folder, the demo tenant and a fixed demo
 * key, and waits until it has printed its demo lines.
 *
 * @example
 * ```ts
 * const server = await startBuiltServer();
 * await fetch(`${server.baseUrl}/health/ready`);
 * await server.stop();
 * ```
 */
export function startBuiltServer(env: Record<string, string> = {}): Promise<BuiltServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'meridian-built-'));
  const demoKey = 'mrd_built_server_test_key_0123456789';
  const child: ChildProcess = spawn(process.execPath, ['packages/server/dist/main.js'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      HL7_PORT: '0',
      HL7_HOST: '127.0.0.1',
      MERIDIAN_DATA_DIR: dataDir,
      MERIDIAN_DEMO_API_KEY: demoKey,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => void stop().then(() => reject(new Error(`server did not start:\n${out}`))), 90_000);
    child.stdout!.on('data', () => {
      const port = /listening on http:\/\/localhost:(\d+)/.exec(out)?.[1];
      if (port && out.includes('Demo patients:')) {
        clearTimeout(timer);
        resolve({ baseUrl: `http://127.0.0.1:${port}`, demoKey, output: () => out, stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited ${code}:\n${out}`));
    });
  });
}
