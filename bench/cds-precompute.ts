/**
 * bench/cds-precompute: what subscribing the case-analysis precomputation to
 * patient-view costs the hook. Sequential patient-view calls over HTTP
 * (signed JWT, audit included), in alternating blocks with and without the
 * subscription, on PGlite and Postgres: the same record viewed again (the
 * subscriber finds the job queued: deduplicated) and a record that changes
 * every call (the subscriber enqueues a job every call; no worker runs, so
 * only the enqueue is measured).
 *
 *   npm run bench:cds-precompute        (CALLS=300 BLOCK=50 DBS=pglite,postgres)
 */
import { patientRiskService } from '../packages/server/src/use-cases/cds-hooks/services/patient-risk.js';
import { createCdsTestApp } from '../packages/server/src/use-cases/cds-hooks/testing/cds-test-app.js';
import { prefetchFromBundle } from '../packages/server/src/use-cases/cds-hooks/testing/prefetch-from-bundle.js';
import { precomputeOnPatientView } from '../packages/server/src/use-cases/case-analysis/precompute-on-patient-view.js';
import { demoPatientsBundle } from '../packages/server/src/use-cases/demo/demo-patients.js';
import { listen } from '../packages/server/src/testing/listen.js';
import { postgresUnavailableReason } from '../packages/server/src/testing/test-databases.js';
import { fmt } from './stats.js';

const CALLS = Number(process.env.CALLS ?? 300);
const BLOCK = Number(process.env.BLOCK ?? 50);
const NOW = new Date();
const SERVICE = 'meridian-patient-risk';
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

let calls = 0;
function body(changing: boolean): string {
  const bundle = demoPatientsBundle(NOW) as unknown as {
    entry: Array<{ resource: { id?: string; valueQuantity?: { value: number } } }>;
  };
  if (changing)
    bundle.entry.find((e) => e.resource.id === 'demo-ada-hr')!.resource.valueQuantity!.value =
      60 + (calls++ % 1_000) / 10; // plausible, distinct
  const context = { userId: 'Practitioner/bench', patientId: 'demo-ada' };
  return JSON.stringify({
    hook: 'patient-view',
    hookInstance: crypto.randomUUID(),
    context,
    prefetch: prefetchFromBundle(bundle, patientRiskService.prefetch, context),
  });
}

/** The hook's own lookup (`analyses.latest`, a miss: no analysis of these inputs) against a primary-key select, alternating. */
async function lookups(kit: Awaited<ReturnType<typeof createCdsTestApp>>) {
  const latest: number[] = [];
  const pk: number[] = [];
  const freshAfter = new Date(Date.now() - 86_400_000);
  for (let i = 0; i < CALLS; i++) {
    let start = performance.now();
    await kit.services.cdsHooks.analyses.latest(kit.tenantId, 'Patient/demo-ada', freshAfter, {
      inputKey: `Patient/demo-ada|miss-${i}`,
      publicBase: 'https://bench',
    });
    latest.push(performance.now() - start);
    start = performance.now();
    await kit.db.query('SELECT id FROM tenant WHERE id = $1', [kit.tenantId]);
    pk.push(performance.now() - start);
  }
  return { latest: percentile(latest, 50), pk: percentile(pk, 50) };
}

async function run(kind: 'pglite' | 'postgres', changing: boolean) {
  calls = 0;
  const kit = await createCdsTestApp(kind);
  const server = await listen(kit.app);
  const url = `${server.baseUrl}/cds-services/${SERVICE}`;
  const times = { off: [] as number[], on: [] as number[] };
  let unsubscribe: (() => void) | undefined;
  let failures = 0;
  try {
    const block = async (mode: 'off' | 'on', n: number, record = true) => {
      const tokens = await Promise.all(Array.from({ length: n }, () => kit.ehr.sign(kit.audience(SERVICE))));
      const bodies = Array.from({ length: n }, () => body(changing));
      for (let i = 0; i < n; i++) {
        const start = performance.now();
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[i]}` },
          body: bodies[i],
        });
        await res.arrayBuffer();
        if (res.status !== 200) failures++;
        if (record) times[mode].push(performance.now() - start);
      }
    };
    await block('off', 20, false);
    for (let done = 0; done < CALLS; done += BLOCK) {
      for (const mode of ['off', 'on'] as const) {
        if (mode === 'on') unsubscribe = precomputeOnPatientView(kit.services);
        await block(mode, Math.min(BLOCK, CALLS - done));
        unsubscribe?.();
        unsubscribe = undefined;
        await new Promise((r) => setTimeout(r, 200)); // let the last subscriber run finish outside the next block
      }
    }
    const { rows } = await kit.db.query<{ n: number }>('SELECT count(*)::int AS n FROM job_ref');
    return { times, jobs: rows[0]!.n, failures, lookup: await lookups(kit) };
  } finally {
    unsubscribe?.();
    await server.close();
    await kit.services.jobs.stop(100);
    await kit.dispose();
  }
}

const kinds = (process.env.DBS ?? 'pglite,postgres').split(',') as Array<'pglite' | 'postgres'>;
const pgReason = kinds.includes('postgres') ? await postgresUnavailableReason() : undefined;
if (pgReason) console.warn(`postgres skipped: ${pgReason}`);
console.log(
  `cds-precompute: ${CALLS} sequential patient-view calls per mode (blocks of ${BLOCK}, alternating), demo-ada's prefetch, milliseconds`,
);
console.log(
  '| database | record | p50 without subscription (baseline) | p95 | p50 with subscription | p95 | with / without at p50 | jobs enqueued | non-200 |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
const lookupRows: string[] = [];
for (const kind of kinds) {
  if (kind === 'postgres' && pgReason) continue;
  for (const changing of [false, true]) {
    const r = await run(kind, changing);
    lookupRows.push(
      `| ${kind} | ${r.jobs} | ${fmt(r.lookup.latest, 3)} | ${fmt(r.lookup.pk, 3)} | ${fmt(r.lookup.latest / r.lookup.pk, 2)} |`,
    );
    const off50 = percentile(r.times.off, 50);
    const on50 = percentile(r.times.on, 50);
    console.log(
      `| ${kind} | ${changing ? 'changes every call' : 'unchanged'} | ${fmt(off50, 2)} | ${fmt(percentile(r.times.off, 95), 2)} | ${fmt(on50, 2)} | ${fmt(percentile(r.times.on, 95), 2)} | ${fmt(on50 / off50, 2)} | ${r.jobs} | ${r.failures} |`,
    );
  }
}
console.log(`\nThe hook's lookup of a precomputed analysis (a miss), p50 of ${CALLS}, milliseconds`);
console.log('| database | job_ref rows | analyses.latest p50 | primary-key select p50 (baseline) | ratio |');
console.log('|---|---|---|---|---|');
for (const row of lookupRows) console.log(row);
process.exit(0);
