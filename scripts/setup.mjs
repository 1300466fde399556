#!/usr/bin/env node
// Installs what Meridian needs on a machine that has only Node 20 and npm:
// pnpm (through npx when it is not on the PATH), the workspace dependencies,
// and a build of every package. Used by `npm start` and `npm test`.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PNPM_VERSION = '9.15.9';

function pnpmCommand() {
  try {
    const v = execSync('pnpm --version', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    if (v.startsWith('9.')) return 'pnpm';
  } catch {
    /* not installed: fall through to npx */
  }
  return `npx --yes pnpm@${PNPM_VERSION}`;
}

function run(cmd) {
  console.log(`[setup] ${cmd}`);
  try {
    execSync(cmd, { stdio: 'inherit', env: { ...process.env, npm_config_update_notifier: 'false' } });
  } catch {
    console.error(`[setup] failed: ${cmd}`);
    process.exit(1);
  }
}

const pnpm = pnpmCommand();
const frozen = existsSync('pnpm-lock.yaml') ? ' --frozen-lockfile' : '';
run(`${pnpm} install${frozen} --reporter=append-only`);
if (process.env.MERIDIAN_SKIP_BUILD !== '1') run(`${pnpm} -r --workspace-concurrency=1 build`);
