/**
 * bench/restart: how long `npm start` takes to answer again when nothing
 * changed (the content stamps of scripts/setup.mjs skip the install and the
 * builds). Each round runs `npm start` as a reader does, on the same embedded
 * PGlite folder (so every round after the first is a restart with the demo
 * already loaded), and times spawn -> the "listening on" line (printed once
 * the demo tenant, patients, guidelines and HL7 senders are loaded), then
 * stops it with SIGTERM.
 *
 *   npm run bench:restart                  # warm restarts only
 *   node bench/restart.mjs --baseline      # also the old behaviour, in the same run:
 *                                          # MERIDIAN_SETUP_FORCE=1 reinstalls and rebuilds every time
 *
 * ROUNDS (default 5) warm rounds after one uncounted first start;
 * BASELINE_ROUNDS (default 1) forced rounds.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const BASELINE_ROUNDS = Number(process.env.BASELINE_ROUNDS ?? 1);
const root = resolve(new URL('..', import.meta.url).pathname);
const data = mkdtempSync(join(tmpdir(), 'meridian-restart-'));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** One `npm start`: seconds from spawn to "listening on" (and to the end of setup's check), then a clean stop. */
function startOnce(extraEnv = {}) {
  return new Promise((ok, fail) => {
    const started = performance.now();
    const child = spawn('npm', ['start', '--silent'], {
      cwd: root,
      // Its own process group: npm runs sh, which runs node; SIGTERM goes to all of them.
      detached: true,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        HL7_PORT: '0',
        HL7_HOST: '127.0.0.1',
        MERIDIAN_DATA_DIR: data,
        MERIDIAN_DEMO_API_KEY: 'mrd_bench_restart_key_0123456789',
        LOG_LEVEL: 'warn',
        DATABASE_URL: '',
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let seconds;
    let setupSeconds;
    const onData = (d) => {
      out += d;
      if (setupSeconds === undefined && out.includes('[setup] builds up to date'))
        setupSeconds = (performance.now() - started) / 1000;
      if (seconds === undefined && /listening on http:\/\/localhost:\d+/.test(out)) {
        seconds = (performance.now() - started) / 1000;
        process.kill(-child.pid, 'SIGTERM');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', async () => {
      if (seconds === undefined) return fail(new Error(`npm start ended early:\n${out}`));
      // npm may exit before the server has closed its database: wait until the whole group is gone.
      while (groupAlive(child.pid)) await new Promise((r) => setTimeout(r, 50));
      ok({ seconds, setupSeconds });
    });
  });
}

const fmt = (s) => `${s.toFixed(2)} s`;
try {
  process.stdout.write('first start (creates the data folder, loads the demo; not counted): ');
  console.log(fmt((await startOnce()).seconds));
  const rounds = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push(await startOnce());
  const warm = rounds.map((r) => r.seconds);
  const setup = rounds.map((r) => r.setupSeconds ?? Number.NaN);
  console.log(
    `warm restart, npm start -> "listening on": median ${fmt(median(warm))} (rounds: ${warm.map(fmt).join(', ')})`,
  );
  console.log(`  of which npm start -> setup found nothing to do: median ${fmt(median(setup))}`);
  if (process.argv.includes('--baseline')) {
    const forced = [];
    for (let i = 0; i < BASELINE_ROUNDS; i++) forced.push((await startOnce({ MERIDIAN_SETUP_FORCE: '1' })).seconds);
    console.log(
      `baseline, MERIDIAN_SETUP_FORCE=1 (install and build every start): median ${fmt(median(forced))} (rounds: ${forced.map(fmt).join(', ')})`,
    );
    console.log(`ratio baseline / warm: ${(median(forced) / median(warm)).toFixed(1)}x`);
  }
} finally {
  rmSync(data, { recursive: true, force: true });
}
