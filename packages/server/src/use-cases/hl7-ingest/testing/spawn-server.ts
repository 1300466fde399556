/**
 * Test helper: the real server as a child process (from source, through
 * tsx), for tests that kill it.
 *
 * @module
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../../../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../../../main.ts', import.meta.url));

/** A running server process. */
export interface ServerProcess {
  child: ChildProcess;
  httpPort: number;
  hl7Port: number;
  exited: Promise<number | null>;
  /** SIGKILL: no shutdown, no flush. */
  kill(): Promise<void>;
}

/**
 * Starts `packages/server/src/main.ts` with the given environment, the HTTP
 * and MLLP ports picked by the OS, and resolves once both listen.
 *
 * @example
 * ```ts
 * const server = await spawnServer({ DATABASE_URL: url });
 * await server.kill();
 * ```
 */
export async function spawnServer(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      TSX_TSCONFIG_PATH: 'tsconfig.check.json',
      PORT: '0',
      HOST: '127.0.0.1',
      HL7_PORT: '0',
      HL7_HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  const ports = await new Promise<{ http: number; hl7: number }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const http = /listening on http:\/\/localhost:(\d+)/.exec(output);
      const hl7 = /MLLP[^\n]*listening on [^\n]*:(\d+)/.exec(output);
      if (http && hl7) {
        clearTimeout(timer);
        resolve({ http: Number(http[1]), hl7: Number(hl7[1]) });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    if (process.env.MERIDIAN_TEST_SERVER_OUTPUT) {
      child.stdout!.on('data', (c: Buffer) => process.stderr.write(c));
      child.stderr!.on('data', (c: Buffer) => process.stderr.write(c));
    }
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${output}`));
    });
  });
  return {
    child,
    httpPort: ports.http,
    hl7Port: ports.hl7,
    exited,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
