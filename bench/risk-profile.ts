/**
 * bench/risk-profile: the work of bench/risk for a fixed time, for a CPU
 * profile (`--cpu-prof`): each fixture bundle parsed (MODE=parse), parsed and
 * turned into a PatientContext (MODE=ctx), or parsed, turned into a context
 * and scored by the seven calculators (MODE=full, the default). Summarise the
 * profile with `node bench/profile-top.mjs`.
 *
 *   TSX_TSCONFIG_PATH=tsconfig.check.json node --cpu-prof --cpu-prof-dir=bench/profiles --import tsx bench/risk-profile.ts
 *   node bench/profile-top.mjs bench/profiles/<file>.cpuprofile
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPatientContext } from '@meridian/fhir-adapter';
import { runCalculators } from '../packages/server/src/engines/risk/index.js';
import { FIXTURES_DIR, PATIENT_BUNDLES } from '../fixtures/locate.js';

const texts = PATIENT_BUNDLES.map((file) => readFileSync(join(FIXTURES_DIR, file), 'utf8'));
const mode = process.env.MODE ?? 'full';
const seconds = Number(process.env.SECONDS ?? 10);
const options = { referenceTime: '2024-01-01T00:00:00Z' };
const started = Date.now();
let bundles = 0;
while (Date.now() - started < seconds * 1000) {
  for (const text of texts) {
    const bundle: unknown = JSON.parse(text);
    if (mode === 'full') runCalculators(buildPatientContext(bundle, options));
    else if (mode === 'ctx') buildPatientContext(bundle, options);
    bundles++;
  }
}
console.log(`risk-profile: ${mode}, ${(bundles / seconds).toFixed(0)} bundles/s`);
