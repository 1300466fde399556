/**
 * bench/terminology-startup: what loading the value sets costs the server.
 * For each build given (this checkout by default, and optionally a baseline
 * checkout built without the sets), in fresh processes, alternating:
 *   - import: time to import the server bundle (`packages/server/dist/index.js`),
 *     and the heap after a full GC once it is loaded;
 *   - start: time from spawn to "listening" for `packages/server/dist/main.js`
 *     on a fresh embedded PGlite (migrations included), and its heap and RSS.
 *
 *   npm run bench:terminology                     # this checkout only
 *   node bench/terminology-startup.mjs /path/to/baseline-checkout   # baseline first, same run
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const here = resolve(new URL('..', import.meta.url).pathname);
const targets = [
  ...(process.argv[2] ? [{ name: 'baseline', dir: resolve(process.argv[2]) }] : []),
  { name: 'this checkout', dir: here },
];
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mb = (bytes) => (bytes / 1e6).toFixed(1);

/** Import the bundle in a fresh process; report ms and heap after GC. */
function importOnce(dir) {
  const script = `const t = performance.now(); await import(${JSON.stringify(join(dir, 'packages/server/dist/index.js'))}); const ms = performance.now() - t; globalThis.gc(); globalThis.gc(); const m = process.memoryUsage(); console.log(JSON.stringify({ ms, heap: m.heapUsed, rss: m.rss }));`;
  return JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { cwd: dir }).toString(),
  );
}

/** Start the server on a fresh data folder; report ms to "listening", then heap and RSS after GC. */
function startOnce(dir) {
  const data = mkdtempSync(join(tmpdir(), 'meridian-bench-'));
  const probe =
    'data:text/javascript,' +
    encodeURIComponent(
      "process.stdout.on('data',()=>{});const w=process.stdout.write.bind(process.stdout);process.stdout.write=(c,...a)=>{if(String(c).includes('listening on')){setTimeout(()=>{globalThis.gc();globalThis.gc();const m=process.memoryUsage();process.stderr.write('MEM '+JSON.stringify({heap:m.heapUsed,rss:m.rss})+'\\n');process.exit(0);},200);}return w(c,...a);};",
    );
  return new Promise((ok, fail) => {
    const started = performance.now();
    let listeningMs;
    const child = spawn(process.execPath, ['--expose-gc', '--import', probe, 'packages/server/dist/main.js'], {
      cwd: dir,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        MERIDIAN_DATA_DIR: data,
        MERIDIAN_SEED_DEMO: 'false',
        LOG_LEVEL: 'silent',
        DATABASE_URL: '',
      },
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (listeningMs === undefined && out.includes('listening on')) listeningMs = performance.now() - started;
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', () => {
      rmSync(data, { recursive: true, force: true });
      const mem = /MEM (\{.*\})/.exec(out);
      if (!mem || listeningMs === undefined) fail(new Error(`no start:\n${out}`));
      else ok({ ms: listeningMs, ...JSON.parse(mem[1]) });
    });
  });
}

const results = Object.fromEntries(targets.map((t) => [t.name, { import: [], start: [] }]));
for (let round = 0; round < ROUNDS; round++) {
  for (const t of round % 2 ? [...targets].reverse() : targets) {
    results[t.name].import.push(importOnce(t.dir));
    results[t.name].start.push(await startOnce(t.dir));
  }
}
console.log(`terminology start-up: ${ROUNDS} rounds, fresh processes, medians`);
console.log(
  '| build | import bundle (ms) | heap after import (MB) | start to listening (ms) | heap when listening (MB) | RSS when listening (MB) |',
);
console.log('|---|---|---|---|---|---|');
for (const t of targets) {
  const r = results[t.name];
  const m = (xs, k) => median(xs.map((x) => x[k]));
  console.log(
    `| ${t.name} | ${m(r.import, 'ms').toFixed(0)} | ${mb(m(r.import, 'heap'))} | ${m(r.start, 'ms').toFixed(0)} | ${mb(m(r.start, 'heap'))} | ${mb(m(r.start, 'rss'))} |`,
  );
}
