/**
 * bench/risk-history: does scoring slow down as a patient's record grows?
 * Two patients with the same current state (vital signs, two conditions):
 * one fresh, one with 50,000 observations (a vital sign every 3 minutes for
 * 104 days), 5,000 earlier RiskAssessments and 300 versions of its Patient.
 * Each is assessed as `POST /risk/assess` does it (`assessRisk` in a
 * transaction: bounded reads, 7 calculators, the RiskAssessments stored; a
 * fresh cache each call so that nothing is answered from it), alternating, and
 * the old read of the whole compartment (capped at 20,000 unordered rows) is
 * timed beside it on the same data.
 *
 *   npm run bench:risk-history        (ROUNDS=5 CALLS=40 ENGINES=postgres,pglite to change)
 */
import { loadavg } from 'node:os';
import { buildPatientContext } from '../packages/fhir-adapter/src/index.js';
import { runCalculators } from '../packages/server/src/engines/risk/index.js';
import { patientCompartment } from '../packages/server/src/platform/fhir-store/resource-repository.js';
import { writeResources } from '../packages/server/src/platform/fhir-store/write-resources.js';
import { ensureTenant } from '../packages/server/src/platform/tenancy/tenants.js';
import {
  seedEarlierVersions,
  seedObservations,
  seedRiskAssessments,
  WARD_VITALS,
} from '../packages/server/src/testing/seed-history.js';
import { createTestDb, postgresUnavailableReason } from '../packages/server/src/testing/test-databases.js';
import { assessRisk } from '../packages/server/src/use-cases/risk-assessment/assess-risk.js';
import { createRiskCache } from '../packages/server/src/use-cases/risk-assessment/risk-cache.js';
import { fmt, median } from './stats.js';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const CALLS = Number(process.env.CALLS ?? 40);
const ENGINES = (process.env.ENGINES ?? 'postgres,pglite').split(',');
const TENANT = 'history';

const condition = (patient: string, id: string, code: string) => ({
  resourceType: 'Condition',
  id: `${patient}-${id}`,
  subject: { reference: `Patient/${patient}` },
  clinicalStatus: { coding: [{ code: 'active' }] },
  code: { coding: [{ system: 'http://snomed.info/sct', code }] },
});

async function benchEngine(kind: 'postgres' | 'pglite') {
  const t = await createTestDb(kind);
  try {
    await ensureTenant(t.db, { id: TENANT, name: 'History' });
    const now = new Date();
    for (const id of ['long', 'fresh'])
      await writeResources(t.db, TENANT, [
        { resourceType: 'Patient', id, gender: 'female', birthDate: '1941-02-03' },
        condition(id, 'af', '49436004'),
        condition(id, 'htn', '38341003'),
      ]);
    await seedObservations(t.db, TENANT, 'Patient/long', { count: 50_000, end: now, stepMinutes: 3 });
    await seedObservations(t.db, TENANT, 'Patient/fresh', { count: WARD_VITALS.length, end: now, stepMinutes: 3 });
    await seedRiskAssessments(t.db, TENANT, 'Patient/long', { count: 5_000, end: now, stepMinutes: 15 });
    await seedEarlierVersions(t.db, TENANT, 'Patient', 'long', 300);
    await t.db.query('ANALYZE');

    const assess = (patient: string) =>
      t.db.transaction((tx) => assessRisk(tx, TENANT, { patient: `Patient/${patient}` }, createRiskCache(), now));
    const wholeRecord = async (patient: string) => {
      const resources = await patientCompartment(t.db, TENANT, `Patient/${patient}`);
      const bundle = { resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) };
      return runCalculators(buildPatientContext(bundle, { referenceTime: now.toISOString(), patientId: patient }));
    };
    const perSecond = async (work: () => Promise<unknown>) => {
      const started = process.hrtime.bigint();
      for (let i = 0; i < CALLS; i++) await work();
      return CALLS / (Number(process.hrtime.bigint() - started) / 1e9);
    };
    for (let i = 0; i < 5; i++) await Promise.all([assess('long'), assess('fresh')]); // warm up
    const rates = {
      fresh: [] as number[],
      long: [] as number[],
      wholeFresh: [] as number[],
      wholeLong: [] as number[],
    };
    for (let round = 0; round < ROUNDS; round++) {
      const modes: [keyof typeof rates, () => Promise<unknown>][] = [
        ['fresh', () => assess('fresh')],
        ['long', () => assess('long')],
        ['wholeFresh', () => wholeRecord('fresh')],
        ['wholeLong', () => wholeRecord('long')],
      ];
      for (let m = 0; m < modes.length; m++) {
        const [name, work] = modes[(m + round) % modes.length]!;
        rates[name].push(await perSecond(work));
      }
    }
    const r = Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, median(v)])) as Record<
      keyof typeof rates,
      number
    >;
    const ratios = rates.fresh.map((f, i) => f / rates.long[i]!);
    console.log(
      `| ${kind} | ${fmt(r.fresh)} | ${fmt(r.long)} | ${fmt(median(ratios), 2)} [${fmt(Math.min(...ratios), 2)}–${fmt(Math.max(...ratios), 2)}] | ${fmt(r.wholeFresh)} | ${fmt(r.wholeLong, 1)} | ${fmt(r.wholeFresh / r.wholeLong, 1)} | ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} |`,
    );
  } finally {
    await t.dispose();
  }
}

console.log(
  `risk-history: ${ROUNDS} rounds x ${CALLS} sequential calls per mode, rotating; medians of rounds (calls/s); the long patient: 50,000 observations, 5,000 RiskAssessments, 300 Patient versions`,
);
console.log(
  '| engine | assessRisk, fresh patient | assessRisk, long history | time ratio long / fresh (median [range]) | whole compartment + context + calculators, fresh | same, long history | its ratio | load average |',
);
console.log('|---|---|---|---|---|---|---|---|');
if (ENGINES.includes('postgres')) {
  const reason = await postgresUnavailableReason();
  if (reason) console.log(`| postgres | skipped: ${reason} | | | | | | |`);
  else await benchEngine('postgres');
}
if (ENGINES.includes('pglite')) await benchEngine('pglite');
