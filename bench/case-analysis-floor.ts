/**
 * bench/case-analysis-floor: what the clinical floor costs a case analysis.
 * The case-analysis use case for the demo patients (rules engine, audit and
 * escalation record included), called in
 * alternating blocks with the floor on (the production path) and bypassed
 * (`unsafeSkipFloorForBenchmark`: no score standings, score red flags or
 * holding the draft to the floor), on PGlite and Postgres, with the demo
 * guideline library and without one (the floor's red flags change the
 * retrieval query, so with a library the two paths also search differently),
 * for Ada (whom the floor escalates: an escalation record is then written)
 * and Ben (whose escalation it leaves as it is);
 * and the floor's own computation (`clinicalFloor`) timed alone.
 *
 *   npm run bench:case-floor        (CALLS=300 BLOCK=2 DBS=pglite,postgres)
 */
import { buildPatientContext } from '@meridian/fhir-adapter';
import { clinicalFloor } from '../packages/server/src/engines/analysis/clinical-floor.js';
import { runCalculators } from '../packages/server/src/engines/risk/index.js';
import { seedDemoGuidelines } from '../packages/server/src/platform/rag/seed-demo-guidelines.js';
import { actorFor } from '../packages/server/src/platform/tenancy/actor.js';
import { systemPrincipal } from '../packages/server/src/platform/tenancy/principal.js';
import { analyzeCase } from '../packages/server/src/use-cases/case-analysis/analyze-case.js';
import { createEscalationRecord } from '../packages/server/src/use-cases/case-analysis/escalation-records.js';
import { demoPatientsBundle } from '../packages/server/src/use-cases/demo/demo-patients.js';
import { DEMO_TENANT, seedDemoPatients } from '../packages/server/src/use-cases/demo/seed-demo-tenant.js';
import { postgresUnavailableReason } from '../packages/server/src/testing/test-databases.js';
import { createTestApp } from '../packages/server/src/testing/test-app.js';
import { fmt, median } from './stats.js';

const CALLS = Number(process.env.CALLS ?? 300);
/** Ada: the floor raises her escalation (routine → emergency, so an escalation record is written); Ben: it does not. */
const SCENARIOS: ReadonlyArray<[string, boolean]> = [
  ['Patient/demo-ada', true],
  ['Patient/demo-ada', false],
  ['Patient/demo-ben', true],
];
const BLOCK = Number(process.env.BLOCK ?? 2);
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

async function run(kind: 'pglite' | 'postgres', library: boolean, patient: string) {
  const t = await createTestApp(kind, DEMO_TENANT.id);
  try {
    await seedDemoPatients(t.db);
    if (library) await seedDemoGuidelines(t.db, t.tenantId);
    const actor = actorFor(systemPrincipal(DEMO_TENANT.id, 'bench'), 'bench');
    const times = { bypassed: [] as number[], floor: [] as number[] };
    const levels = { bypassed: new Set<string>(), floor: new Set<string>() };
    const block = async (mode: 'bypassed' | 'floor', n: number, record = true) => {
      for (let i = 0; i < n; i++) {
        const start = performance.now();
        const analysis = await analyzeCase(
          t.services,
          actor,
          { patient },
          {
            unsafeSkipFloorForBenchmark: mode === 'bypassed',
          },
        );
        if (record) times[mode].push(performance.now() - start);
        levels[mode].add(analysis.escalation.level);
      }
    };
    await block('bypassed', 10, false);
    await block('floor', 10, false);
    for (let done = 0; done < CALLS; done += BLOCK) {
      const n = Math.min(BLOCK, CALLS - done);
      for (const mode of (done / BLOCK) % 2 ? (['floor', 'bypassed'] as const) : (['bypassed', 'floor'] as const))
        await block(mode, n);
    }
    // What an emergency adds on its own: the encrypted escalation record, in a transaction of its own.
    const record: number[] = [];
    for (let i = 0; i < 100; i++) {
      const start = performance.now();
      await t.db.transaction((tx) =>
        createEscalationRecord(tx, t.services.caseAnalysis.encryptionKey, t.tenantId, 'emergency', {
          patient,
          reasons: ['escalation emergency'],
          escalationLevel: 'emergency',
          caseSummary: 'bench',
          engine: 'rules',
        }),
      );
      record.push(performance.now() - start);
    }
    return { times, levels, record: percentile(record, 50) };
  } finally {
    await t.services.jobs.stop(100);
    await t.dispose();
  }
}

/** The floor's computation alone, on Ada's context, microseconds per call (median of rounds). */
function floorAlone(): number {
  const now = new Date();
  const context = buildPatientContext(
    {
      resourceType: 'Bundle',
      type: 'collection',
      entry: demoPatientsBundle(now)
        .entry.filter((e) => String(e.resource.id).startsWith('demo-ada'))
        .map((e) => ({ resource: e.resource })),
    },
    { referenceTime: now.toISOString() },
  );
  const risk = runCalculators(context);
  const rounds: number[] = [];
  for (let r = 0; r < 7; r++) {
    const n = 2000;
    const start = performance.now();
    for (let i = 0; i < n; i++) clinicalFloor(context, risk);
    rounds.push(((performance.now() - start) * 1000) / n);
  }
  return median(rounds);
}

const kinds = (process.env.DBS ?? 'pglite,postgres').split(',') as Array<'pglite' | 'postgres'>;
const pgReason = kinds.includes('postgres') ? await postgresUnavailableReason() : undefined;
if (pgReason) console.warn(`postgres skipped: ${pgReason}`);
console.log(
  `case-analysis-floor: ${CALLS} sequential case analyses per mode (blocks of ${BLOCK}, alternating), rules engine, milliseconds`,
);
console.log(
  '| database | patient | guideline library | p50 floor bypassed (baseline) | p95 | p50 with the floor | p95 | floor / bypassed at p50 | escalation bypassed → with floor | an escalation record alone, p50 |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const kind of kinds) {
  if (kind === 'postgres' && pgReason) continue;
  for (const [patient, library] of SCENARIOS) {
    const { times, levels, record } = await run(kind, library, patient);
    const off = percentile(times.bypassed, 50);
    const on = percentile(times.floor, 50);
    console.log(
      `| ${kind} | ${patient.slice('Patient/demo-'.length)} | ${library ? 'demo (9 documents)' : 'none'} | ${fmt(off, 2)} | ${fmt(percentile(times.bypassed, 95), 2)} | ${fmt(on, 2)} | ${fmt(percentile(times.floor, 95), 2)} | ${fmt(on / off, 3)} | ${[...levels.bypassed].join('/')} → ${[...levels.floor].join('/')} | ${fmt(record, 2)} |`,
    );
  }
}
console.log(
  `\nclinicalFloor(context, risk) alone on Ada: ${fmt(floorAlone(), 1)} µs per call (median of 7 rounds of 2,000)`,
);
process.exit(0);
