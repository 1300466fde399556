#!/usr/bin/env node
// Installs what Meridian needs on a machine that has only Node 20 and npm:
// pnpm (through npx when it is not on the PATH), the workspace dependencies,
// and a build of every package. Used by `npm start` and `npm test`.
//
// It skips what is already done: the install when the lockfile, every
// package.json and the installed state are unchanged, and a package's build
// when its sources, build configuration and dependencies are unchanged (content
// stamps in node_modules/.cache/meridian-setup, see setup/stamps.mjs).
// `--force` (or MERIDIAN_SETUP_FORCE=1) ignores the stamps; MERIDIAN_SKIP_BUILD=1
// installs only.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planSetup, readStamps, writeStamps } from './setup/stamps.mjs';

const PNPM_VERSION = '9.15.9';
const root = fileURLToPath(new URL('..', import.meta.url));
const force = process.argv.includes('--force') || process.env.MERIDIAN_SETUP_FORCE === '1';
const skipBuild = process.env.MERIDIAN_SKIP_BUILD === '1';

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
    execSync(cmd, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, npm_config_update_notifier: 'false' },
    });
  } catch {
    console.error(`[setup] failed: ${cmd}`);
    process.exit(1);
  }
}

let pnpm;
const pnpmOnce = () => (pnpm ??= pnpmCommand());

let plan = planSetup(root);
if (force || plan.install) {
  const frozen = existsSync(`${root}/pnpm-lock.yaml`) ? ' --frozen-lockfile' : '';
  run(`${pnpmOnce()} install${frozen} --reporter=append-only`);
  // The install changed the installed state: stamp what it left, and plan the builds against it.
  plan = planSetup(root);
  writeStamps(root, { ...readStamps(root), install: plan.installHash });
} else console.log('[setup] dependencies up to date (lockfile, package.json files and node_modules unchanged)');

if (!skipBuild) {
  const build = force ? [...plan.buildHashes.keys()] : plan.build;
  if (build.length > 0) {
    run(`${pnpmOnce()} -r --workspace-concurrency=1 ${build.map((name) => `--filter ${name}`).join(' ')} build`);
    const builds = { ...readStamps(root).builds };
    for (const name of build) builds[name] = plan.buildHashes.get(name);
    // Packages gone from the workspace drop out of the stamps.
    for (const name of Object.keys(builds)) if (!plan.buildHashes.has(name)) delete builds[name];
    writeStamps(root, { ...readStamps(root), install: plan.installHash, builds });
  } else console.log(`[setup] builds up to date (${plan.buildHashes.size} packages, sources unchanged)`);
}
