/**
 * bench/json-bounds: the cost of bounding a request body's shape (depth, array
 * and string sizes) and of checking every resource string against FHIR's rule
 * (no control characters, no unpaired surrogates), on the 1.1 MB fixture
 * bundle (Inferno patient 355), against plain JSON.parse of the same text in
 * the same run; and, for scale, the time to store that bundle as a
 * transaction in an in-memory PGlite (processBundle, no HTTP).
 *
 *   npm run bench:json-bounds     (ROUNDS=9 to change)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unstorableReason } from '../packages/server/src/platform/fhir-store/resource-repository.js';
import type { FhirResource } from '../packages/server/src/platform/fhir-store/resource-fields.js';
import { findJsonShapeProblem, JSON_BODY_LIMITS } from '../packages/server/src/platform/validation/json-shape.js';
import { processBundle } from '../packages/server/src/platform/fhir-store/process-bundle.js';
import { migrate } from '../packages/server/src/platform/store/migrate.js';
import { openPgliteDb } from '../packages/server/src/platform/store/pglite-db.js';
import { ensureTenant } from '../packages/server/src/platform/tenancy/tenants.js';
import { FIXTURES_DIR } from '../fixtures/locate.js';
import { fmt, median } from './stats.js';

const ROUNDS = Number(process.env.ROUNDS ?? 9);
const text = readFileSync(join(FIXTURES_DIR, 'inferno-reference-server-data/uscore_bundle_patient_355.json'), 'utf8');
const megabytes = Buffer.byteLength(text) / 1e6;

/** Runs `work` repeatedly for ~1 s; returns milliseconds per bundle. */
function msPerBundle(work: () => unknown): number {
  let done = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < 1) {
    work();
    done++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  return (elapsed * 1000) / done;
}

const entries = (bundle: { entry: Array<{ resource: FhirResource }> }) => bundle.entry.map((e) => e.resource);
const subjects = {
  'JSON.parse only (baseline)': () => JSON.parse(text),
  'parse + body bounds (limitJsonShape)': () => {
    if (findJsonShapeProblem(JSON.parse(text), JSON_BODY_LIMITS)) throw new Error('unexpected');
  },
  'parse + body bounds + FHIR string check of every resource, twice (plan and write)': () => {
    const body = JSON.parse(text);
    if (findJsonShapeProblem(body, JSON_BODY_LIMITS)) throw new Error('unexpected');
    for (const resource of [...entries(body), ...entries(body)])
      if (unstorableReason(resource)) throw new Error('unexpected');
  },
};

for (const run of Object.values(subjects)) msPerBundle(run); // warm up
const results = new Map<string, number[]>(Object.keys(subjects).map((k) => [k, []]));
for (let round = 0; round < ROUNDS; round++) {
  const order = Object.entries(subjects);
  if (round % 2) order.reverse();
  for (const [name, run] of order) results.get(name)!.push(msPerBundle(run));
}
const baseline = median(results.get('JSON.parse only (baseline)')!);
console.log(
  `json-bounds: one bundle of ${fmt(megabytes, 2)} MB (${entries(JSON.parse(text)).length} resources); ${ROUNDS} rounds of ~1 s each; medians`,
);
console.log('| work | ms per bundle | added ms | vs JSON.parse |');
console.log('|---|---|---|---|');
for (const [name, values] of results) {
  const ms = median(values);
  console.log(`| ${name} | ${fmt(ms, 2)} | ${fmt(ms - baseline, 2)} | ${fmt(ms / baseline, 2)} |`);
}

// For scale: what storing the same bundle costs (checks included), in-memory PGlite.
const db = await openPgliteDb();
await migrate(db);
await ensureTenant(db, { id: 'bench', name: 'bench' });
const stores: number[] = [];
for (let round = 0; round < Math.min(ROUNDS, 5); round++) {
  const bundle = JSON.parse(text);
  const start = process.hrtime.bigint();
  await db.transaction((tx) => processBundle(tx, 'bench', bundle));
  stores.push(Number(process.hrtime.bigint() - start) / 1e6);
}
await db.close();
console.log(
  `storing it as a transaction (processBundle, in-memory PGlite): ${fmt(median(stores), 0)} ms median of ${stores.length}`,
);
