import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../../../../', import.meta.url));
const main = fileURLToPath(new URL('../../../main.ts', import.meta.url));

/** Starts the real entry point (through tsx, on the sources) and returns how it ended. */
function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', main], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH, TSX_TSCONFIG_PATH: 'tsconfig.check.json', LOG_LEVEL: 'silent', PORT: '0', ...env },
    encoding: 'utf8',
    timeout: 25_000,
  });
}

describe('MERIDIAN_BODY_LIMIT=abc (probe 8)', () => {
  it('MERIDIAN_BODY_LIMIT=abc stops start-up with the invalid-configuration message, no stack trace', () => {
    const run = start({ MERIDIAN_BODY_LIMIT: 'abc', MERIDIAN_TRUST_PROXY: 'not-an-address' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^Meridian cannot start: invalid configuration:\n {2}MERIDIAN_BODY_LIMIT: a size such as 10mb/m,
    );
    expect(run.stderr).toMatch(/\n {2}MERIDIAN_TRUST_PROXY: /);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).toBe('');
  });
});
