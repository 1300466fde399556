/**
 * bench/cds-hooks: patient-view (meridian-patient-risk) with the prefetch of
 * the Inferno US Core client-test patient, on the deterministic path with the
 * audit write, on Postgres and PGlite, in the same run as a bare Express JSON
 * echo of the same payload. Latency (p50/p95/p99) at fixed arrival rates, both
 * evenly spaced (paced-load.ts, open loop) and as autocannon's rate option sends
 * them (the whole second's allowance at once), and the peak calls/s at a fixed
 * concurrency.
 *
 *   npm run bench:cds-hooks       (SECONDS=10 RATES=50,200 PEAK_CONNECTIONS=200 DBS=postgres,pglite WORKERS=1)
 *   CPU_PROFILE=1 ...              writes a --cpu-prof profile of the Meridian server to bench/profiles/
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { PATIENT_BUNDLES, readFixture } from '../fixtures/locate.js';
import { generateEhrKey, signEhrJwt } from '../examples/cds-hooks-ehr/ehr-keys.js';
import { patientRiskService } from '../packages/server/src/use-cases/cds-hooks/services/patient-risk.js';
import {
  prefetchFromBundle,
  patientIdOf,
} from '../packages/server/src/use-cases/cds-hooks/testing/prefetch-from-bundle.js';
import { runLoad, type LoadResult } from './cds-hooks/load.js';
import { runPacedLoad } from './cds-hooks/paced-load.js';
import { fmt } from './stats.js';

const SECONDS = Number(process.env.SECONDS ?? 10);
const RATES = (process.env.RATES ?? '50,200').split(',').map(Number);
const PEAK_CONNECTIONS = Number(process.env.PEAK_CONNECTIONS ?? 200);
const DBS = (process.env.DBS ?? 'postgres,pglite').split(',');
/** Meridian processes on Postgres (node:cluster); PGlite is in-process, so always one. */
const WORKERS = Number(process.env.WORKERS ?? 1);
const ISSUER = 'https://bench-ehr.example.org';
const AUDIENCE = 'http://bench.local/cds-services/meridian-patient-risk';

const bundle = readFixture(PATIENT_BUNDLES[1]);
const context = { userId: 'Practitioner/bench', patientId: patientIdOf(bundle) };
const body = JSON.stringify({
  hook: 'patient-view',
  hookInstance: randomUUID(),
  context,
  prefetch: prefetchFromBundle(bundle, patientRiskService.prefetch, context),
});
const key = await generateEhrKey();

async function start(env: Record<string, string>, profile?: string): Promise<{ child: ChildProcess; port: number }> {
  const args = [
    '--import',
    'tsx',
    ...(profile ? ['--cpu-prof', `--cpu-prof-dir=bench/profiles`, `--cpu-prof-name=${profile}.cpuprofile`] : []),
    'bench/cds-hooks/server.ts',
  ];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.check.json', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const m = /READY (\d+)/.exec(chunk.toString());
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { child, port };
}
const stop = (child: ChildProcess) => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')));

/** Pre-signs enough tokens for a phase (signing is not what is measured). */
async function tokens(count: number): Promise<() => string> {
  const list = await Promise.all(Array.from({ length: count }, () => signEhrJwt(key, ISSUER, AUDIENCE)));
  let i = 0;
  return () => list[i++ % list.length]!; // wrapping would be a replay (401): counted as non-2xx
}

const rows: string[] = [];
const row = (target: string, phase: string, r: LoadResult) =>
  rows.push(
    `| ${target} | ${phase} | ${fmt(r.perSecond)} | ${fmt(r.p50, 1)} | ${fmt(r.p95, 1)} | ${fmt(r.p99, 1)} | ${r.errors + r.non2xx} |`,
  );

const echo = await start({ MODE: 'echo' });
const echoUrl = `http://127.0.0.1:${echo.port}/echo`;
await runLoad({ url: echoUrl, body, seconds: 2, connections: 50 });
for (const rate of RATES) {
  row(
    'Express JSON echo',
    `${rate}/s evenly spaced`,
    await runPacedLoad({ url: echoUrl, body, seconds: SECONDS, rate }),
  );
  row(
    'Express JSON echo',
    `${rate}/s in per-second bursts`,
    await runLoad({ url: echoUrl, body, seconds: SECONDS, connections: Math.max(50, rate), rate }),
  );
}
const echoPeak = await runLoad({ url: echoUrl, body, seconds: SECONDS, connections: PEAK_CONNECTIONS });
row('Express JSON echo', `peak, ${PEAK_CONNECTIONS} connections`, echoPeak);
await stop(echo.child);

const peaks: Record<string, number> = {};
for (const db of DBS) {
  const profile = process.env.CPU_PROFILE ? `meridian-${db}` : undefined;
  if (profile) mkdirSync('bench/profiles', { recursive: true });
  const workers = db === 'postgres' ? WORKERS : 1;
  const server = await start(
    { MODE: 'meridian', DB: db, WORKERS: String(workers), ISSUER, PUBLIC_JWK: JSON.stringify(key.publicJwk) },
    profile,
  );
  const target = `Meridian on ${db}${workers > 1 ? ` (${workers} processes)` : ''}`;
  const url = `http://127.0.0.1:${server.port}/cds-services/meridian-patient-risk`;
  await runLoad({ url, body, seconds: 2, connections: 20, token: await tokens(2_000) });
  for (const rate of RATES) {
    row(
      target,
      `${rate}/s evenly spaced`,
      await runPacedLoad({ url, body, seconds: SECONDS, rate, token: await tokens(rate * SECONDS + 1_000) }),
    );
    row(
      target,
      `${rate}/s in per-second bursts`,
      await runLoad({
        url,
        body,
        seconds: SECONDS,
        connections: Math.max(50, rate),
        rate,
        token: await tokens(rate * SECONDS + 1_000),
      }),
    );
  }
  const peak = await runLoad({
    url,
    body,
    seconds: SECONDS,
    connections: PEAK_CONNECTIONS,
    token: await tokens(Number(process.env.PEAK_TOKENS ?? 8_000)),
  });
  row(target, `peak, ${PEAK_CONNECTIONS} connections`, peak);
  peaks[target] = peak.perSecond;
  await stop(server.child);
}

console.log(
  `cds-hooks: patient-view, Inferno client-test patient prefetch (${fmt(body.length / 1024, 1)} KiB), ${SECONDS} s per phase`,
);
console.log('| target | load | calls/s | p50 ms | p95 ms | p99 ms | errors |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
for (const [target, perSecond] of Object.entries(peaks))
  console.log(`peak of ${target}: ${fmt((perSecond / echoPeak.perSecond) * 100, 1)}% of the echo's peak`);
