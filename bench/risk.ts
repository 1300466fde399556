/**
 * bench/risk: patients per second, and MB/s of bundle JSON, for
 * parse -> PatientContext -> all seven calculators, against plain JSON.parse of
 * the same bundles in the same run (the fixture patients).
 *
 *   npm run bench:risk            (ROUNDS=9 to change)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPatientContext } from '@meridian/fhir-adapter';
import { runCalculators } from '../packages/server/src/engines/risk/index.js';
import { FIXTURES_DIR, PATIENT_BUNDLES } from '../fixtures/locate.js';
import { fmt, median } from './stats.js';

const ROUNDS = Number(process.env.ROUNDS ?? 9);
const REFERENCE_TIME = '2024-01-01T00:00:00Z';
const texts = PATIENT_BUNDLES.map((file) => readFileSync(join(FIXTURES_DIR, file), 'utf8'));
const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1e6;

/** Runs `work` over every bundle repeatedly for ~1 s; returns bundles per second. */
function rate(work: (text: string) => unknown): number {
  let done = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < 1) {
    for (const text of texts) work(text);
    done += texts.length;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  return done / elapsed;
}

const parseOnly = (text: string) => JSON.parse(text);
const fullPipeline = (text: string) =>
  runCalculators(buildPatientContext(JSON.parse(text), { referenceTime: REFERENCE_TIME }));

for (let i = 0; i < 2; i++) rate(fullPipeline); // warm up the JIT and the unit cache
const baseline: number[] = [];
const pipeline: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  if (round % 2) {
    pipeline.push(rate(fullPipeline));
    baseline.push(rate(parseOnly));
  } else {
    baseline.push(rate(parseOnly));
    pipeline.push(rate(fullPipeline));
  }
}
const perBundleMb = megabytes / texts.length;
const b = median(baseline);
const p = median(pipeline);
console.log(
  `risk: ${texts.length} fixture bundles, ${fmt(megabytes, 2)} MB in all; ${ROUNDS} rounds of ~1 s each; medians`,
);
console.log('| work | bundles (patients)/s | MB/s | vs JSON.parse |');
console.log('|---|---|---|---|');
console.log(`| JSON.parse only (baseline) | ${fmt(b)} | ${fmt(b * perBundleMb, 1)} | 1.00 |`);
console.log(`| parse -> PatientContext -> 7 calculators | ${fmt(p)} | ${fmt(p * perBundleMb, 1)} | ${fmt(p / b, 2)} |`);
